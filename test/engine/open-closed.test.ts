import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGION, closedWorld, compareWorlds, municipalitySubject, project, resultFor, type Projection } from '../../src/engine/index.js';
import { closedWorldData, closedWorldFrom } from '../../src/app/batch/messages.js';
import { loadScenario } from '../../src/load/index.js';
import { CLOSED_WORLD_OVERRIDE, hasInflow, inWorld, withoutInflow } from '../../src/model/population-world.js';
import type { Scenario } from '../../src/model/scenario.js';
import { withoutStreams } from '../../src/engine/population.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// Issue 14, item 4: the business case with and without the newcomers of the inflow streams
// (docs/methodology.md#open-closed). The closed world is the scenario as if no municipality
// file declared `inflow`; the part from the newcomers is open − closed, in cents.

const NOORD = readFileSync(join(TINY, 'noord.yaml'), 'utf8');
const OOST = readFileSync(join(TINY, 'oost.yaml'), 'utf8');
const STREAM = '{ id: nieuw, work_form: beschut_binnen, people: { 2021: 12, 2022: 6 }, entry_month: 7, age_at_entry: { 30: 0.5, 66: 0.5 }, fte: 0.8, outflow_rate: 0.08 }';
const OTHER = '{ id: lks, work_form: detachering, target_headcount: { 2021: 4, 2025: 10 }, age_at_entry: 35, fte: 1 }';
const withStreams = (yaml: string, ...streams: string[]) => `${yaml}inflow:\n${streams.map((s) => `  - ${s}\n`).join('')}`;

/** The tiny region with streams in Noord's and Oost's files, and the same region without them. */
function tinyPair(): { open: Scenario; plain: Scenario } {
  const dir = tinyCopy({ 'noord.yaml': withStreams(NOORD, STREAM), 'oost.yaml': withStreams(OOST, OTHER) });
  return { open: loadScenario(join(dir, 'regio.yaml')), plain: loadScenario(join(tinyCopy(), 'regio.yaml')) };
}

/** Every result of a projection, as text to the last digit: the figures the reports are made from. */
function figures(p: Projection): string[] {
  return p.region.configurations.flatMap((c) => [REGION, ...p.region.municipalityIds.map(municipalitySubject)].flatMap((s) => {
    const r = resultFor(p, c.id, s);
    return r === undefined ? [] : [`${c.id}/${s.kind === 'region' ? 'region' : s.id}: ${r.net.map((x) => x.toString()).join(' ')} | ${r.npv.toString()} | ${r.deltaNpv.toString()}`];
  }));
}

describe('the closed world', () => {
  const { open, plain } = tinyPair();

  it('is the scenario without inflow: every figure of the files without `inflow:`, to the last digit', () => {
    expect(hasInflow(open)).toBe(true);
    expect(hasInflow(plain)).toBe(false);
    const closed = withoutInflow(open);
    expect(closed.municipalities.every((m) => m.inflow === undefined)).toBe(true);
    expect(figures(project(closed))).toEqual(figures(project(plain)));
    expect(figures(project(open))).not.toEqual(figures(project(plain)));
  });

  it('chosen with --population closed, says so among the run\'s changes, after those there were', () => {
    expect(inWorld(open, 'open')).toBe(open);
    const closed = inWorld(open, 'closed');
    expect(closed.variant?.overrides).toEqual([CLOSED_WORLD_OVERRIDE]);
    const varied = { ...open, variant: { files: ['v.yaml'], description: 'krimp', overrides: ['--set x=1'] } };
    expect(inWorld(varied, 'closed').variant).toEqual({ files: ['v.yaml'], description: 'krimp', overrides: ['--set x=1', CLOSED_WORLD_OVERRIDE] });
  });

  it('made from the open projection (its employees not projected again) has the same figures to the last digit, populations too', () => {
    const openProjection = project(open);
    const fresh = closedWorld(open)!;
    const reused = closedWorld(open, openProjection)!;
    const text = (w: typeof fresh) => [...w.figures].flatMap(([s, byC]) => [...byC].map(([c, f]) => `${s}/${c}: ${f.npv.toString()} ${f.deltaNpv.toString()}`));
    expect(text(reused)).toEqual(text(fresh));
    const plainPopulations = project(plain).populations;
    for (const [m, p] of openProjection.populations) {
      const closedPopulation = withoutStreams(p);
      const expected = plainPopulations.get(m)!;
      for (const key of ['fte', 'se', 'headcount', 'yearEndHeadcount'] as const) {
        expect(closedPopulation[key].map(String), `${m} ${key}`).toEqual(expected[key].map(String));
      }
      expect(closedPopulation.byStream.size).toBe(0);
    }
  });

  it('of a scenario without inflow is that scenario itself: nothing computed twice, nothing labelled', () => {
    expect(inWorld(plain, 'closed')).toBe(plain);
    expect(closedWorld(plain)).toBeUndefined();
  });
});

describe('the part from the newcomers', () => {
  const { open } = tinyPair();
  const openProjection = project(open);
  const closed = closedWorld(open);
  const withoutStreams = project(withoutInflow(open));

  it('is open − closed of the NPV and of the difference with the baseline, exactly, for every configuration and subject', () => {
    expect(closed).toBeDefined();
    for (const subject of [REGION, ...open.region.municipalityIds.map(municipalitySubject)]) {
      const rows = compareWorlds(openProjection, closed!, subject);
      expect(rows.map((r) => r.configuration)).toEqual(open.region.configurations.map((c) => c.id));
      for (const r of rows) {
        const o = resultFor(openProjection, r.configuration, subject)!;
        const x = resultFor(withoutStreams, r.configuration, subject)!;
        expect([r.open.npv.toString(), r.open.deltaNpv.toString()]).toEqual([o.npv.toString(), o.deltaNpv.toString()]);
        expect([r.closed.npv.toString(), r.closed.deltaNpv.toString()]).toEqual([x.npv.toString(), x.deltaNpv.toString()]);
        expect(r.newcomers.npv.toString()).toBe(o.npv.minus(x.npv).toString());
        expect(r.newcomers.deltaNpv.toString()).toBe(o.deltaNpv.minus(x.deltaNpv).toString());
      }
    }
  });

  it('crosses to a batch worker whole: every figure of every subject, as structured cloning hands it over', () => {
    const received = closedWorldFrom(structuredClone(closedWorldData(closed)));
    for (const subject of [REGION, ...open.region.municipalityIds.map(municipalitySubject)]) {
      const text = (rows: ReturnType<typeof compareWorlds>) => rows.map((r) => [r.closed.npv, r.closed.deltaNpv, r.newcomers.npv].map((x) => x.toString()));
      expect(text(compareWorlds(openProjection, received!, subject))).toEqual(text(compareWorlds(openProjection, closed!, subject)));
    }
    expect(closedWorldFrom(closedWorldData(undefined))).toBeUndefined();
  });

  it('adds cost in every configuration of this fixture (wages above what the newcomers bring in); the baseline\'s difference stays 0', () => {
    const region = compareWorlds(openProjection, closed!, REGION);
    expect(region.every((r) => r.newcomers.npv.gt(0))).toBe(true);
    const baseline = region.find((r) => r.configuration === open.region.baseline)!;
    expect([baseline.open.deltaNpv.isZero(), baseline.closed.deltaNpv.isZero(), baseline.newcomers.deltaNpv.isZero()]).toEqual([true, true, true]);
  });
});

describe('the worked example of docs/methodology.md#open-closed', () => {
  it("Noord with the stream of the inflow example: NPV and ΔNPV open, closed and the newcomers' part, to the cent", () => {
    const dir = tinyCopy({ 'noord.yaml': withStreams(NOORD, STREAM) });
    const scenario = loadScenario(join(dir, 'noord.yaml'));
    const rows = compareWorlds(project(scenario), closedWorld(scenario)!, municipalitySubject('noord'));
    const table = rows.map((r) => [r.configuration, ...[r.open, r.closed, r.newcomers].flatMap((f) => [f.npv.toFixed(2), f.deltaNpv.toFixed(2)])]);
    expect(table).toEqual([
      ['gr', '4633533.63', '0.00', '4009559.63', '0.00', '623974.00', '0.00'],
      ['eigen', '4352976.59', '-280557.04', '3959099.30', '-50460.33', '393877.29', '-230096.71'],
      ['samen2', '3400925.79', '-1232607.84', '3131869.90', '-877689.73', '269055.89', '-354918.11'],
    ]);
  });
});
