import { Worker } from 'node:worker_threads';
import { drawnVariables, resultSize, simulate, summarise } from '../engine/index.js';
import { userError } from '../errors.js';
import type { RiskReport } from '../report/risk/analyses.js';
import type { AnalysisContext } from './risk-analyses.js';
import type { SimulationRange } from './simulation-worker.js';
import { threadCount } from './threads.js';
import { appMessages } from './app-messages.js';

/**
 * Every draw's results are kept for the percentiles: at most this many bytes of them, so
 * that a large region with many draws stops with a clear message, not with a failed
 * allocation (a million draws of 40 municipalities would take 3 GB).
 */
const MAX_RESULT_BYTES = 2 ** 30;

function checkResultMemory(iterations: number, perDraw: number): void {
  const bytes = iterations * perDraw * Float64Array.BYTES_PER_ELEMENT;
  if (bytes <= MAX_RESULT_BYTES) return;
  const most = Math.floor(MAX_RESULT_BYTES / (perDraw * Float64Array.BYTES_PER_ELEMENT));
  throw userError('usage', { file: '--iterations' }, appMessages.memory(iterations, (bytes / 2 ** 30).toFixed(1)), appMessages.memoryHint(most));
}

/** Below this many iterations a worker thread costs more than it saves. */
const ITERATIONS_PER_WORKER = 2000;

/**
 * `risk`: the Monte Carlo, `iterations` draws over this thread and worker threads (as many
 * as `jobs` asks, at most the cores: threads.ts), each taking one contiguous range; every
 * iteration has its own generator, so the results do not depend on how they are split.
 */
export async function riskReport(ctx: AnalysisContext, options: { iterations: number; seed: number; jobs: number | undefined }): Promise<RiskReport> {
  const { model, uncertainty } = ctx;
  const { iterations, seed } = options;
  checkResultMemory(iterations, resultSize(model));
  const lanes = Math.max(1, Math.min(threadCount(options.jobs), Math.floor(iterations / ITERATIONS_PER_WORKER)));
  // lane k draws from bound(k) up to bound(k + 1); lane 0 in this thread, the others in workers started first
  const bound = (k: number) => Math.round((k * iterations) / lanes);
  const workers = Array.from({ length: lanes - 1 }, (_, i) => simulateInWorker({ model, uncertainty, seed, from: bound(i + 1), to: bound(i + 2) }));
  const first = simulate(model, uncertainty, seed, 0, bound(1));
  const chunks = [first, ...(await Promise.all(workers))];
  const results = new Float64Array(iterations * resultSize(model));
  let offset = 0;
  for (const chunk of chunks) {
    results.set(chunk, offset);
    offset += chunk.length;
  }
  return { iterations, seed, figures: summarise(model, results, iterations, ctx.subject), variables: drawnVariables(uncertainty).variables };
}

/**
 * Draws one range in a worker thread. The worker's file is found next to this one: in the
 * build, dist/app/simulation-worker.js (a worker runs compiled JavaScript only).
 */
function simulateInWorker(range: SimulationRange): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./simulation-worker.js', import.meta.url), { workerData: range });
    worker.once('message', (results: Float64Array) => resolve(results));
    worker.once('error', reject);
  });
}
