import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REGION, municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilSummary } from '../../src/report/council-summary.js';
import { TINY } from '../support/testdir.js';

// The council summary states who pays for whom (docs/methodology.md#settlement).

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));

describe('the council summary of a settled organisation', () => {
  const projection = project(loadScenario(join(SETTLED, 'regio.yaml')));

  it('states a municipality\'s verevening over the horizon, with its own and settled net cost', () => {
    const text = councilSummary(projection, municipalitySubject('oost'), 'nl', 'test');
    const gr = projection.results.get('gr')?.get('oost');
    const verevening = gr?.verevening.reduce((a, b) => a.plus(b));
    expect(verevening?.gt(0)).toBe(true);
    expect(text).toContain('## Verevening tussen de deelnemers');
    expect(text).toMatch(/- Huidige GR: Oost betaalt €\s[\d.,]+(\smln)? voor de andere deelnemers \(eigen kosten €\s[\d.,]+(\smln)?, na verevening €\s[\d.,]+(\smln)?\)\./);
    expect(text).toMatch(/- Noord en Oost samen: de andere deelnemers betalen €\s[\d.,]+(\smln)? voor Oost/);
    // rounded to € 1.000 below a million, as every amount in the summary's text
    expect(text).toContain(`€\u00a0${(Math.round((verevening?.toNumber() ?? NaN) / 1000) * 1000).toLocaleString('nl-NL')}`);
  });

  it('lists every member\'s verevening for the region, in English too', () => {
    const text = councilSummary(projection, REGION, 'en', 'test');
    expect(text).toContain('## Settlement between the members');
    expect(text).toMatch(/- Huidige GR: Noord receives €[\d,.]+(\smillion)?; Oost pays €[\d,.]+(\smillion)?; Zuid pays €[\d,.]+(\smillion)?\./);
  });

  it('has no such section without settlement', () => {
    const text = councilSummary(project(loadScenario(join(TINY, 'regio.yaml'))), REGION, 'nl', 'test');
    expect(text).not.toContain('Verevening');
  });
});
