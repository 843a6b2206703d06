import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runInProcessEnglish } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';

// Each mistake in fees between organisations (docs/errors.md "Fees") is one edit of the region
// file of fixtures/tiny-fees, run through main(): exit 1, the place of the field, the message and a hint.

const FEES = fileURLToPath(new URL('../fixtures/tiny-fees', import.meta.url));
const regio = readFileSync(join(FEES, 'regio.yaml'), 'utf8');

function edited(edits: readonly (readonly [string, string])[]): string {
  return edits.reduce((text, [from, to]) => {
    expect(text.split(from).length - 1, `"${from}" occurs once in the fixture`).toBe(1);
    return text.replace(from, to);
  }, regio);
}

const SUPPLIER = '{ id: samen, model: samen, members: [noord, oost] }';
const BUYER = '{ model: inkoop, members: [zuid], supplier: samen }';

const cases: readonly { claim: string; edits: readonly (readonly [string, string])[]; at: RegExp; says: readonly string[] }[] = [
  { claim: 'a supplier that is no organisation of the configuration', edits: [[BUYER, '{ model: inkoop, members: [zuid], supplier: sammen }']], at: /configurations\.levering\.organisations\[1\]\.supplier\n/, says: ['supplier "sammen" is not the id of an organisation of configuration "levering"; did you mean "samen"?', 'hint: the organisation ids of this configuration are: samen'] },
  { claim: 'a supplier of another configuration', edits: [[BUYER, '{ model: inkoop, members: [zuid], supplier: elders }'], ['      - { model: samen, members: [noord, oost] }\n', '      - { id: elders, model: samen, members: [noord, oost] }\n']], at: /configurations\.levering\.organisations\[1\]\.supplier\n/, says: ['supplier "elders" is not the id of an organisation of configuration "levering"'] },
  { claim: 'a supplier without an id anywhere: the hint says to give it one', edits: [[SUPPLIER, '{ model: samen, members: [noord, oost] }']], at: /organisations\[1\]\.supplier\n/, says: ['hint: give the supplying organisation an id'] },
  { claim: 'an organisation that supplies itself (a circle of one)', edits: [[SUPPLIER, '{ id: samen, model: samen, members: [noord, oost], supplier: samen }']], at: /organisations\[0\]\.supplier\n/, says: ['the suppliers form a circle: samen → samen', 'hint: an organisation cannot supply itself'] },
  { claim: 'a circle of two suppliers', edits: [[SUPPLIER, '{ id: samen, model: samen, members: [noord, oost], supplier: zuid }'], [BUYER, '{ id: zuid, model: inkoop, members: [zuid], supplier: samen }']], at: /organisations\[0\]\.supplier\n/, says: ['the suppliers form a circle: samen → zuid → samen', 'the suppliers form a circle: zuid → samen → zuid'] },
  { claim: 'a supplier that is itself a buyer (a chain)', edits: [[SUPPLIER, '{ id: samen, model: samen, members: [noord], supplier: z }'], [BUYER, '{ model: inkoop, members: [oost], supplier: samen }\n      - { id: z, model: eigen, members: [zuid] }']], at: /organisations\[1\]\.supplier\n/, says: ['supplier "samen" is itself supplied by "z": a supplier cannot be a buyer', 'hint:'] },
  { claim: 'fee on a revenue line', edits: [['amount: rijksbijdrage_per_se }\n      - { id: loonkosten, label: Loonkosten, kind: cost, driver: fte, amount: loonkosten_per_fte }\n      - { id: dienstverlening', 'amount: rijksbijdrage_per_se, fee: true }\n      - { id: loonkosten, label: Loonkosten, kind: cost, driver: fte, amount: loonkosten_per_fte }\n      - { id: dienstverlening']], at: /models\.inkoop\.lines\[0\]\.fee\n/, says: ['line "rijksbijdrage" is revenue: only a cost line can be a fee paid to a supplier', 'hint: leave out "fee", or make the line kind: cost'] },
  { claim: 'fee that is not true or false', edits: [['amount: tarief_per_se, fee: true }', 'amount: tarief_per_se, fee: ja }']], at: /models\.inkoop\.lines\[2\]\.fee\n/, says: ['expected true or false'] },
];

describe('bad fee input: exit 1 at the field, with a hint', () => {
  it('the fixture itself is valid', async () => {
    const dir = tinyCopy({ 'regio.yaml': regio });
    const result = await runInProcessEnglish(['validate', join(dir, 'regio.yaml')], { cwd: dir });
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.code).toBe(0);
  }, 60_000);
  for (const c of cases) {
    it(c.claim, async () => {
      const dir = tinyCopy({ 'regio.yaml': edited(c.edits) });
      const result = await runInProcessEnglish(['validate', join(dir, 'regio.yaml')], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: \S+\.yaml:\d+:\d+ /);
      expect(result.stderr).toMatch(new RegExp(`^error: [^\n]*${c.at.source}`, 'm'));
      for (const s of c.says) expect(result.stderr).toContain(s);
      expect(result.stderr).not.toMatch(/ at .*\.(ts|js):\d+/); // no stack trace
    }, 60_000);
  }
});
