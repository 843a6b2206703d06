import { UserError, formatSourceRef, type UserErrorKind } from '../../errors.js';
import type { InputText } from '../../load/index.js';
import type { BatchReportSettings } from './reports.js';
import type { ScenarioChoice } from '../run-scenario.js';
import type { ClosedWorld, Subject } from '../../engine/index.js';
import { Dec } from '../../model/decimal.js';
import { appMessages } from '../app-messages.js';
import type { JobBoard } from './job-board.js';
import type { MessagePort } from 'node:worker_threads';

/** What a worker is started with. */
export interface WorkerData {
  readonly file: string;
  readonly choice: ScenarioChoice;
  /** The input files as the main thread read them: a worker loads from these, never from the disk. */
  readonly texts: readonly InputText[];
  readonly settings: BatchReportSettings;
  /** Every report file of the batch, declared and checked against the inputs by the main thread. */
  readonly planned: readonly string[];
  /** What the region's reports are named after (reports.ts). */
  readonly regionStem: string;
  /** The jobs of the batch, by their index on the board. */
  readonly targets: readonly Subject[];
  /** Where the worker claims its jobs, once the main thread opens them. */
  readonly board: JobBoard;
  /**
   * Where the main thread leaves the closed world it computed (a {@link ClosedWorldData},
   * possibly undefined) before it opens the jobs: a worker need not compute it again.
   */
  readonly closedPort: MessagePort;
}

/** A closed world (engine/worlds.ts) as a worker receives it: a decimal loses its class on the way, its text does not. */
export type ClosedWorldData = readonly (readonly [subject: string, figures: readonly (readonly [configuration: string, npv: string, deltaNpv: string])[]])[];

/** A closed world as data for a worker. */
export function closedWorldData(world: ClosedWorld | undefined): ClosedWorldData | undefined {
  if (world === undefined) return undefined;
  return [...world.figures].map(([subject, byConfiguration]) => [subject, [...byConfiguration].map(([c, f]) => [c, f.npv.toString(), f.deltaNpv.toString()] as const)] as const);
}

/** The closed world a worker was given. */
export function closedWorldFrom(data: ClosedWorldData | undefined): ClosedWorld | undefined {
  if (data === undefined) return undefined;
  return { figures: new Map(data.map(([subject, figures]) => [subject, new Map(figures.map(([c, npv, deltaNpv]) => [c, { npv: new Dec(npv), deltaNpv: new Dec(deltaNpv) }]))])) };
}

/** Why a job failed: one line, the next step if there is one, and whether it was the user's problem (which kind) or a bug. */
export interface Failure {
  readonly message: string;
  readonly hint?: string;
  readonly kind: UserErrorKind | 'internal';
}

/** What a worker tells the main thread: a job's outcome, by its index on the board (it exits when none is left to claim). */
export type WorkerMessage =
  | { readonly type: 'done'; readonly index: number; readonly files: readonly string[] }
  | { readonly type: 'failed'; readonly index: number; readonly failure: Failure };

/** Why a job failed: the user's problem in their words, a bug as an internal error. */
export function describeFailure(error: unknown): Failure {
  if (error instanceof UserError) {
    // a message that names its file already (cannot write reports/x.xlsx: …) needs no place before it
    const message = error.issues.map((i) => (i.message.includes(i.at.file) ? i.message : `${formatSourceRef(i.at)}: ${i.message}`)).join('; ');
    const hint = error.issues[0]?.hint;
    return { kind: error.kind, message, ...(hint === undefined ? {} : { hint }) };
  }
  return { kind: 'internal', message: appMessages.internalInJob(error instanceof Error ? error.message : String(error)) };
}

/** The failures that decide a batch's exit code, worst first: a bug, then a file that could not be written, then the rest. */
export const FAILURE_SEVERITY: readonly Failure['kind'][] = ['internal', 'io', 'input', 'usage'];
