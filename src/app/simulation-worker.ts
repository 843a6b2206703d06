import { parentPort, workerData } from 'node:worker_threads';
import { simulate, type RiskModel } from '../engine/index.js';
import type { Uncertainty } from '../model/uncertainty.js';

/** What a Monte Carlo worker is started with (risk-simulation.ts): the model and the iterations `from` to `to` (exclusive) to draw. */
export interface SimulationRange {
  readonly model: RiskModel;
  readonly uncertainty: Uncertainty | undefined;
  readonly seed: number;
  readonly from: number;
  readonly to: number;
}

// A Monte Carlo worker thread: draws its range and sends the results back.
const { model, uncertainty, seed, from, to } = workerData as SimulationRange;
const results = simulate(model, uncertainty, seed, from, to);
parentPort?.postMessage(results, [results.buffer as ArrayBuffer]);
