import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { testDir } from '../support/testdir.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-dissolution', import.meta.url));

/** A copy of fixtures/tiny-dissolution with each `from` of its region file (once) replaced by `to`. */
function editedCopy(...replacements: readonly (readonly [string, string])[]): string {
  const dir = testDir();
  cpSync(FIXTURE, dir, { recursive: true });
  let text = readFileSync(join(dir, 'regio.yaml'), 'utf8');
  for (const [from, to] of replacements) {
    expect(text.split(from)).toHaveLength(2);
    text = text.replace(from, to);
  }
  writeFileSync(join(dir, 'regio.yaml'), text);
  return dir;
}

/** The line of the region file that holds `text`, 1-based. */
function lineOf(dir: string, text: string): number {
  return readFileSync(join(dir, 'regio.yaml'), 'utf8').split('\n').findIndex((l) => l.includes(text)) + 1;
}

const cases: { claim: string; edits: [string, string][]; lineWith: string; field: string; says: string[]; hint: string | null }[] = [
  { claim: 'a fixed key not summing to 1', edits: [['zuid: 0.2 }', 'zuid: 0.21 }']], lineWith: 'zuid: 0.21', field: 'dissolution.key.fixed', says: ['sum to 1.01, not exactly 1'], hint: 'adjust a share' },
  { claim: 'an unknown municipality in the key', edits: [['oost: 0.3, zuid: 0.2', 'oost: 0.3, zuid: 0.2, west: 0']], lineWith: 'west: 0', field: 'dissolution.key.fixed.west', says: ['unknown municipality "west"'], hint: 'noord, oost, zuid' },
  { claim: 'a municipality missing from the key', edits: [['noord: 0.5, oost: 0.3, zuid: 0.2', 'noord: 0.7, oost: 0.3']], lineWith: 'noord: 0.7', field: 'dissolution.key.fixed', says: ['no share for "zuid"'], hint: 'names every municipality' },
  { claim: 'an unknown configuration in applies_to', edits: [['applies_to: [eigen]', 'applies_to: [eigne]']], lineWith: 'eigne', field: 'dissolution.items[1].applies_to[0]', says: ['unknown configuration "eigne"', 'did you mean "eigen"'], hint: 'the configurations are' },
  { claim: 'an item year outside the horizon', edits: [['2023: 33333.33', '2035: 33333.33']], lineWith: '2035:', field: 'dissolution.items[2].amount.2035', says: ['item "sociaal_plan": the year 2035 lies outside the horizon 2021–2030'], hint: 'widen the horizon' },
  { claim: 'the dissolution year outside the horizon', edits: [['year: 2022', 'year: 2031']], lineWith: 'year: 2031', field: 'dissolution.year', says: ['the dissolution year 2031 lies outside the horizon'], hint: 'widen the horizon' },
  { claim: 'duplicate item ids', edits: [['id: vastgoed', 'id: eigen_vermogen']], lineWith: 'Boekwaarde', field: 'dissolution.items[1].id', says: ['item id "eigen_vermogen" is used twice'], hint: 'its own id' },
  { claim: 'the baseline named in applies_to', edits: [['applies_to: [eigen]', 'applies_to: [eigen, gr]']], lineWith: 'applies_to: [eigen, gr]', field: 'dissolution.items[1].applies_to[1]', says: ['the baseline "gr" is named in applies_to'], hint: 'remove the baseline' },
  { claim: 'an item naming a configuration the dissolution does not apply to', edits: [['  items:\n', '  applies_to: [samen2]\n  items:\n']], lineWith: 'applies_to: [eigen]', field: 'dissolution.items[1].applies_to[0]', says: ['"eigen" is not one the dissolution applies to'], hint: 'samen2' },
  { claim: 'a reference year outside the horizon', edits: [['key: { fixed: { noord: 0.5, oost: 0.3, zuid: 0.2 } }', 'key: { by: se_share, reference_year: 2019 }']], lineWith: 'reference_year', field: 'dissolution.key.reference_year', says: ['reference year 2019 lies outside the horizon'], hint: 'choose a year inside it' },
  { claim: 'a configuration named twice in applies_to', edits: [['applies_to: [eigen]', 'applies_to: [eigen, eigen]']], lineWith: 'applies_to: [eigen, eigen]', field: 'dissolution.items[1].applies_to[1]', says: ['configuration "eigen" is named twice'], hint: 'name each configuration once' },
  { claim: 'an item so large that a share passes the figure limit', edits: [['amount: 90000', 'amount: 90000000000000000']], lineWith: 'id: vastgoed', field: 'dissolution.items[1]', says: ['the share of dissolution item "vastgoed" comes to 4.50e+16 in 2022: more than the 10^13'], hint: 'check the amounts' },
  { claim: 'an item amount keyed by something that is not a year', edits: [['2023: 33333.33', 'twee: 33333.33']], lineWith: 'twee:', field: 'dissolution.items[2].amount.twee', says: ['expected a year such as 2021 as the key, got "twee"'], hint: null },
];

describe('bad input in a region\'s dissolution: exit 1 at file:line:col, with the field and a hint', () => {
  for (const c of cases) {
    it(c.claim, async () => {
      const dir = editedCopy(...c.edits);
      const result = await runInProcessEnglish(['run', join(dir, 'noord.yaml'), '--json']);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(new RegExp(`regio\\.yaml:${lineOf(dir, c.lineWith)}:\\d+  ${c.field.replace(/[.[\]]/g, '\\$&')}\\n`));
      for (const s of c.says) expect(result.stderr).toContain(s);
      if (c.hint === null) expect(result.stderr).not.toContain('hint:');
      else expect(result.stderr).toMatch(new RegExp(`hint: .*${c.hint}`));
    }, 60_000);
  }

  it('a key by inhabitants for a municipality without them', async () => {
    const dir = editedCopy(['key: { fixed: { noord: 0.5, oost: 0.3, zuid: 0.2 } }', 'key: { by: inhabitants }']);
    writeFileSync(join(dir, 'oost.yaml'), readFileSync(join(dir, 'oost.yaml'), 'utf8').replace(', inhabitants: 25000', ''));
    const result = await runInProcessEnglish(['run', join(dir, 'noord.yaml'), '--json']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/oost\.yaml:2:1 {2}municipality\n {2}municipality "oost" has no "inhabitants", but the dissolution key is by inhabitants\n {2}hint: add inhabitants/);
  }, 60_000);

  it('the fixture itself runs (so each case fails by its edit alone)', async () => {
    const result = await runInProcessEnglish(['run', join(editedCopy(), 'noord.yaml'), '--json']);
    expect(result.code).toBe(0);
  }, 60_000);
});
