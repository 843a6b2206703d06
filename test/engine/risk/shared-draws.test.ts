import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawChunks, sharedDraws } from '../../../src/app/shared-draws.js';
import { buildRiskModel, project, resultSize, simulate, simulation } from '../../../src/engine/index.js';
import { loadScenario } from '../../../src/load/index.js';
import type { Uncertainty } from '../../../src/model/uncertainty.js';
import { TINY } from '../../support/testdir.js';

// The threads of `risk` take chunks of iterations in turn and write into one shared buffer
// (app/shared-draws.ts): whatever the chunks and whoever takes them, every draw's results
// are those of the same iterations drawn in one go.

const model = buildRiskModel(project(loadScenario(join(TINY, 'regio.yaml'))));
const at = { file: 'test' };
const uncertainty: Uncertainty = {
  variables: [
    { target: { kind: 'parameter', name: 'overhead_gr' }, distribution: { kind: 'triangular', low: -0.1, mode: 0, high: 0.3 }, at },
    { target: { kind: 'index', id: 'loon' }, distribution: { kind: 'normal', mean: 0, sd: 0.01, low: -0.02, high: 0.02 }, at },
  ],
  correlations: [{ a: 0, b: 1, rho: 0.5 }],
};
const ITERATIONS = 103;

describe('draws shared in chunks', () => {
  it('give every iteration the results it has when all are drawn in one go, for any chunk size', () => {
    const whole = simulate(model, uncertainty, 9, 0, ITERATIONS);
    for (const chunk of [1, 7, 50, ITERATIONS, 1000]) {
      const shared = sharedDraws(ITERATIONS, resultSize(model), chunk);
      drawChunks(shared, simulation(model, uncertainty, 9));
      expect(Array.from(shared.results)).toEqual(Array.from(whole));
    }
  });

  it('taken by two takers in turn, chunk by chunk, the buffer is the same', () => {
    const shared = sharedDraws(ITERATIONS, resultSize(model), 10);
    const draw = simulation(model, uncertainty, 9);
    // the first taker draws one chunk and hands over to the second, which draws the rest
    let first = true;
    drawChunks(shared, (from, to, out, offset) => {
      draw(from, to, out, offset);
      if (first) {
        first = false;
        drawChunks(shared, draw);
      }
    });
    expect(Array.from(shared.results)).toEqual(Array.from(simulate(model, uncertainty, 9, 0, ITERATIONS)));
    expect(Array.from(shared.results)).not.toEqual(Array.from(simulate(model, uncertainty, 10, 0, ITERATIONS)));
  });
});
