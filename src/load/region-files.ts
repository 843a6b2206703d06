import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { MAX_YAML_BYTES, readInputText } from './input-file.js';
import { parseYaml } from './yaml-document.js';

/**
 * The YAML files in a folder that look like region files (they define models and
 * configurations), in name order. Read like any input (regular files only, size-limited), so
 * that a named pipe or a huge file in the folder cannot make `init` hang.
 */
export function findRegionFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return []; // no such folder: the caller asks for a path instead
  }
  return names.map((n) => join(dir, n)).filter(isRegionFile);
}

/**
 * Whether a file reads as a region file, by the same rules as loading it (size, encoding,
 * YAML limits): a file that cannot be read or parsed is not offered as a region.
 */
function isRegionFile(path: string): boolean {
  let text: string;
  try {
    text = readInputText(path, MAX_YAML_BYTES).text;
  } catch (error) {
    if (error instanceof UserError) return false; // not a readable text file (a pipe, a device, too large): not a region file
    throw error;
  }
  const value = parseYaml(text, path).yaml?.value;
  return typeof value === 'object' && value !== null && Object.hasOwn(value, 'models') && Object.hasOwn(value, 'configurations');
}
