import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userError } from '../../errors.js';
import { generateRegion } from '../../synthetic/generate-region.js';
import type { Io } from '../terminal.js';

export interface GenerateOptions {
  readonly municipalities: number;
  readonly employees: number;
  readonly seed: number;
}

/** `soweco-bc generate <dir>` (hidden): writes a synthetic region for benchmarks. */
export async function generateCommand(dir: string, options: GenerateOptions, io: Io): Promise<void> {
  const files = generateRegion(options);
  try {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  } catch (error) {
    throw userError('io', { file: dir }, `cannot write the synthetic region: ${(error as Error).message}`);
  }
  io.stdout.write(`${join(dir, 'regio.yaml')}: ${options.municipalities} municipalities, ${options.employees} employees\n`);
}
