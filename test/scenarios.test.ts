import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../src/engine/index.js';
import { loadScenario } from '../src/load/index.js';
import { ROOT } from './support/cli.js';

const scenario = loadScenario(join(ROOT, 'scenarios/regio-soweco.yaml'));

describe('the shipped Soweco scenarios', () => {
  it('hold the six municipalities of the GR, with their CBS codes', () => {
    expect(scenario.municipalities.map((m) => `${m.id} ${m.cbsCode ?? ''}`)).toEqual([
      'almelo GM0141', 'hellendoorn GM0163', 'rijssen-holten GM1742', 'tubbergen GM0183', 'twenterand GM1700', 'wierden GM0189',
    ]);
  });

  it('have the five configurations of the mission, with gr as the baseline', () => {
    expect(scenario.region.configurations.map((c) => c.id)).toEqual(['gr', 'mo', 'eigen', 'samen4', 'gerealiseerd']);
    expect(scenario.region.baseline).toBe('gr');
  });

  it('samen4 puts Almelo, Wierden, Twenterand and Tubbergen together and the other two alone', () => {
    const samen4 = scenario.region.configurations.find((c) => c.id === 'samen4');
    expect(samen4?.organisations.map((o) => o.members.join('+'))).toEqual(['almelo+tubbergen+twenterand+wierden', 'hellendoorn', 'rijssen-holten']);
  });

  it('give every parameter and index a description, a unit (parameters) and a source', () => {
    const parameters = [...scenario.region.parameters.values(), ...scenario.municipalities.flatMap((m) => [...m.parameters.values()])];
    const missing = parameters.filter((p) => !p.description || !p.unit || !p.source).map((p) => `${p.at.file}: ${p.name}`);
    const indices = [...scenario.region.indices.values()].filter((i) => !i.description || !i.source).map((i) => i.id);
    expect([...missing, ...indices]).toEqual([]);
  });

  it('ship almelo-krimp.yaml, a variant of Almelo that changes only the three volume elasticities, and says it is an estimate and why', () => {
    const krimp = loadScenario(join(ROOT, 'scenarios/almelo-krimp.yaml'));
    const almelo = loadScenario(join(ROOT, 'scenarios/almelo.yaml'));
    expect(krimp.focus).toBe('almelo');
    expect(krimp.variant?.description).toMatch(/^Krimp .*Schatting: .*domain-figures §4\.3.*omdat /s);
    const changed = [...krimp.region.parameters.keys()].filter((name) => !krimp.region.parameters.get(name)?.values.get(2021)?.eq(almelo.region.parameters.get(name)?.values.get(2021) ?? -1));
    expect(changed).toEqual(['elasticiteit_overhead_gr', 'elasticiteit_overhead_nieuw', 'elasticiteit_regie']);
  });

  it('project without errors, and the baseline costs the region money every year', () => {
    const regional = project(scenario).regional.get('gr');
    expect(regional?.net.every((x) => x.gt(0))).toBe(true);
  });
});
