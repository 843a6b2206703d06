import { spawnSync } from 'node:child_process';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ownCommand } from '../../src/cli/own-command.js';
import { BIN, ROOT, runCli } from '../support/cli.js';
import { KEY, Terminal } from '../support/pty.js';
import { tinyCopy } from '../support/testdir.js';

// what-if shows where it starts, says what undo took back, and names a command that works as
// typed where it was started (issue 13, item 17); in Dutch unless --lang en.

/** The command what-if named after "Run it with:" / "Doorrekenen met:". */
function namedCommand(screen: string, label: string): string {
  const match = new RegExp(`${label} (.+)`).exec(screen);
  if (match?.[1] === undefined) throw new Error(`no "${label}" on the screen:\n${screen}`);
  return match[1].trim();
}

/** Runs a command line as a shell in `cwd` would, with --json so that it writes no report. */
function shell(command: string, cwd: string): { code: number; stdout: string; stderr: string } {
  const result = spawnSync('sh', ['-c', `${command} --json`], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 150_000 });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

// Two sessions cover it all (each terminal session costs seconds): one in Dutch outside the
// project, one in English inside it.

describe('what-if, in Dutch by default, outside the project', () => {
  it('shows the saved scenario first, names what undo undid, and its save message names a command that runs the variant', async () => {
    const dir = tinyCopy();
    const run = JSON.parse(runCli(['run', 'noord.yaml', '--json'], { cwd: dir }).stdout) as { configurations: Record<string, { npv: number }> };
    const t = Terminal.start(['what-if', 'noord.yaml'], dir);
    const start = await t.waitFor('Wat nu?');
    expect(start).toContain('Wat als … voor Noord (noord.yaml)');
    expect(start).toContain('Zo staat het nu (het opgeslagen scenario):');
    expect(start).toMatch(/Configuratie +Contante waarde +Verschil met referentie +Terugverdiend\r?\n/); // no change column yet
    const npv = Math.round(run.configurations.gr?.npv ?? NaN).toLocaleString('nl-NL');
    expect(start).toMatch(new RegExp(`gr +€ ${npv.replace(/\./g, '\\.')} +– +–`));
    expect(start).toMatch(/samen2 +€ [\d.]+ +-?€ [\d.]+ +(\d{4}|nooit)/);

    await t.answer('', ''); // Een aanname wijzigen
    await t.waitFor('Welke aanname?');
    await t.choose('rijksbijdrage', '❯ rijksbijdrage_per_se =');
    await t.answer('Nieuwe waarde van', '-3%');
    await t.answer('Wat nu? (1 wijziging)', '');
    await t.waitFor('Welke aanname?');
    await t.choose('discount', '❯ discount_rate =');
    await t.answer('Nieuwe disconteringsvoet', '10%');
    await t.answer('Wat nu? (2 wijzigingen)', KEY.down);
    await t.waitFor('Ongedaan gemaakt: discount_rate terug van 10% naar 3%.');

    await t.answer('Wat nu? (1 wijziging)', `${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Variant opslaan als', `${KEY.clearLine}noord lager.yaml`);
    await t.answer('Beschrijf de variant', '');
    const command = namedCommand(await t.waitFor(/Doorrekenen met: [^\n]+\n/), 'Doorrekenen met:');
    expect(command).toBe(`node ${BIN} run 'noord lager.yaml'`);
    await t.answer('Wat nu? (1 wijziging)', KEY.down);
    await t.waitFor('Ongedaan gemaakt: rijksbijdrage_per_se terug van € 25.220 per SE naar € 26.000 per SE.');
    await t.answer('Wat nu?', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);

    const result = shell(command, dir);
    expect(result.code, result.stderr).toBe(0);
    const viaSet = JSON.parse(runCli(['run', 'noord.yaml', '--json', '--set', 'rijksbijdrage_per_se*=0.97'], { cwd: dir }).stdout) as { configurations: unknown };
    expect((JSON.parse(result.stdout) as { configurations: unknown }).configurations).toEqual(viaSet.configurations);
  }, 120_000);
});

describe('what-if with --lang en, inside the project', () => {
  it('speaks English, and its save message names `npx soweco-bc run <path from the current folder>`, which works there', async () => {
    const dir = tinyCopy();
    const t = Terminal.start(['what-if', join(dir, 'noord.yaml'), '--lang', 'en'], ROOT);
    const start = await t.waitFor('What now?');
    expect(start).toContain('As it stands now (the saved scenario):');
    expect(start).toMatch(/gr +€4,009,560 +– +–/);
    await t.answer('', '');
    await t.waitFor('Which assumption?');
    await t.choose('rijksbijdrage', '❯ rijksbijdrage_per_se =');
    await t.answer('New value of', '-3%');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Save the variant as', '');
    await t.answer('Describe the variant', '');
    const command = namedCommand(await t.waitFor(/Run it with: [^\n]+\n/), 'Run it with:');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);
    expect(command).toMatch(/^npx soweco-bc run \.\.\/\S*noord-variant\.yaml$/);
    // npx runs the project's own bin here; run that bin with the same words (--json: no report in the project)
    const result = shell(command.replace(/^npx soweco-bc/, `node ${BIN}`), ROOT);
    expect(result.code, result.stderr).toBe(0);
  }, 120_000);
});

describe('ownCommand: how the user starts soweco-bc from a folder', () => {
  const root = `${sep}home${sep}an${sep}soweco-bc`;
  it('in the project or below it: npx soweco-bc', () => {
    expect(ownCommand(root, root)).toBe('npx soweco-bc');
    expect(ownCommand(join(root, 'scenarios'), root)).toBe('npx soweco-bc');
  });
  it('outside a checkout: node and its bin', () => {
    expect(ownCommand(`${sep}tmp`, root)).toBe(`node ${join(root, 'bin', 'soweco-bc.js')}`);
    expect(ownCommand(`${sep}home${sep}an${sep}soweco-bc-2`, root)).toBe(`node ${join(root, 'bin', 'soweco-bc.js')}`);
  });
  it('installed in a project: npx soweco-bc inside that project; installed globally: soweco-bc', () => {
    const installed = join(`${sep}work`, 'council', 'node_modules', 'soweco-bc');
    expect(ownCommand(join(`${sep}work`, 'council', 'scenarios'), installed)).toBe('npx soweco-bc');
    expect(ownCommand(`${sep}tmp`, join(`${sep}usr`, 'lib', 'node_modules', 'soweco-bc'))).toBe('soweco-bc');
  });
});
