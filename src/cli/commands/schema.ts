import { toInputJsonSchema } from '../../load/schema/json-schema.js';
import { OutputFiles } from '../../report/output-files.js';
import { commandMessages } from '../cli-messages.js';
import type { CommonOptions } from '../options.js';
import type { Io } from '../terminal.js';

/** The options of `schema`: its `--out` names a file, not a folder of reports. */
export interface SchemaOptions extends CommonOptions {
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
  // schema reads no input: there is nothing its output could destroy, but it is declared like every output
  const outputs = new OutputFiles([], { at: { file: '--out' }, hint: '' });
  outputs.plan([options.out]);
  outputs.write([{ path: options.out, bytes: new TextEncoder().encode(text) }]);
  io.stdout.write(`${commandMessages.schemaWritten(options.out)}\n`);
}
