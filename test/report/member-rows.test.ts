import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/project.js';
import { loadScenario } from '../../src/load/index.js';
import { ZERO } from '../../src/model/decimal.js';
import { shownYears } from '../../src/report/small-cells.js';
import { MAX_LISTED_MEMBERS, buyersShown, othersShown, othersTotal } from '../../src/report/workbook/member-rows.js';
import { QUANTITIES } from '../../src/report/workbook/sheets/population-cells.js';
import { generateRegion } from '../../src/synthetic/generate-region.js';
import { testDir } from '../support/testdir.js';

// The summed row of a large organisation (docs/methodology.md#others-row) is the members'
// total less the municipality's own, the total computed once: held here against summing the
// other members one by one, as the sheet did before.

const dir = testDir(generateRegion({ municipalities: MAX_LISTED_MEMBERS + 2, employees: 400, seed: 11 }));
const projection = project(loadScenario(join(dir, 'regio.yaml')));
const large = projection.region.configurations.flatMap((c) => c.organisations).find((o) => o.members.length > MAX_LISTED_MEMBERS);
const people = (m: string) => projection.populations.get(m)?.persons.working ?? [];

describe('the summed other members of a large organisation', () => {
  it('is a region with an organisation too large to list its members', () => {
    expect(large?.members.length).toBe(MAX_LISTED_MEMBERS + 2);
  });

  it('equals the other members summed one by one, in every cell a workbook holds', () => {
    const members = large?.members ?? [];
    for (const municipality of members) {
      const others = members.filter((m) => m !== municipality);
      for (const quantity of QUANTITIES) {
        const summed = othersTotal({ projection, municipality }, members, quantity);
        projection.years.forEach((_, t) => {
          const byOne = others.reduce((acc, m) => acc.plus(projection.populations.get(m)?.[quantity][t] ?? ZERO), ZERO);
          expect(summed[t]?.toNumber()).toBe(byOne.toNumber());
          expect(summed[t]?.minus(byOne).abs().lte(byOne.abs().times('1e-35'))).toBe(true);
        });
      }
    }
  });

  it('shows the same years as the other members\' people summed one by one', () => {
    const members = large?.members ?? [];
    for (const municipality of members) {
      const byOne = shownYears(projection.years.map((_, t) => members.filter((m) => m !== municipality).reduce((acc, m) => acc + (people(m)[t] ?? 0), 0)));
      projection.years.forEach((_, t) => expect(othersShown({ projection, municipality }, members, t)).toBe(byOne[t]));
    }
  });

  it('shows the buyers of a supplier in the same years as their people summed one by one', () => {
    const ids = projection.region.municipalityIds;
    fc.assert(
      fc.property(fc.subarray([...ids], { minLength: 1 }), fc.constantFrom(...ids), (buyers, municipality) => {
        const byOne = shownYears(projection.years.map((_, t) => buyers.reduce((acc, m) => acc + (people(m)[t] ?? 0), 0)));
        projection.years.forEach((_, t) => expect(buyersShown({ projection, municipality }, buyers, t)).toBe(byOne[t]));
      }),
      { numRuns: 50 },
    );
  });
});
