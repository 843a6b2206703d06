import { parentPort, workerData } from 'node:worker_threads';
import { simulation, type RiskModel } from '../engine/index.js';
import type { Uncertainty } from '../model/uncertainty.js';
import { drawChunks, type SharedDraws } from './shared-draws.js';

/** What a Monte Carlo worker is started with (risk-simulation.ts): the model, and the draws it shares with the other threads. */
export interface SimulationJob {
  readonly model: RiskModel;
  readonly uncertainty: Uncertainty | undefined;
  readonly seed: number;
  readonly shared: SharedDraws;
}

// A Monte Carlo worker thread: draws chunks until none is left, then says so.
const { model, uncertainty, seed, shared } = workerData as SimulationJob;
drawChunks(shared, simulation(model, uncertainty, seed));
parentPort?.postMessage('done');
