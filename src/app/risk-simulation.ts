import { Worker } from 'node:worker_threads';
import { drawnVariables, resultSize, simulation, summarise } from '../engine/index.js';
import { userError } from '../errors.js';
import type { RiskReport } from '../report/risk/analyses.js';
import type { AnalysisContext } from './risk-analyses.js';
import { drawChunks, sharedDraws } from './shared-draws.js';
import type { SimulationJob } from './simulation-worker.js';
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

/** Iterations a thread takes at a time: few enough that the threads finish together, enough that taking them costs nothing. */
const CHUNK = 500;

/**
 * `risk`: the Monte Carlo, `iterations` draws over this thread and worker threads (as many
 * as `jobs` asks, at most the cores: threads.ts), which take chunks of iterations in turn and
 * write their results into one shared buffer (shared-draws.ts); every iteration has its own
 * generator and place, so the results do not depend on how they are split.
 */
export async function riskReport(ctx: AnalysisContext, options: { iterations: number; seed: number; jobs: number | undefined }): Promise<RiskReport> {
  const { model, uncertainty } = ctx;
  const { iterations, seed } = options;
  checkResultMemory(iterations, resultSize(model));
  const lanes = Math.max(1, Math.min(threadCount(options.jobs), Math.floor(iterations / ITERATIONS_PER_WORKER)));
  const shared = sharedDraws(iterations, resultSize(model), CHUNK);
  // the workers are started first, then this thread draws too
  const workers = Array.from({ length: lanes - 1 }, () => simulateInWorker({ model, uncertainty, seed, shared }));
  drawChunks(shared, simulation(model, uncertainty, seed));
  await Promise.all(workers);
  return { iterations, seed, figures: summarise(model, shared.results, iterations, ctx.subject), variables: drawnVariables(uncertainty).variables };
}

/**
 * Draws in a worker thread until no chunk is left. The worker's file is found next to this
 * one: in the build, dist/bundle/simulation-worker.js next to the chunk that holds this code
 * (a worker runs compiled JavaScript only; src/build/bundle.ts keeps every chunk in one folder).
 */
function simulateInWorker(job: SimulationJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./simulation-worker.js', import.meta.url), { workerData: job });
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}
