import { spawn, type ChildProcess } from 'node:child_process';
import { BIN, ENGLISH, NO_LOCALE } from './cli.js';

export const KEY = { enter: '\r', down: '\u001b[B', up: '\u001b[A', clearLine: '\u0015', ctrlC: '\u0003' } as const;

/** The text without colours and cursor movements. */
function plain(text: string): string {
  // eslint-disable-next-line no-control-regex -- terminal escape sequences are what is removed here
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\u001b[()][A-Z0-9]/g, '');
}

/**
 * The real `soweco-bc` in a pseudo-terminal (util-linux `script`), driven like a person
 * would: wait until a question shows, then type. Prompts refuse to start without a terminal,
 * so this is how their dialogue is tested end to end.
 */
export class Terminal {
  private output = '';
  private seen = 0;
  private readonly exited: Promise<number>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on('data', (data: Buffer) => (this.output += plain(data.toString('utf8'))));
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
  }

  static start(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Terminal {
    const quote = (s: string) => `'${s.replace(/'/g, "'\\''")}'`;
    const command = [process.execPath, BIN, ...args].map(quote).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd,
      env: { ...process.env, ...NO_LOCALE, TERM: 'xterm-256color', COLUMNS: '160', LINES: '50', NO_COLOR: '1', CI: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    return new Terminal(child);
  }

  /** {@link start} in an English locale: for tests of the English texts (the default language is Dutch). */
  static startEnglish(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): Terminal {
    return Terminal.start(args, cwd, { ...ENGLISH, ...env });
  }

  /** Waits until `pattern` appears after what earlier waits matched; returns the text up to it. */
  async waitFor(pattern: string | RegExp, timeout = 120_000): Promise<string> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const rest = this.output.slice(this.seen);
      const match = typeof pattern === 'string' ? { index: rest.indexOf(pattern), length: pattern.length } : ((m) => (m === null ? { index: -1, length: 0 } : { index: m.index, length: m[0].length }))(pattern.exec(rest));
      if (match.index >= 0) {
        this.seen += match.index + match.length;
        return rest.slice(0, match.index + match.length);
      }
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(pattern)}; the screen showed:\n${this.output.slice(-2000)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  type(keys: string): void {
    this.child.stdin?.write(keys);
  }

  /** Answers the question that is shown: waits for it, then types the answer and Enter. */
  async answer(question: string | RegExp, keys: string): Promise<void> {
    await this.waitFor(question);
    await new Promise((resolve) => setTimeout(resolve, 100));
    this.type(keys);
    await new Promise((resolve) => setTimeout(resolve, 100));
    this.type(KEY.enter);
  }

  /**
   * In a search prompt: types `term`, waits until the list filtered by it shows `shown`
   * (searching is asynchronous, and an Enter while it runs is lost), and picks it.
   */
  async choose(term: string, shown: string): Promise<void> {
    this.type(term);
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.waitFor(new RegExp(`${escape(term)}[^]*${escape(shown)}`));
    await new Promise((resolve) => setTimeout(resolve, 300));
    this.type(KEY.enter);
  }

  exit(): Promise<number> {
    return this.exited;
  }

  get screen(): string {
    return this.output;
  }
}
