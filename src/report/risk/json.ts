import type { Projection, Subject } from '../../engine/index.js';
import { targetName } from '../../model/uncertainty.js';
import { municipalityField } from '../json.js';
import { roundCents } from '../number-format.js';
import type { Analyses } from './analyses.js';


/** The analyses as one JSON document: money rounded to cents, chances as fractions. */
export function riskJson(projection: Projection, subject: Subject, analyses: Analyses): object {
  const ids = projection.region.configurations.map((c) => c.id);
  return {
    municipality: municipalityField(subject),
    region: projection.region.id,
    baseline: projection.region.baseline,
    ...(analyses.sensitivity === undefined ? {} : {
      sensitivity: analyses.sensitivity.tornadoes.map((t) => ({
        configuration: t.configuration,
        base: roundCents(t.base),
        variables: t.bars.map((b) => ({ kind: b.variable.target.kind, name: targetName(b.variable.target), low: b.variable.low, high: b.variable.high, range: b.variable.range, at_low: roundCents(b.atLow), at_high: roundCents(b.atHigh), swing: roundCents(b.swing) })),
      })),
    }),
    ...(analyses.risk === undefined ? {} : {
      risk: {
        iterations: analyses.risk.iterations,
        seed: analyses.risk.seed,
        configurations: Object.fromEntries(analyses.risk.figures.map((f, i) => [ids[i] ?? '', {
          npv: rounded(f.npv),
          delta_npv: rounded(f.deltaNpv),
          delta_cumulative: rounded(f.deltaCumulative),
          probability_cheaper: f.probabilityCheaper,
        }])),
      },
    }),
    ...(analyses.solves === undefined ? {} : {
      solve: analyses.solves.map((s) => ({
        parameter: s.parameter,
        configuration: s.configuration,
        measure: s.measure,
        found: s.result.found,
        ...(s.result.found ? { factor: s.result.factor, value: s.value ?? null, verified_difference: s.verified === undefined ? null : roundCents(s.verified) } : { reason: s.result.reason }),
      })),
    }),
  };
}

function rounded(p: { p5: number; p50: number; p80: number; p90: number; p95: number; mean: number }): object {
  return { p5: roundCents(p.p5), p50: roundCents(p.p50), p80: roundCents(p.p80), p90: roundCents(p.p90), p95: roundCents(p.p95), mean: roundCents(p.mean) };
}
