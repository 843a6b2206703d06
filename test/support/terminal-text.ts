import type { Terminal } from './pty.js';

/** Waits until the terminal shows `text`, which the prompt library may have wrapped over several lines. */
export async function shows(t: Terminal, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!t.screen.replace(/[\r\n]/g, '').includes(text)) {
    if (Date.now() > deadline) throw new Error(`the terminal never showed ${text}:\n${t.screen.slice(-2000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
