import { parentPort, workerData } from 'node:worker_threads';
import { simulate, type RiskModel } from '../../engine/index.js';
import type { Uncertainty } from '../../model/uncertainty.js';

// A Monte Carlo worker thread: draws iterations `from` to `to` and sends the results back.
const { model, uncertainty, seed, from, to } = workerData as { model: RiskModel; uncertainty: Uncertainty | undefined; seed: number; from: number; to: number };
const results = simulate(model, uncertainty, seed, from, to);
parentPort?.postMessage(results, [results.buffer as ArrayBuffer]);
