import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';

// Each mistake in a settlement (docs/errors.md "Settlement") is one edit of the region file of
// fixtures/tiny-settlement, run through main(): exit 1, the place of the field, the message and a hint.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const regio = readFileSync(join(SETTLED, 'regio.yaml'), 'utf8');

function edited(from: string, to: string): string {
  expect(regio.split(from).length - 1, `"${from}" occurs once in the fixture`).toBe(1);
  return regio.replace(from, to);
}

const GR_KEY = 'key: { fixed: { noord: 0.55, oost: 0.3, zuid: 0.15 } }';
const SAMEN = 'settlement: { pooled: [overhead, frictie], key: { by: se_share, lag: 1 } }';

const cases: readonly { claim: string; from: string; to: string; at: RegExp; says: readonly string[] }[] = [
  { claim: 'a fixed key that does not sum to exactly 1', from: GR_KEY, to: 'key: { fixed: { noord: 0.55, oost: 0.3, zuid: 0.1500001 } }', at: /regio\.yaml:\d+:\d+ +configurations\.gr\.organisations\[0\]\.settlement\.key\.fixed\n/, says: ['sum to 1.0000001, not exactly 1', 'hint:'] },
  { claim: 'shares that sum to 1 only in binary floating point (0.1 + 0.2 ≠ 0.3 there, but = as decimals): accepted', from: GR_KEY, to: 'key: { fixed: { noord: 0.7, oost: 0.1, zuid: 0.2 } }', at: /^$/, says: [] },
  { claim: 'a share outside [0, 1]', from: GR_KEY, to: 'key: { fixed: { noord: 1.2, oost: -0.3, zuid: 0.1 } }', at: /settlement\.key\.fixed\.noord\n/, says: ['the share of "noord" is 1.2', 'the share of "oost" is -0.3', 'hint: write the share as a fraction'] },
  { claim: 'a member the organisation does not have', from: GR_KEY, to: 'key: { fixed: { noord: 0.55, oost: 0.3, zuidd: 0.15 } }', at: /settlement\.key\.fixed\.zuidd\n/, says: ['"zuidd" is not a member of this organisation; did you mean "zuid"?', 'gives no share for "zuid"', 'hint: the key names each member once: noord, oost, zuid'] },
  { claim: 'a member left out of the key', from: GR_KEY, to: 'key: { fixed: { noord: 0.7, oost: 0.3 } }', at: /settlement\.key\.fixed\n/, says: ['the key gives no share for "zuid"'] },
  { claim: 'an unknown line in pooled', from: SAMEN, to: 'settlement: { pooled: [overhead, frictei], key: { by: se_share, lag: 1 } }', at: /settlement\.pooled\[1\]\n/, says: ['unknown line "frictei" in model "samen"', 'hint: the lines of model "samen" are:'] },
  { claim: 'a pooled percent_of line whose lines are not pooled', from: '  samen2:\n', to: '  eigen_gedeeld:\n    organisations:\n      - { id: e, model: eigen, members: all, settlement: { pooled: [regie, risico], key: { by: equal } } }\n  samen2:\n', at: /settlement\.pooled\[1\]\n/, says: ['pooled line "risico" is a percentage of "overhead", which is not pooled', 'hint: pool those lines too'] },
  { claim: 'a lag other than 1', from: SAMEN, to: 'settlement: { pooled: [overhead, frictie], key: { by: se_share, lag: 2 } }', at: /settlement\.key\.lag\n/, says: ['lag 2 is not supported', 'hint: write lag: 1'] },
  { claim: 'a reference year outside the horizon', from: SAMEN, to: 'settlement: { pooled: [overhead, frictie], key: { by: se_share, reference_year: 2031 } }', at: /settlement\.key\.reference_year\n/, says: ['reference year 2031 lies outside the horizon 2021–2030', 'hint: choose a year of the horizon'] },
  { claim: 'a key that is neither fixed nor by', from: SAMEN, to: 'settlement: { pooled: all, key: {} }', at: /settlement\.key\n/, says: ['the key is either { fixed: … } or { by: … }'] },
  { claim: 'lag with a fixed key', from: GR_KEY, to: 'key: { fixed: { noord: 0.55, oost: 0.3, zuid: 0.15 }, lag: 1 }', at: /settlement\.key\.lag\n/, says: ['"lag" goes with a "by" key'] },
  { claim: 'an organisation id used twice', from: '      - { model: eigen, members: each }\n\nmunicipalities', to: '      - { id: samen, model: eigen, members: [zuid] }\n\nmunicipalities', at: /organisations\[1\]\.id\n/, says: ['organisation id "samen" is used twice in configuration "samen2"', 'hint: give every organisation'] },
  { claim: 'an id on members: each', from: '      - { model: eigen, members: each }\n\nmunicipalities', to: '      - { id: rest, model: eigen, members: each }\n\nmunicipalities', at: /organisations\[1\]\.id\n/, says: ['would name several organisations'] },
  { claim: 'a settlement on members: each', from: '      - { model: eigen, members: each }\n\nmunicipalities', to: '      - { model: eigen, members: each, settlement: { pooled: all, key: { by: equal } } }\n\nmunicipalities', at: /organisations\[1\]\.settlement\n/, says: ['a settlement needs members who share'] },
  { claim: 'a key by inhabitants where a member gives none', from: SAMEN, to: 'settlement: { pooled: [overhead], key: { by: inhabitants } }', at: /oost\.yaml:\d+:\d+/, says: ['has no "inhabitants"', 'is settled by inhabitants'] },
];

describe('bad settlement input: exit 1 at the field, with a hint', () => {
  for (const c of cases) {
    it(c.claim, async () => {
      const files: Record<string, string> = { 'regio.yaml': edited(c.from, c.to) };
      // the inhabitants case needs a member without them
      if (c.claim.includes('inhabitants')) files['oost.yaml'] = readFileSync(join(SETTLED, 'oost.yaml'), 'utf8').replace(', inhabitants: 25000', '');
      const dir = tinyCopy(files);
      const result = await runInProcessEnglish(['validate', join(dir, 'noord.yaml')], { cwd: dir });
      if (c.says.length === 0) {
        expect(result.stderr).not.toMatch(/error:/);
        expect(result.code).toBe(0);
        return;
      }
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: \S+\.yaml:\d+:\d+ /);
      expect(result.stderr).toMatch(new RegExp(`^error: [^\n]*${c.at.source}`, 'm'));
      for (const s of c.says) expect(result.stderr).toContain(s);
      expect(result.stderr).not.toMatch(/ at .*\.(ts|js):\d+/); // no stack trace
    }, 60_000);
  }

  it('a reference year that a --set of the horizon leaves outside it', async () => {
    const dir = tinyCopy({ 'regio.yaml': edited(SAMEN, 'settlement: { pooled: [overhead, frictie], key: { by: se_share, reference_year: 2029 } }') });
    const result = await runInProcessEnglish(['run', 'noord.yaml', '--json', '--set', 'horizon.end=2026', '--out', join(dir, 'out')], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: \S*regio\.yaml:\d+:\d+ +configurations\.samen2\.organisations\[0\]\.settlement\.key\.reference_year\n +reference year 2029 lies outside the horizon 2021–2026/m);
  }, 60_000);
});
