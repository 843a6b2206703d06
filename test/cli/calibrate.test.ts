import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { realisedByTheModel } from '../support/realised-fixture.js';
import { tinyCopy } from '../support/testdir.js';

const YEARS = [2021, 2022, 2023];
const STATED = [{ configuration: 'gr', lines: ['loonkosten', 'begeleiding', 'net'], years: YEARS }];

interface FigureJson { readonly year: number; readonly configuration: string; readonly line: string; readonly after: number }
interface CalibrationJson { readonly parameters: { readonly name: string; readonly factor: number; readonly override: string }[]; readonly figures: FigureJson[]; readonly variant: string }

describe('soweco-bc calibrate', () => {
  it('writes a variant that run reads, whose figures are the fitted forecast', async () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], STATED);
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const fit = JSON.parse(result.stdout) as CalibrationJson;
    expect(fit.variant).toBe('noord-gekalibreerd.yaml');
    expect(Math.abs((fit.parameters[0]?.factor ?? 0) / 1.07 - 1)).toBeLessThan(1e-6);
    const variant = readFileSync(join(dir, 'noord-gekalibreerd.yaml'), 'utf8');
    expect(variant).toContain('extends: noord.yaml');
    expect(variant).toContain(`  - ${fit.parameters[0]?.override ?? '?'}`);
    expect(variant).toMatch(/^# .*calibrate.*\n# .*data\/noord-realisatie\.csv/);
    // the real bin, as a user runs the variant
    const run = runCli(['run', 'noord-gekalibreerd.yaml', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout) as { configurations: Record<string, { net: number[]; lines: Record<string, { amounts: number[] }> }> };
    for (const f of fit.figures) {
      const c = document.configurations[f.configuration];
      const shown = f.line === 'net' ? c?.net[f.year - 2021] : c?.lines[f.line]?.amounts[f.year - 2021];
      expect(shown).toBe(f.after);
    }
  }, 60_000);

  it('prints the table in Dutch by default and in English with --lang en', async () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07', 'begeleiding_per_hc*=0.9'], STATED);
    const nl = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--param', 'begeleiding_per_hc', '--out', 'a.yaml'], { cwd: dir });
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('Kalibratie van Noord op 9 gerealiseerde cijfers, 2021–2023');
    expect(nl.stdout).toMatch(/loonkosten_per_fte\s+1,07\s/);
    expect(nl.stdout).toContain('Correlatie tussen de factoren');
    expect(nl.stdout).toContain('Scenariovariant: a.yaml');
    const en = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--out', 'b.yaml', '--lang', 'en'], { cwd: dir });
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Calibration of Noord on 9 realised figures');
    expect(en.stdout).toContain('Standard error');
  }, 60_000);

  it('says "niet bepaald" when there are no more figures than parameters', async () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [{ configuration: 'gr', lines: ['loonkosten'], years: [2021] }]);
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte'], { cwd: dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('niet bepaald');
    expect(result.stdout).toContain('1 cijfers voor 1 parameters');
  }, 60_000);

  it('never overwrites: an existing variant needs --force, the input file is refused even with it', async () => {
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], STATED);
    writeFileSync(join(dir, 'noord-gekalibreerd.yaml'), 'old');
    const refused = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('noord-gekalibreerd.yaml bestaat al');
    expect(readFileSync(join(dir, 'noord-gekalibreerd.yaml'), 'utf8')).toBe('old');
    const forced = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(join(dir, 'noord-gekalibreerd.yaml'), 'utf8')).toContain('extends: noord.yaml');
    const input = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    const overInput = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--out', 'regio.yaml', '--force'], { cwd: dir });
    expect(overInput.code).toBe(2);
    expect(overInput.stderr).toContain('regio.yaml is an input of this run');
    expect(readFileSync(join(dir, 'regio.yaml'), 'utf8')).toBe(input);
  }, 60_000);
});

describe('soweco-bc calibrate refuses', () => {
  const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], STATED);
  const cases: { name: string; args: string[]; code: number; says: string }[] = [
    { name: 'an unknown parameter, with a suggestion', args: ['--param', 'loonkosten_per_ft'], code: 2, says: 'onbekende parameter "loonkosten_per_ft"; bedoelde u "loonkosten_per_fte"' },
    { name: 'a parameter no stated figure depends on', args: ['--param', 'overhead_samen'], code: 2, says: 'geen enkel gerealiseerd cijfer hangt af van parameter "overhead_samen"' },
    { name: 'a parameter named twice', args: ['--param', 'loonkosten_per_fte', '--param', 'loonkosten_per_fte'], code: 2, says: 'twee keer genoemd' },
    { name: 'malformed bounds', args: ['--param', 'loonkosten_per_fte', '--bounds', 'loonkosten_per_fte=0.9'], code: 2, says: 'verwacht NAAM=LAAG:HOOG' },
    { name: 'bounds the wrong way round', args: ['--param', 'loonkosten_per_fte', '--bounds', 'loonkosten_per_fte=1.2:0.9'], code: 2, says: 'verwacht factoren 0 ≤ LAAG < HOOG' },
    { name: 'bounds of a parameter not fitted', args: ['--param', 'loonkosten_per_fte', '--bounds', 'tw_beschut=0.9:1.1'], code: 2, says: '--bounds noemt "tw_beschut", dat geen --param noemt' },
    { name: 'an ambiguous bound', args: ['--param', 'loonkosten_per_fte', '--bounds', 'loonkosten_per_fte=0.9:1.125'], code: 2, says: 'op twee manieren te lezen' },
    { name: 'no --param', args: [], code: 2, says: "'--param <name>'" },
    { name: 'an --out that is no YAML file', args: ['--param', 'loonkosten_per_fte', '--out', 'fit.txt'], code: 2, says: 'verwacht een naam op .yaml of .yml' },
  ];
  for (const c of cases) {
    it(`${c.name}: exit ${c.code}`, async () => {
      const result = await runInProcess(['calibrate', 'noord.yaml', ...c.args], { cwd: dir });
      expect(result.code).toBe(c.code);
      expect(result.stderr).toContain(c.says);
      expect(existsSync(join(dir, 'noord-gekalibreerd.yaml'))).toBe(false);
    }, 60_000);
  }

  it('a municipality without realised figures: exit 1 with a hint', async () => {
    const plain = tinyCopy();
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte'], { cwd: plain });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('geeft geen gerealiseerde cijfers');
    expect(result.stderr).toContain('tip: voeg een sectie "realised:"');
  }, 60_000);

  it('an uncertainty range of one point: exit 2, with a hint to give --bounds', async () => {
    const point = realisedByTheModel(['loonkosten_per_fte*=1.07'], STATED, 'uncertainty:\n  parameters:\n    loonkosten_per_fte: { distribution: uniform, low: 0.05, high: 0.05 }\n');
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--lang', 'en'], { cwd: point });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('a range of one point (low = high)');
    expect(result.stderr).toContain('hint: give its bounds with --bounds loonkosten_per_fte=LOW:HIGH');
    const bounded = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--bounds', 'loonkosten_per_fte=1:1.1'], { cwd: point });
    expect(bounded.code).toBe(0);
  }, 60_000);

  it('in English with --lang en', async () => {
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'overhead_samen', '--lang', 'en'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no realised figure depends on parameter "overhead_samen"');
  }, 60_000);
});

describe('soweco-bc calibrate keeps the search where the files hold', () => {
  /** The tiny region with gr's overhead following the SE by a parameter, 0.8, and realised figures made with 1 (its factor 1.25, the most it may be). */
  function elasticityAtItsEdge(): string {
    const edit = (dir: string) => {
      const region = readFileSync(join(dir, 'regio.yaml'), 'utf8')
        .replace('amount: overhead_gr, volume_elasticity: 0.3 }', 'amount: overhead_gr, volume_elasticity: gr_elasticiteit }')
        .replace('parameters:\n', 'parameters:\n  gr_elasticiteit: { unit: ratio, values: { 2021: 0.8 } }\n');
      writeFileSync(join(dir, 'regio.yaml'), region);
    };
    return realisedByTheModel(['gr_elasticiteit=1'], [{ configuration: 'gr', lines: ['overhead'], years: YEARS }], '', edit);
  }

  it('a search that would take an elasticity past 1 is refused with the factors it tried and a hint to narrow the bounds', async () => {
    const dir = elasticityAtItsEdge();
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'gr_elasticiteit'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('volume');
    expect(result.stderr).toMatch(/de zoektocht naar de factoren probeerde gr_elasticiteit\*=1\.2\d*/);
    expect(result.stderr).toContain('--bounds NAAM=LAAG:HOOG');
    expect(existsSync(join(dir, 'noord-gekalibreerd.yaml'))).toBe(false);
  }, 60_000);

  it('with bounds that keep it valid, the factor ends on the edge, and no point beyond it is projected', async () => {
    const dir = elasticityAtItsEdge();
    const result = await runInProcess(['calibrate', 'noord.yaml', '--param', 'gr_elasticiteit', '--bounds', 'gr_elasticiteit=0.5:1.25', '--json'], { cwd: dir });
    expect(result.code).toBe(0);
    const fit = JSON.parse(result.stdout) as CalibrationJson & { parameters: { at_bound: string | null }[] };
    expect(fit.parameters[0]?.factor).toBe(1.25);
    expect(fit.parameters[0]?.at_bound).toBe('high');
  }, 60_000);
});

describe('soweco-bc calibrate --config', () => {
  it('fits only to the chosen configuration\'s figures, and refuses a configuration the region does not have', async () => {
    // gr's figures made with one factor, eigen's with another: each configuration alone recovers its own
    const dir = realisedByTheModel(['loonkosten_per_fte*=1.07'], [{ configuration: 'gr', lines: ['loonkosten'], years: YEARS }]);
    const other = realisedByTheModel(['loonkosten_per_fte*=0.9'], [{ configuration: 'eigen', lines: ['loonkosten'], years: YEARS }]);
    writeFileSync(join(dir, 'data/noord-realisatie.csv'), `${readFileSync(join(dir, 'data/noord-realisatie.csv'), 'utf8')}${readFileSync(join(other, 'data/noord-realisatie.csv'), 'utf8').split('\n').slice(1).join('\n')}`);
    const fit = async (config: string) => {
      const r = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--config', config, '--json', '--out', `${config}.yaml`], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as CalibrationJson;
    };
    const gr = await fit('gr');
    expect(gr.figures.every((f) => f.configuration === 'gr')).toBe(true);
    expect(Math.abs((gr.parameters[0]?.factor ?? 0) / 1.07 - 1)).toBeLessThan(1e-6);
    const eigen = await fit('eigen');
    expect(Math.abs((eigen.parameters[0]?.factor ?? 0) / 0.9 - 1)).toBeLessThan(1e-6);
    const wrong = await runInProcess(['calibrate', 'noord.yaml', '--param', 'loonkosten_per_fte', '--config', 'eign'], { cwd: dir });
    expect([wrong.code, wrong.stderr]).toEqual([2, expect.stringContaining('"eigen"')]);
  }, 60_000);
});
