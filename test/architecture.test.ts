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

/** The modules a file loads as it starts: its static imports of values (not `import type`, not `await import(…)`), relative ones as source files. */
function loadedAtStart(file: string): string[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const specifiers = [...text.matchAll(/^import\s+(?!type\s)(?:[^;]*?\sfrom\s+)?'([^']+)'/gm)].map((m) => m[1] ?? '');
  return specifiers.map((s) => (s.startsWith('.') ? relative(ROOT, join(ROOT, dirname(file), s.replace(/\.js$/, '.ts'))) : s));
}

/** Every module `file` loads as it starts, directly or through the source files it loads. */
function loadedAtStartTransitively(file: string, seen = new Set<string>()): Set<string> {
  for (const module of loadedAtStart(file)) {
    if (seen.has(module)) continue;
    seen.add(module);
    if (module.startsWith('src/')) loadedAtStartTransitively(module, seen);
  }
  return seen;
}

describe('data flows one way: load → engine → report; app runs them for a command, and cli wires them to the terminal', () => {
  it('the engine does no I/O and knows nothing of loading, reports, the application or the command line', () => {
    const forbidden = /^(node:fs|node:path|node:child_process|chalk|exceljs|commander|yaml|csv-parse|zod)$|\/(load|report|app|cli)\//;
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

  it('reports know nothing of the application or the command line', () => {
    const forbidden = /\/(app|cli)\//;
    const offenders = sources('src/report').flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
    expect(offenders).toEqual([]);
  });

  it('the application knows nothing of the command line: no cli module, no argument parser, colours or prompts', () => {
    const forbidden = /^(commander|chalk|@inquirer\/prompts)$|\/cli\//;
    const offenders = sources('src/app').flatMap((f) => importsOf(f).filter((i) => forbidden.test(i)).map((i) => `${f} imports ${i}`));
    expect(sources('src/app').length).toBeGreaterThan(0);
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

  it('what main.ts loads as it starts, through any module, is neither heavy nor a command (--help and --version stay fast)', () => {
    const loaded = [...loadedAtStartTransitively('src/cli/main.ts')];
    expect(loaded).toContain('src/cli/options.ts');
    expect(loaded.filter((m) => /^src\/(engine|load|report|app)\/|^src\/cli\/commands\/|^(exceljs|@inquirer\/prompts|decimal\.js|yaml|zod|csv-parse)$/.test(m))).toEqual([]);
  });
});
