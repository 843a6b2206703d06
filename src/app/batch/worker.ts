import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { project } from '../../engine/index.js';
import { InternalError } from '../../errors.js';
import { useLanguage } from '../../language.js';
import { loadScenario, snapshotSource } from '../../load/index.js';
import { OutputFiles } from '../../report/output-files.js';
import { awaitJobs, claimJob } from './job-board.js';
import { closedWorldFrom, describeFailure, type ClosedWorldData, type WorkerData, type WorkerMessage } from './messages.js';
import { nextTurn } from './next-turn.js';
import { writeReports } from './reports.js';

// A batch worker thread, started while the main thread still projects the region: loads the
// region from the texts the main thread read (never from the disk: a file edited meanwhile
// must not give reports of another version) and projects it once (the main thread checks the
// inputs), then waits for the main thread to open the jobs, and writes the reports of each job
// it claims until none is left.

const data = workerData as WorkerData;
const port = parentPort;
if (port === null) throw new InternalError('batch worker started outside a worker thread');
useLanguage(data.settings.language); // a thread starts with the default: its warnings must be in the parent's language
const scenario = loadScenario(data.file, { ...data.choice, source: snapshotSource(data.texts) });
const projection = project(scenario);
const outputs = OutputFiles.plannedElsewhere(data.planned);
const post = (message: WorkerMessage) => port.postMessage(message);
if (awaitJobs(data.board)) {
  // the main thread left the closed world on the port before it opened the jobs: computed once, there
  const received = receiveMessageOnPort(data.closedPort)?.message as { closed: ClosedWorldData | undefined } | undefined;
  if (received === undefined) throw new InternalError('the jobs were opened before the closed world was sent');
  const closed = closedWorldFrom(received.closed);
  for (let index = claimJob(data.board); index !== undefined; index = claimJob(data.board)) {
    const target = data.targets[index];
    if (target === undefined) throw new InternalError(`no job ${index}`);
    try {
      post({ type: 'done', index, files: await writeReports(data.regionStem, { open: projection, closed }, target, data.settings, outputs) });
    } catch (error) {
      post({ type: 'failed', index, failure: describeFailure(error) });
    }
    await nextTurn();
  }
}
data.closedPort.close();
