import { toInputJsonSchema } from '../../load/schema/json-schema.js';
import { writeFileAtomic } from '../../report/write-atomic.js';
import type { Io } from '../terminal.js';

export interface SchemaOptions {
  readonly out?: string;
}

/**
 * `soweco-bc schema`: prints the JSON Schema of the input files, or writes it to `--out`,
 * for editors; a YAML file opts in with `# yaml-language-server: $schema=<path>`.
 */
export async function schemaCommand(options: SchemaOptions, io: Io): Promise<void> {
  const text = `${JSON.stringify(toInputJsonSchema(), null, 2)}\n`;
  if (options.out === undefined) {
    io.stdout.write(text);
    return;
  }
  writeFileAtomic(options.out, new TextEncoder().encode(text));
  io.stdout.write(`${options.out}: JSON Schema of the input files\n`);
}
