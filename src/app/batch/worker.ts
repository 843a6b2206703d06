import { parentPort, workerData } from 'node:worker_threads';
import { project } from '../../engine/index.js';
import { InternalError } from '../../errors.js';
import { useLanguage } from '../../language.js';
import { loadScenario, snapshotSource } from '../../load/index.js';
import { OutputFiles } from '../../report/output-files.js';
import { closedWorldFrom, describeFailure, type JobMessage, type WorkerData, type WorkerMessage } from './messages.js';
import { writeReports } from './reports.js';

// A batch worker thread: loads the region from the texts the main thread read (never from the
// disk: a file edited meanwhile must not give reports of another version) and projects it once
// (the main thread has already checked the inputs), then writes the reports of each job it is sent.

const data = workerData as WorkerData;
const port = parentPort;
if (port === null) throw new InternalError('batch worker started outside a worker thread');
useLanguage(data.settings.language); // a thread starts with the default: its warnings must be in the parent's language
const scenario = loadScenario(data.file, { ...data.choice, source: snapshotSource(data.texts) });
const projection = project(scenario);
const closed = closedWorldFrom(data.closed); // computed once, by the main thread
const outputs = OutputFiles.plannedElsewhere(data.planned);
const post = (message: WorkerMessage) => port.postMessage(message);
port.on('message', (message: JobMessage) => {
  if (message.type === 'stop') {
    port.close();
    return;
  }
  writeReports(data.regionStem, { open: projection, closed }, message.target, data.settings, outputs).then(
    (files) => post({ type: 'done', target: message.target, files }),
    (error: unknown) => post({ type: 'failed', target: message.target, failure: describeFailure(error) }),
  );
});
post({ type: 'ready' });
