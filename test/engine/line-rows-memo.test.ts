import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { createLineRowsMemo, memberRowsKeys, type MemberFigures } from '../../src/engine/line-rows-memo.js';
import type { LineResult } from '../../src/engine/line-result.js';
import { computeOrganisationLines } from '../../src/engine/organisation-lines.js';
import { createParameterBook } from '../../src/engine/parameter-book.js';
import { projectPopulation } from '../../src/engine/population.js';
import { lineKind } from '../../src/model/line-kinds/index.js';
import type { Line } from '../../src/model/line.js';
import type { Scenario } from '../../src/model/scenario.js';
import { configuration, d, line, model } from '../support/model-builders.js';
import { generatedRegion } from '../properties/generated-region.js';

// A projection computes a municipality's line once where another model, or another line of
// its model, has the same line (src/engine/line-rows-memo.ts): every figure must be exactly,
// signed zeros included, what the line computed without the memo gives.

const runs = { numRuns: Number(process.env.PROPERTY_RUNS ?? 15) };

/** The generated model's lines under other ids, and lines that differ from its `loon` in their years, their rate, their driver. */
function twinLines(lines: readonly Line[]): Line[] {
  const renamed = lines.map((l): Line => ({ ...l, id: `${l.id}_twin`, label: `twin ${l.label}`, of: l.of.map((o) => `${o}_twin`) }));
  return [
    ...renamed,
    line('loon_later', { driver: 'fte', amount: 'loon', years: { from: 2022 } }),
    line('loon_number', { driver: 'fte', amount: 25000 }),
    line('loon_se', { driver: 'se', amount: 'loon' }),
    line('loon_binnen', { driver: 'fte', amount: 'loon', workForms: ['binnen'] }),
  ];
}

/** The scenario with a model `twin` of {@link twinLines}, each member alone under it, and all together. */
function withTwin(s: Scenario): Scenario {
  const gr = s.region.models.get('gr');
  if (gr === undefined) throw new Error('the generated region has a model gr');
  const ids = s.region.municipalityIds;
  const twin = model('twin', twinLines(gr.lines));
  const configurations = [
    ...s.region.configurations,
    configuration('twin_each', ids.map((m) => ({ model: 'twin', members: [m] }))),
    configuration('twin_all', [{ model: 'twin', members: [...ids] }]),
  ];
  return { ...s, region: { ...s.region, models: new Map([...s.region.models, ['twin', twin]]), configurations } };
}

/** Every figure of every row of the lines of each member, as text with its sign (valueOf: -0 stays -0). */
function lineFigures(byMember: ReadonlyMap<string, readonly LineResult[]>): string {
  const text = (v: readonly { valueOf(): string }[] | undefined) => v?.map((x) => x.valueOf()).join(' ');
  return JSON.stringify([...byMember].map(([m, lines]) => [m, lines.map((l) => [l.line.id, text(l.amounts), [...l.rows].map(([name, v]) => `${name}: ${text(v)}`)])]));
}

/** Each organisation of each configuration in order, its lines computed with one memo for all of them and without a memo. */
function withAndWithoutMemo(s: Scenario): { memo: string; plain: string }[] {
  const { region, municipalities } = s;
  const years = region.horizon.end - region.horizon.start + 1;
  const volumes = new Map(municipalities.map((m) => [m.id, projectPopulation(m.employees, region)]));
  const basisOf = (members: readonly string[]) => ({ members, volumes, inhabitants: new Map(municipalities.map((m) => [m.id, m.inhabitants])), years });
  const book = createParameterBook(region, municipalities);
  const memo = createLineRowsMemo();
  return region.configurations.flatMap((c) => c.organisations.map((organisation) => {
    const model = region.models.get(organisation.model);
    if (model === undefined) throw new Error(`no model ${organisation.model}`);
    const inputs = { region, organisation, model, basis: basisOf(organisation.members), book };
    return { memo: lineFigures(computeOrganisationLines({ ...inputs, memo })), plain: lineFigures(computeOrganisationLines(inputs)) };
  }));
}

describe('lines that models share', () => {
  it('have in every organisation exactly the figures they have computed without the memo', () => {
    fc.assert(
      fc.property(generatedRegion(), (generated) => {
        for (const { memo, plain } of withAndWithoutMemo(withTwin(generated))) expect(memo).toBe(plain);
      }),
      runs,
    );
  });

  it('are computed once: the twin of a line holds the very rows of the line', () => {
    fc.assert(
      fc.property(generatedRegion(), (generated) => {
        const p = project(withTwin(generated));
        for (const m of generated.region.municipalityIds) {
          const amounts = (configuration: string, id: string) => p.results.get(configuration)?.get(m)?.lines.find((l) => l.line.id === id)?.amounts;
          expect(amounts('twin_each', 'loon_twin')).toBe(amounts('eigen', 'loon'));
          expect(amounts('twin_all', 'bijdrage_twin')).toBe(amounts('eigen', 'bijdrage'));
          expect(amounts('twin_each', 'loon_later')).not.toBe(amounts('eigen', 'loon'));
        }
      }),
      { numRuns: 5 },
    );
  });
});

describe('memberRowsKeys', () => {
  const volume = [d(1)];
  const figures: MemberFigures = { member: 'm0', volume: () => volume, inhabitants: d(1000), memberCount: 2 };
  const shape = { members: ['m0', 'm1'], workForms: ['binnen', 'detachering'] };
  const keyOf = (l: Line, f: MemberFigures = figures, memo = createLineRowsMemo()) => memberRowsKeys(memo, l, lineKind(l.driver).formula(l, shape))?.(f);
  const loon = line('loon', { driver: 'fte', amount: 'loon' });

  it('is the same for a line under another id, label and kind, and differs with what its figures are computed from', () => {
    const memo = createLineRowsMemo();
    const key = keyOf(loon, figures, memo);
    expect(key).toBeDefined();
    expect(keyOf({ ...loon, id: 'other', label: 'other', kind: 'revenue' }, figures, memo)).toBe(key);
    const others = [
      keyOf({ ...loon, amount: { kind: 'parameter', name: 'loon2' } }, figures, memo),
      keyOf({ ...loon, amount: { kind: 'number', value: d(3) } }, figures, memo),
      keyOf({ ...loon, years: { to: 2025 } }, figures, memo),
      keyOf({ ...loon, workForms: ['binnen'] }, figures, memo),
      keyOf({ ...loon, driver: 'se' }, figures, memo),
      keyOf(loon, { ...figures, member: 'm1' }, memo),
      keyOf(loon, { ...figures, volume: () => [d(1)] }, memo),
      keyOf(line('inw', { driver: 'per_inhabitant', amount: 'loon' }), figures, memo),
      keyOf(line('inw', { driver: 'per_inhabitant', amount: 'loon' }), { ...figures, inhabitants: d(1001) }, memo),
      keyOf(line('eenmalig', { driver: 'one_off', amount: { kind: 'by_year', byYear: new Map([[2021, d(5)]]) } }), figures, memo),
      keyOf(line('eenmalig', { driver: 'one_off', amount: { kind: 'by_year', byYear: new Map([[2022, d(5)]]) } }), figures, memo),
    ];
    expect(new Set([key, ...others]).size).toBe(others.length + 1);
  });

  it('is none for a line whose figures may depend on its organisation', () => {
    expect(keyOf(line('opslag', { driver: 'percent_of', amount: 'opslag', of: ['loon'] }))).toBeUndefined();
    expect(keyOf(line('overhead', { driver: 'fixed', level: 'organisation', amount: 'overhead' }))).toBeUndefined();
  });
});
