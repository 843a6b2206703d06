import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** The YAML files in a folder that look like region files (they define models and configurations), in name order. */
export function findRegionFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n)).sort();
  } catch {
    return []; // no such folder: the caller asks for a path instead
  }
  return names.map((n) => join(dir, n)).filter((path) => {
    try {
      const value: unknown = parse(readFileSync(path, 'utf8'), { maxAliasCount: 100 });
      return typeof value === 'object' && value !== null && 'models' in value && 'configurations' in value;
    } catch {
      return false; // not YAML: not a region file
    }
  });
}
