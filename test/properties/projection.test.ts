import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZERO } from '../../src/model/decimal.js';
import { project } from '../../src/engine/index.js';
import { generatedRegion } from './generated-region.js';

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 60) };

describe('invariants of the projection over generated regions', () => {
  it('§4 the members\' shares of an organisation-level line sum exactly to the organisation\'s total', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const configuration of s.region.configurations) {
          // a single member's line is not split: it has no organisation total of its own
          for (const organisation of configuration.organisations.filter((o) => o.members.length > 1)) {
            for (const lineId of ['overhead', 'frictie']) {
              const lines = organisation.members.map((m) => p.results.get(configuration.id)?.get(m)?.lines.find((l) => l.line.id === lineId));
              if (lines[0]?.line.level !== 'organisation') continue;
              const total = lines[0].rows.get('total');
              expect(total).toBeDefined();
              p.years.forEach((_, t) => {
                const shares = lines.reduce((acc, l) => acc.plus(l?.amounts[t] ?? ZERO), ZERO);
                expect(shares.eq(total?.[t] ?? ZERO)).toBe(true);
              });
            }
          }
        }
      }),
      runs,
    );
  });

  it('§5 a configuration identical to the baseline has zero difference, for every municipality and the region', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const r of [...(p.results.get('gr_copy')?.values() ?? []), p.regional.get('gr_copy')]) {
          expect(r?.delta.every((x) => x.isZero())).toBe(true);
          expect(r?.deltaNpv.isZero()).toBe(true);
        }
      }),
      runs,
    );
  });

  it('§3 with no retirement and no outflow the population stays what it was', () => {
    fc.assert(
      fc.property(generatedRegion({ noOutflow: true }), (s) => {
        const p = project(s);
        for (const m of s.municipalities) {
          const fte = m.employees.reduce((acc, e) => acc.plus(e.fte), ZERO);
          const people = m.employees.reduce((n, e) => n + e.count, 0);
          const population = p.populations.get(m.id);
          expect(population?.fte.every((x) => x.eq(fte))).toBe(true);
          expect(population?.headcount.every((x) => x.eq(people))).toBe(true);
          expect(population?.yearEndHeadcount.every((x) => x.eq(people))).toBe(true);
        }
      }),
      runs,
    );
  });

  it('§3 without inflow streams, headcount never rises', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const population of p.populations.values()) {
          for (const series of [population.headcount, population.yearEndHeadcount, population.se]) {
            series.slice(1).forEach((x, t) => expect(x.lte(series[t] ?? ZERO)).toBe(true));
          }
        }
      }),
      runs,
    );
  });

  it('§5 the regional total of a configuration is the sum of its municipalities, and net = costs − revenues', () => {
    fc.assert(
      fc.property(generatedRegion(), (s) => {
        const p = project(s);
        for (const configuration of s.region.configurations) {
          const results = [...(p.results.get(configuration.id)?.values() ?? [])];
          const regional = p.regional.get(configuration.id);
          p.years.forEach((_, t) => {
            const sum = results.reduce((acc, r) => acc.plus(r.net[t] ?? ZERO), ZERO);
            expect(sum.eq(regional?.net[t] ?? ZERO)).toBe(true);
            for (const r of results) expect(r.net[t]?.eq((r.costs[t] ?? ZERO).minus(r.revenues[t] ?? ZERO))).toBe(true);
          });
          // Σ_t Σ_m and Σ_m Σ_t add in another order: equal to far below a cent, not to the last of 40 digits
          const byMunicipality = results.reduce((acc, r) => acc.plus(r.cumulative), ZERO);
          expect(regional?.cumulative.minus(byMunicipality).abs().lt('1e-20')).toBe(true);
        }
      }),
      runs,
    );
  });
});
