import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/cli.js';

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const importsOf = (file: string) => [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] ?? '');

describe('data flows one way: load → engine → report, and cli wires them', () => {
  it('the engine does no I/O and knows nothing of loading, reports or the command line', () => {
    const forbidden = /^(node:fs|node:path|node:child_process|chalk|exceljs|commander|yaml|csv-parse|zod)$|\/(load|report|cli)\//;
    const offenders = sources('src/engine').flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('only src/model/decimal.ts imports decimal.js', () => {
    const importers = sources('src').filter((f) => importsOf(f).includes('decimal.js'));
    expect(importers.map((f) => relative(ROOT, join(ROOT, f)))).toEqual(['src/model/decimal.ts']);
  });

  it('the model is the ground floor: it imports only itself, the shared errors and decimal.js', () => {
    const allowed = (file: string, i: string) => {
      if (i === 'decimal.js') return true;
      const target = relative(ROOT, join(ROOT, dirname(file), i));
      return target.startsWith('src/model/') || target === 'src/errors.js';
    };
    const offenders = sources('src/model').flatMap((f) => importsOf(f).filter((i) => !allowed(f, i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('loading knows nothing of the engine, the application, reports or the command line', () => {
    const forbidden = /\/(engine|app|report|cli)\//;
    const offenders = sources('src/load').flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('only the command line touches the process: exit codes, argv and the console', () => {
    const offenders = sources('src')
      .filter((f) => !f.startsWith('src/cli/'))
      .filter((f) => /process\.(exit|argv|stdout|stderr)|console\./.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the command line loads heavy modules only inside the commands that need them', () => {
    const eager = importsOf('src/cli/main.ts').filter((i) => /engine|load|report|exceljs|inquirer/.test(i));
    expect(eager).toEqual([]);
  });
});
