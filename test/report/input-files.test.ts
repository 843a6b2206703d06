import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/model/decimal.js';
import { readEmployees } from '../../src/load/index.js';
import { cohortCsv, regionWithMunicipality } from '../../src/report/input-files.js';

describe('files that init writes', () => {
  it('a cohort CSV from a few answers has exactly the people asked for, all between 18 and 66, and reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 25, max: 62 }), (binnen, detachering, age) => {
        const csv = cohortCsv({ start: 2021, counts: [['binnen', binnen], ['detachering', detachering]], averageAge: age, ftePerPerson: new Dec('0.85') });
        const read = readEmployees(csv, { file: 'x.csv', municipality: 'x', municipalities: ['x'], workForms: ['binnen', 'detachering'], horizonStart: 2021 });
        expect(read.issues).toEqual([]);
        const count = (form: string) => read.employees.filter((e) => e.workForm === form).reduce((n, e) => n + e.count, 0);
        expect([count('binnen'), count('detachering')]).toEqual([binnen, detachering]);
        for (const e of read.employees) {
          expect(2021 - e.birth.year).toBeGreaterThanOrEqual(18);
          expect(2021 - e.birth.year).toBeLessThanOrEqual(66);
        }
      }),
    );
  });

  it('adding a municipality changes only the municipalities list, whatever else the file holds', () => {
    const text = '# regio\nmodels:\n  gr: { lines: [ { id: a,\n      kind: cost } ] }   # broken over two lines\n\nmunicipalities: [ a.yaml, b.yaml ]  # de zes\n';
    expect(regionWithMunicipality(text, 'c.yaml')).toBe(text.replace('b.yaml ]', 'b.yaml, c.yaml ]'));
    const block = 'municipalities:\n  - a.yaml\n  - b.yaml\nuncertainty: {}\n';
    expect(regionWithMunicipality(block, 'c.yaml')).toBe('municipalities:\n  - a.yaml\n  - b.yaml\n  - c.yaml\nuncertainty: {}\n');
  });

  it('adding a municipality to the region keeps the comments of the region file', () => {
    const text = '# de regio\nregion: { id: r }\nmunicipalities:\n  - a.yaml # de eerste\n';
    const out = regionWithMunicipality(text, 'b.yaml');
    expect(out).toContain('# de regio');
    expect(out).toContain('# de eerste');
    expect(out).toMatch(/- b\.yaml/);
  });
});
