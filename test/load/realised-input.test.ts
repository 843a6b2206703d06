import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { readRealisedLines, readRealisedPopulation, type RealisedContext } from '../../src/load/realised-csv.js';
import { municipalityLineIds } from '../../src/model/line-ids.js';
import type { Realised } from '../../src/model/realised.js';
import type { Region } from '../../src/model/region.js';
import { useLanguage } from '../../src/language.js';
import { runInProcess, runInProcessEnglish } from '../support/in-process.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// The `realised:` section of a municipality file (docs/input-format.md#realised): two CSVs
// of realised figures, read into the model exactly, every mistake an input error at its
// file:line:col in Dutch and English.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const SECTION = 'realised:\n  lines: data/realisatie.csv\n  population: data/personeel.csv\n  source: "Jaarrekening Noord"\n';
const POPULATION = 'year,work_form,se,fte,headcount\n2021,beschut_binnen,30.5,28.25,33\n';

/** A copy of the tiny region whose Noord states the realised figures given (the population file by default a valid one). */
function withRealised(lines: string, population = POPULATION): string {
  return tinyCopy({ 'noord.yaml': `${NOORD}${SECTION}`, 'data/realisatie.csv': lines, 'data/personeel.csv': population });
}

function realisedOf(dir: string): Realised | undefined {
  return loadScenario(join(dir, 'noord.yaml')).municipalities.find((m) => m.id === 'noord')?.realised;
}

/** The realised figures as plain data: amounts as text, each with its source and place. */
function plain(r: Realised | undefined): object {
  const lines = Object.fromEntries([...(r?.lines ?? [])].map(([c, byLine]) => [c, Object.fromEntries([...byLine].map(([l, byYear]) => [l, Object.fromEntries(
    [...byYear].map(([y, a]) => [y, [a.amount.toString(), a.source ?? null, `${a.at.line ?? 0}:${a.at.col ?? 0}`]]),
  )]))]));
  const population = Object.fromEntries([...(r?.population ?? [])].map(([y, byForm]) => [y, Object.fromEntries([...byForm].map(([f, p]) => [f, {
    se: p.se?.toString() ?? null, fte: p.fte?.toString() ?? null, headcount: p.headcount?.toString() ?? null, source: p.source ?? null, line: p.at.line,
  }]))]));
  return { lines, population };
}

describe('realised figures in a municipality file', () => {
  it('a good file loads to exactly the expected model: Dutch header, ";", both number forms, the net cost, sources', () => {
    const dir = withRealised(
      'jaar;configuratie;regel;bedrag;bron\n' +
        '2021;gr;loonkosten;1.234.567,89;Jaarrekening 2021\n' +
        '2021;gr;rijksbijdrage;1234567.89;\n' +
        '2021;gr;netto;-12.345,50;\n' +
        '2022;eigen;frictie;130000,00;\n' +
        '2022;samen2;overhead; 250 000 ;\n',
      'Jaar;Arbeidsvorm;SE;FTE;Aantal\n2021;Beschut binnen;30,5;28,25;33\n2021;detachering;;10;\n2022;beschut_binnen;1.002,5;;\n',
    );
    const realised = realisedOf(dir);
    expect(plain(realised)).toEqual({
      lines: {
        gr: {
          loonkosten: { 2021: ['1234567.89', 'Jaarrekening 2021', '2:20'] },
          rijksbijdrage: { 2021: ['1234567.89', 'Jaarrekening Noord', '3:23'] },
          net: { 2021: ['-12345.5', 'Jaarrekening Noord', '4:15'] },
        },
        eigen: { frictie: { 2022: ['130000', 'Jaarrekening Noord', '5:20'] } },
        samen2: { overhead: { 2022: ['250000', 'Jaarrekening Noord', '6:23'] } },
      },
      population: {
        2021: {
          beschut_binnen: { se: '30.5', fte: '28.25', headcount: '33', source: 'Jaarrekening Noord', line: 2 },
          detachering: { se: null, fte: '10', headcount: null, source: 'Jaarrekening Noord', line: 3 },
        },
        2022: { beschut_binnen: { se: '1002.5', fte: null, headcount: null, source: 'Jaarrekening Noord', line: 4 } },
      },
    });
    expect(realised?.linesFile).toBe(join(dir, 'data/realisatie.csv'));
    expect(realised?.populationFile).toBe(join(dir, 'data/personeel.csv'));
  });

  it('an English header with "," reads the same amounts; a quoted Dutch amount is read in a comma file too', () => {
    const dir = withRealised('year,configuration,line,amount,source\n2021,gr,loonkosten,"1.234.567,89",\n2021,gr,rijksbijdrage,"1,234,567.89",\n2021,gr,net,1234567.89,\n');
    const gr = realisedOf(dir)?.lines.get('gr');
    expect(['loonkosten', 'rijksbijdrage', 'net'].map((l) => gr?.get(l)?.get(2021)?.amount.toString())).toEqual(['1234567.89', '1234567.89', '1234567.89']);
  });

  it('a file as Excel on Windows saves it is read: Windows-1252 with € and a dash, CRLF, tab as delimiter, a trailing empty row', () => {
    const text = 'Jaar\tConfiguratie\tRegel\tBedrag\tBron\r\n2021\tgr\tloonkosten\t1.234,50\tJaarrekening \x96 \x80\r\n\t\t\t\t\r\n';
    const bytes = Buffer.from(text, 'latin1');
    const written = tinyCopy({ 'noord.yaml': `${NOORD}${SECTION}`, 'data/realisatie.csv': bytes, 'data/personeel.csv': `\ufeff${POPULATION}` });
    const amount = realisedOf(written)?.lines.get('gr')?.get('loonkosten')?.get(2021);
    expect([amount?.amount.toString(), amount?.source]).toEqual(['1234.5', 'Jaarrekening – €']);
    expect(realisedOf(written)?.population.get(2021)?.get('beschut_binnen')?.se?.toString()).toBe('30.5');
  });

  it('a municipality without a realised section has none; the files are listed among the inputs', () => {
    expect(realisedOf(tinyCopy())).toBeUndefined();
    const dir = withRealised('year,configuration,line,amount\n2021,gr,loonkosten,1\n');
    const inputs = loadScenario(join(dir, 'noord.yaml')).inputs.map((i) => i.path);
    expect(inputs).toEqual(expect.arrayContaining([join(dir, 'data/realisatie.csv'), join(dir, 'data/personeel.csv')]));
  });

  it('validate counts the realised figures in its verdict, in Dutch and English', async () => {
    const dir = withRealised('year,configuration,line,amount\n2021,gr,loonkosten,1\n2023,eigen,net,5\n');
    const nl = await runInProcess(['validate', 'noord.yaml'], { cwd: dir });
    expect(nl.code).toBe(0);
    expect(nl.stdout).toContain('2021–2030, realisatie: 1 gemeente, 2 jaren, 2 configuraties; ');
    const en = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(en.stdout).toContain('2021–2030, realised figures: 1 municipality, 2 years, 2 configurations; ');
    const none = await runInProcess(['validate', 'noord.yaml'], { cwd: tinyCopy() });
    expect(none.stdout).not.toContain('realisatie');
  });
});

describe('the line ids a realised figure may name', () => {
  // the ids the engine gives a municipality's lines (and the JSON output names them by) are exactly those loading accepts
  for (const fixture of ['tiny', 'tiny-fees', 'tiny-dissolution']) {
    it(`are the ids of each municipality's result in every configuration (${fixture})`, () => {
      const scenario = loadScenario(join(TINY, '..', fixture, 'regio.yaml'));
      const projection = project(scenario);
      for (const c of scenario.region.configurations) {
        for (const m of scenario.region.municipalityIds) {
          const engine = projection.results.get(c.id)?.get(m)?.lines.map((l) => l.line.id) ?? [];
          expect(municipalityLineIds(scenario.region, c.id, m), `${c.id} ${m}`).toEqual(engine);
        }
      }
    });
  }

  it('a fee and a dissolution line are accepted by their ids', () => {
    const read = (fixture: string, row: string) => {
      const from = join(TINY, '..', fixture);
      const dir = tinyCopy({
        'regio.yaml': readFileSync(join(from, 'regio.yaml'), 'utf8'),
        'noord.yaml': `${readFileSync(join(from, 'noord.yaml'), 'utf8')}realised: { lines: data/r.csv }\n`,
        'data/r.csv': `year,configuration,line,amount\n${row}\n`,
      });
      return realisedOf(dir)?.lines;
    };
    expect(read('tiny-fees', '2022,levering,fee.zuid,1000')?.get('levering')?.get('fee.zuid')?.get(2022)?.amount.toString()).toBe('1000');
    expect(read('tiny-dissolution', '2022,eigen,dissolution.vastgoed,45000')?.get('eigen')?.get('dissolution.vastgoed')?.get(2022)?.amount.toString()).toBe('45000');
    // an item that arises only in "eigen" is no line of "samen2"
    expect(() => read('tiny-dissolution', '2022,samen2,dissolution.vastgoed,45000')).toThrow(/dissolution\.vastgoed/);
  });
});

/** Each mistake once: the file's text, where the message points, and its first line in Dutch and English. */
const MISTAKES: readonly { name: string; lines?: string; population?: string; at: string; nl: string; en: string }[] = [
  { name: 'an unknown configuration', lines: 'jaar;configuratie;regel;bedrag\n2021;gg;loonkosten;5\n', at: 'data/realisatie.csv:2:6  kolom configuratie',
    nl: 'onbekende configuratie "gg"; bedoelde u "gr"?', en: 'unknown configuration "gg"; did you mean "gr"?' },
  { name: 'an unknown line', lines: 'jaar;configuratie;regel;bedrag\n2021;gr;loonkosen;5\n', at: 'data/realisatie.csv:2:9  kolom regel',
    nl: 'onbekende regel "loonkosen": in configuratie "gr" gebruikt de organisatie van deze gemeente model "gr", en dat heeft zo\'n regel niet; bedoelde u "loonkosten"?',
    en: 'unknown line "loonkosen": in configuration "gr" this municipality\'s organisation uses model "gr", which has no such line; did you mean "loonkosten"?' },
  { name: 'a line of another configuration\'s model', lines: 'year,configuration,line,amount\n2021,gr,frictie,5\n', at: 'data/realisatie.csv:2:9  kolom line',
    nl: 'onbekende regel "frictie": in configuratie "gr"', en: 'unknown line "frictie": in configuration "gr"' },
  { name: 'a line named by its label', lines: 'year,configuration,line,amount\n2021,eigen,Frictiekosten,5\n', at: 'data/realisatie.csv:2:12  kolom line',
    nl: 'bedoelde u "frictie"?', en: 'did you mean "frictie"?' },
  { name: 'a year outside the horizon', lines: 'year,configuration,line,amount\n2020,gr,loonkosten,5\n', at: 'data/realisatie.csv:2:1  kolom year',
    nl: 'jaar 2020 ligt buiten de horizon 2021–2030', en: 'year 2020 lies outside the horizon 2021–2030' },
  { name: 'no year', lines: 'year,configuration,line,amount\n20x1,gr,loonkosten,5\n', at: 'data/realisatie.csv:2:1  kolom year',
    nl: 'verwacht een jaar zoals 2022, gevonden: "20x1"', en: 'expected a year such as 2022, got "20x1"' },
  { name: 'a line stated twice', lines: 'year,configuration,line,amount\n2021,gr,loonkosten,5\n2022,gr,loonkosten,5\n2021,gr,loonkosten,6\n', at: 'data/realisatie.csv:4:9  kolom line',
    nl: 'jaar 2021, configuratie "gr", regel "loonkosten" staat er twee keer in (eerst op regel 2 van dit bestand)',
    en: 'year 2021, configuration "gr", line "loonkosten" is stated twice (first on line 2 of this file)' },
  { name: 'a negative amount', lines: 'year,configuration,line,amount\n2021,gr,rijksbijdrage,-5\n', at: 'data/realisatie.csv:2:23  kolom amount',
    nl: 'verwacht een bedrag ≥ 0 voor regel "rijksbijdrage", gevonden: een negatief getal', en: 'expected an amount ≥ 0 for line "rijksbijdrage", got a negative number' },
  { name: 'an ambiguous amount', lines: 'jaar;configuratie;regel;bedrag\n2021;gr;loonkosten;1.250\n', at: 'data/realisatie.csv:2:20  kolom bedrag',
    nl: '"1.250" is op twee manieren te lezen: 1250 (met een scheidingsteken voor duizendtallen) of 1.25 (met een decimale punt)',
    en: '"1.250" can be read two ways: 1250 (with a thousands separator) or 1.25 (with a decimal point)' },
  { name: 'a malformed amount', lines: 'jaar;configuratie;regel;bedrag\n2021;gr;loonkosten;1.234,567,8\n', at: 'data/realisatie.csv:2:20  kolom bedrag',
    nl: 'verwacht een getal, gevonden: "1.234,567,8"', en: 'expected a number, got "1.234,567,8"' },
  { name: 'an empty amount', lines: 'jaar;configuratie;regel;bedrag\n2021;gr;loonkosten;\n', at: 'data/realisatie.csv:2:20  kolom bedrag', nl: 'is leeg', en: 'is empty' },
  { name: 'a missing column', lines: 'jaar;configuratie;post\n2021;gr;loonkosten\n', at: 'data/realisatie.csv:1  header',
    nl: 'kolom "amount" (of "bedrag") ontbreekt', en: 'missing column "amount" (or "bedrag")' },
  { name: 'an empty file', lines: '', at: 'data/realisatie.csv:1', nl: 'het bestand is leeg: verwacht een kopregel', en: 'the file is empty: expected a header row' },
  { name: 'a header that is a row', lines: '2021;gr;loonkosten;5\n', at: 'data/realisatie.csv:1  header',
    nl: 'de eerste regel is geen kopregel', en: 'the first line is not a header' },
  { name: 'an unknown work form', population: 'year,work_form,se\n2021,beschut_binen,3\n', at: 'data/personeel.csv:2:6  kolom work_form',
    nl: 'onbekende werkvorm "beschut_binen"; bedoelde u "beschut_binnen"?', en: 'unknown work form "beschut_binen"; did you mean "beschut_binnen"?' },
  { name: 'a work form stated twice', population: 'year,work_form,se\n2021,beschut_binnen,3\n2021,Beschut binnen,4\n', at: 'data/personeel.csv:3:6  kolom work_form',
    nl: 'jaar 2021, werkvorm "beschut_binnen" staat er twee keer in (eerst op regel 2 van dit bestand)',
    en: 'year 2021, work form "beschut_binnen" is stated twice (first on line 2 of this file)' },
  { name: 'a negative population figure', population: 'jaar;werkvorm;se;fte;aantal\n2021;detachering;3;-1;\n', at: 'data/personeel.csv:2:20  kolom fte',
    nl: 'verwacht een getal ≥ 0, gevonden: een negatief getal', en: 'expected a number ≥ 0, got a negative number' },
  { name: 'a population file without se, fte or headcount', population: 'year,work_form\n2021,detachering\n', at: 'data/personeel.csv:1  header',
    nl: 'een kolom "se", "fte", "headcount" ontbreekt (ten minste één daarvan)', en: 'missing a column "se", "fte", "headcount" (at least one of them)' },
];

/** The first line of the message after `head` (`error: file:line:col  field`), or undefined if there is no such message. */
function messageAt(stderr: string, head: string): string | undefined {
  return stderr.split(`${head}\n`)[1]?.split('\n')[0]?.replace(/^ {2}/, '');
}

describe('a mistake in a realised file is an input error at its place, in Dutch and English', () => {
  for (const mistake of MISTAKES) {
    it(mistake.name, async () => {
      const dir = withRealised(mistake.lines ?? 'year,configuration,line,amount\n2021,gr,loonkosten,5\n', mistake.population);
      const nl = await runInProcess(['validate', 'noord.yaml'], { cwd: dir });
      expect(nl.code).toBe(1);
      expect(messageAt(nl.stderr, `fout: ${mistake.at}`)).toContain(mistake.nl);
      const en = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
      expect(en.code).toBe(1);
      expect(messageAt(en.stderr, `error: ${mistake.at.replace('kolom', 'column')}`)).toContain(mistake.en);
    });
  }

  it('a header without rows is read, with a warning', async () => {
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: withRealised('year,configuration,line,amount\n') });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: data/realisatie.csv:1\n  the file has a header but no rows: it states no realised figures');
  });

  it('a population row without figures is left out with a warning, and is no first row of its year and work form', async () => {
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: withRealised('year,configuration,line,amount\n', 'year,work_form,se,fte\n2021,detachering,,\n2021,detachering,3,\n') });
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: data/personeel.csv:2\n  the row states none of se, fte and headcount: it is left out');
  });

  it('a missing file points at where the municipality file names it', async () => {
    const dir = tinyCopy({ 'noord.yaml': `${NOORD}realised:\n  lines: data/nergens.csv\n` });
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^error: noord\.yaml:7:10 {2}realised\.lines\n {2}.*data\/nergens\.csv/m);
  });

  it('"net" is refused where the model has a line of that name, which could not be told from the net cost', async () => {
    const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8').replace('{ id: overhead, label: Bedrijfsvoering', '{ id: Net, label: Bedrijfsvoering');
    const dir = tinyCopy({ 'regio.yaml': region, 'noord.yaml': `${NOORD}realised: { lines: data/r.csv }\n`, 'data/r.csv': 'year,configuration,line,amount\n2021,gr,netto,5\n2021,eigen,netto,5\n' });
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(messageAt(result.stderr, 'error: data/r.csv:2:9  column line')).toBe('"netto" is the reserved name of the year\'s net cost, but model "gr" also has a line "Net"');
    expect(result.stderr).not.toContain('data/r.csv:3'); // model "eigen" has no such line
  });

  it('a section without files is refused', async () => {
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: tinyCopy({ 'noord.yaml': `${NOORD}realised: { source: x }\n` }) });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"realised" names no file: expected "lines", "population" or both');
  });

  it('a message quotes no more of a row than the cell it is about', async () => {
    const result = await runInProcessEnglish(['validate', 'noord.yaml'], { cwd: withRealised('year,configuration,line,amount,source\n2021,gr,loonkosen,123456,Geheime notitie\n') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('loonkosen');
    expect(result.stderr).not.toMatch(/123456|Geheime/);
  });
});

describe('property: valid rows written to a CSV are read back to the same figures', () => {
  let region: Region;
  beforeAll(() => {
    useLanguage('en');
    region = loadScenario(join(TINY, 'regio.yaml')).region;
  });
  const ctx = (): RealisedContext => ({ file: 'r.csv', region, municipality: 'noord', horizon: region.horizon });

  /** Euros to the cent, as a Dutch or English writer may write them. */
  const written = (cents: bigint, style: number, delimiter: string): string => {
    const negative = cents < 0n;
    const abs = negative ? -cents : cents;
    const whole = (abs / 100n).toString();
    const fraction = (abs % 100n).toString().padStart(2, '0');
    const group = (sep: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const sign = negative ? '-' : '';
    const text = `${sign}${[`${whole}.${fraction}`, `${group('.')},${fraction}`, `${group(',')}.${fraction}`, `${whole},${fraction}`][style] ?? whole}`;
    return delimiter === ',' && text.includes(',') ? `"${text}"` : text;
  };

  it('for any set of distinct (year, configuration, line) and any way of writing them', () => {
    const keys = region.configurations.flatMap((c) => ['net', ...municipalityLineIds(region, c.id, 'noord')].map((l) => [c.id, l] as const));
    const row = fc.record({
      year: fc.integer({ min: region.horizon.start, max: region.horizon.end }),
      key: fc.constantFrom(...keys),
      cents: fc.bigInt({ min: 0n, max: 10n ** 12n }),
      negative: fc.boolean(),
      style: fc.integer({ min: 0, max: 3 }),
      source: fc.option(fc.constantFrom('Jaarrekening', 'Begroting; na wijziging', 'Cijfers "voorlopig"'), { nil: undefined }),
    });
    const file = fc.record({
      rows: fc.uniqueArray(row, { selector: (r) => `${r.year} ${r.key.join(' ')}`, maxLength: 30 }),
      delimiter: fc.constantFrom(',', ';'),
      dutch: fc.boolean(),
    });
    fc.assert(fc.property(file, ({ rows, delimiter, dutch }) => {
      const quote = (s: string) => (s.includes(delimiter) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s);
      const header = (dutch ? ['jaar', 'configuratie', 'regel', 'bedrag', 'bron'] : ['year', 'configuration', 'line', 'amount', 'source']).join(delimiter);
      const text = [header, ...rows.map((r) => {
        const cents = r.negative && r.key[1] === 'net' ? -r.cents : r.cents;
        return [r.year, r.key[0], r.key[1] === 'net' && dutch ? 'netto' : r.key[1], written(cents, r.style, delimiter), quote(r.source ?? '')].join(delimiter);
      })].join('\r\n');
      const read = readRealisedLines(text, ctx());
      expect(read.issues).toEqual([]);
      const got = [...read.figures].flatMap(([c, byLine]) => [...byLine].flatMap(([l, byYear]) => [...byYear].map(([y, a]) => `${y} ${c} ${l} ${a.amount.toFixed(2)} ${a.source ?? '-'}`)));
      const expected = rows.map((r) => {
        const cents = r.negative && r.key[1] === 'net' ? -r.cents : r.cents;
        const euros = `${cents < 0n ? '-' : ''}${((cents < 0n ? -cents : cents) / 100n).toString()}.${((cents < 0n ? -cents : cents) % 100n).toString().padStart(2, '0')}`;
        return `${r.year} ${r.key[0]} ${r.key[1]} ${euros === '-0.00' ? '0.00' : euros} ${r.source ?? '-'}`;
      });
      expect(got.sort()).toEqual(expected.sort());
    }), { numRuns: 200 });
  });

  it('for any set of distinct (year, work form) with any figures known', () => {
    const figure = fc.option(fc.integer({ min: 0, max: 10 ** 7 }).map((n) => n / 100), { nil: undefined });
    const row = fc.record({ year: fc.integer({ min: region.horizon.start, max: region.horizon.end }), form: fc.constantFrom(...region.workForms), se: figure, fte: figure, headcount: figure });
    const rows = fc.uniqueArray(row, { selector: (r) => `${r.year} ${r.form.id}`, maxLength: 20 }).map((rs) => rs.filter((r) => r.se !== undefined || r.fte !== undefined || r.headcount !== undefined));
    fc.assert(fc.property(rows, fc.boolean(), (rs, label) => {
      const cell = (x: number | undefined) => (x === undefined ? '' : String(x).replace('.', ','));
      const text = ['jaar;werkvorm;se;fte;aantal', ...rs.map((r) => [r.year, label ? r.form.label : r.form.id, cell(r.se), cell(r.fte), cell(r.headcount)].join(';'))].join('\n');
      const read = readRealisedPopulation(text, ctx());
      expect(read.issues).toEqual([]);
      for (const r of rs) {
        const got = read.figures.get(r.year)?.get(r.form.id);
        expect([got?.se?.toNumber(), got?.fte?.toNumber(), got?.headcount?.toNumber()]).toEqual([r.se, r.fte, r.headcount]);
      }
      expect([...read.figures.values()].reduce((n, byForm) => n + byForm.size, 0)).toBe(rs.length);
    }), { numRuns: 200 });
  });
});
