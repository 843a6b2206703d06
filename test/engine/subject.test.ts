import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  REGION, buildRiskModel, municipalitySubject, project, resultFor, scenarioSubject, subjectKey, subjectName,
} from '../../src/engine/index.js';
import { subjectPositions } from '../../src/engine/risk/positions.js';
import { InternalError } from '../../src/errors.js';
import { ZERO, sum } from '../../src/model/decimal.js';
import { loadScenario } from '../../src/load/index.js';
import { TINY } from '../support/testdir.js';

const region = loadScenario(join(TINY, 'regio.yaml'));
const projection = project(region);
const NOORD = municipalitySubject('noord');

describe('a projection\'s result for a configuration and a subject', () => {
  it('for a municipality: its own result under that configuration', () => {
    const r = resultFor(projection, 'samen2', NOORD);
    expect(r?.municipality).toBe('noord');
    expect(r?.configuration).toBe('samen2');
    // another municipality, another configuration: other figures
    expect(resultFor(projection, 'samen2', municipalitySubject('zuid'))?.npv.eq(r?.npv ?? 0)).toBe(false);
    expect(resultFor(projection, 'gr', NOORD)?.configuration).toBe('gr');
  });

  it('for the region: the sums over its municipalities, not any one of them', () => {
    for (const c of projection.region.configurations) {
      const r = resultFor(projection, c.id, REGION);
      const members = projection.region.municipalityIds.map((m) => resultFor(projection, c.id, municipalitySubject(m)));
      expect(r?.configuration).toBe(c.id);
      expect(r !== undefined && 'municipality' in r).toBe(false);
      expect(members.every((x) => x !== undefined)).toBe(true);
      projection.years.forEach((_, t) => expect(r?.net[t]?.eq(sum(members.map((x) => x?.net[t] ?? ZERO)))).toBe(true));
      expect(r?.npv.eq(resultFor(projection, c.id, NOORD)?.npv ?? 0)).toBe(false);
    }
  });

  it('is undefined for a configuration the projection does not have, and for a municipality it does not know', () => {
    expect(resultFor(projection, 'no-such-configuration', NOORD)).toBeUndefined();
    expect(resultFor(projection, 'no-such-configuration', REGION)).toBeUndefined();
    expect(resultFor(projection, 'gr', municipalitySubject('no-such-municipality'))).toBeUndefined();
  });
});

describe('subjects', () => {
  it('a scenario is about the municipality its file names, a region file about the region', () => {
    expect(scenarioSubject(region)).toEqual(REGION);
    expect(scenarioSubject(loadScenario(join(TINY, 'noord.yaml')))).toEqual(NOORD);
  });

  it('keys and names: `region` and the region\'s name, or the municipality\'s id and name', () => {
    expect([subjectKey(REGION), subjectKey(NOORD)]).toEqual(['region', 'noord']);
    expect([subjectName(region, REGION), subjectName(region, NOORD)]).toEqual(['Kleine regio', 'Noord']);
    expect(subjectName(region, municipalitySubject('elders'))).toBe('elders');
  });

  it('in the risk model: every municipality\'s position for the region, one for a municipality; an unknown one is a bug', () => {
    const model = buildRiskModel(projection);
    expect(subjectPositions(model, REGION)).toEqual(model.targets.map((_, i) => i));
    expect(subjectPositions(model, NOORD).map((i) => model.targets[i]?.id)).toEqual(['noord']);
    expect(() => subjectPositions(model, municipalitySubject('elders'))).toThrow(InternalError);
  });
});
