import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { estimateSummary, type EstimateSummary } from '../../src/report/estimates.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// estimateSummary keeps each line's present value per projection (a batch asks for every
// municipality's lines again in the region's workbook): what it says must not depend on
// what was asked before.

/** The tiny region with every parameter an estimate, so that each one is weighed. */
const file = join(tinyCopy({ 'regio.yaml': readFileSync(join(TINY, 'regio.yaml'), 'utf8').replace(/values: \{ 2021: (\d+) \}/g, 'values: { 2021: $1 }, source: "Schatting"') }), 'regio.yaml');
const said = (s: EstimateSummary) => ({ ...s, weightiest: s.weightiest.map((e) => `${e.figure}: ${e.weight.toString()}`) });

describe('the estimates of a report, asked again', () => {
  it('are the same for the region after every municipality was asked, as on a projection asked nothing before', () => {
    const reused = project(loadScenario(file));
    const municipalities = reused.region.municipalityIds;
    const each = municipalities.map((m) => said(estimateSummary(reused, [m])));
    const fresh = () => project(loadScenario(file));
    expect(said(estimateSummary(reused, municipalities))).toEqual(said(estimateSummary(fresh(), municipalities)));
    const once = fresh();
    expect(each).toEqual(municipalities.map((m) => said(estimateSummary(once, [m]))));
    expect(each.every((s) => s.weightiest.length > 0)).toBe(true);
  });
});
