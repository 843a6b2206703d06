import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isMap, parseDocument } from 'yaml';
import { UserError } from '../errors.js';
import { MAX_YAML_BYTES, readInputText } from './input-file.js';

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

function isRegionFile(path: string): boolean {
  let text: string;
  try {
    text = readInputText(path, MAX_YAML_BYTES).text;
  } catch (error) {
    if (error instanceof UserError) return false; // not a readable text file: not a region file
    throw error;
  }
  const document = parseDocument(text); // aliases are not expanded: only the top-level keys are looked at
  return document.errors.length === 0 && isMap(document.contents) && document.contents.has('models') && document.contents.has('configurations');
}
