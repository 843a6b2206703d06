import { join } from 'node:path';
import { OutputFiles } from '../../report/output-files.js';
import { generateRegion } from '../../synthetic/generate-region.js';
import type { SeedOptions } from '../options.js';
import type { Io } from '../terminal.js';

/** The options of the hidden `generate`, which takes no --debug. */
export interface GenerateOptions extends SeedOptions {
  readonly municipalities: number;
  readonly employees: number;
  readonly inflow?: boolean;
}

/** `soweco-bc generate <dir>` (hidden): writes a synthetic region for benchmarks. */
export async function generateCommand(dir: string, options: GenerateOptions, io: Io): Promise<void> {
  const files = generateRegion(options);
  const outputs = new OutputFiles([], { at: { file: dir }, hint: '' });
  const written = Object.entries(files).map(([path, content]) => ({ path: join(dir, path), bytes: Buffer.from(content, 'utf8') }));
  outputs.plan(written.map((f) => f.path));
  outputs.write(written);
  io.stdout.write(`${join(dir, 'regio.yaml')}: ${options.municipalities} municipalities, ${options.employees} employees\n`);
}
