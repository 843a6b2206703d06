import { terminalMessages } from './cli-messages.js';
import type { Io } from './terminal.js';

/** Reports how far a batch is: a redrawn bar on a terminal, one plain line per job otherwise (logs, CI). */
export interface Progress {
  step(label: string, ok: boolean): void;
  finish(): void;
}

const BAR_WIDTH = 28;

export function createProgress(total: number, io: Io): Progress {
  let done = 0;
  const stream = io.stderr;
  const isTerminal = stream.isTTY === true && (io.env.TERM ?? '') !== 'dumb';
  return {
    step(label, ok) {
      done++;
      if (!isTerminal) {
        stream.write(`[${done}/${total}] ${ok ? '' : `${terminalMessages.failed} `}${label}\n`);
        return;
      }
      const filled = Math.round((done / total) * BAR_WIDTH);
      const bar = `${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}`;
      stream.write(`\r\u001b[2K${bar} ${done}/${total} ${label.slice(0, 40)}`);
    },
    finish() {
      if (isTerminal) stream.write('\r\u001b[2K');
    },
  };
}
