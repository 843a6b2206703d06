import { describe, expect, it } from 'vitest';
import { chooseLanguage, languageFromEnvironment, languageOnCommandLine } from '../../src/cli/language-choice.js';
import { textTables } from '../../src/language.js';
import { runCli, ENGLISH } from '../support/cli.js';
import { runInProcess } from '../support/in-process.js';
import { tinyCopy } from '../support/testdir.js';
// every module that holds a table of texts, so that the test of the tables sees them all
import '../../src/load/messages.js';
import '../../src/load/csv-messages.js';
import '../../src/load/dissolution-messages.js';
import '../../src/load/check-messages.js';
import '../../src/load/rules/messages.js';
import '../../src/load/schema/schema-messages.js';
import '../../src/load/zod-issues.js';
import '../../src/typed-number.js';
import '../../src/warnings.js';
import '../../src/io/write-all.js';
import '../../src/io/file-kind.js';
import '../../src/cli/cli-messages.js';
import '../../src/cli/help-texts.js';
import '../../src/cli/option-values.js';
import '../../src/cli/small-cell-messages.js';
import '../../src/engine/messages.js';
import '../../src/app/app-messages.js';
import '../../src/load/yaml-tags.js';
import '../../src/load/set-overrides.js';

// One language for everything a user reads: Dutch by default, English with --lang en or an
// English locale (LANG, LC_ALL, LC_MESSAGES), never the two mixed.

/** Texts that are the same in both languages on purpose: names, quotes and numbers only. */
const SAME_IN_BOTH = new Set(['csv.namedColumn']);

/** A text, a function that makes one, or a table of texts, as something to compare. */
function text(value: unknown): string {
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function shape(value: unknown): string {
  if (typeof value === 'function') return `function/${value.length}`;
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

describe('the tables of texts', () => {
  const tables = textTables();

  it('are all registered (a module added without its table would be missed)', () => {
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['yaml', 'file', 'csv', 'checks', 'schema', 'zod issues', 'typedNumber', 'terminal', 'help', 'writes']));
  });

  it('give every text in both languages, of the same kind (a function takes as many arguments in each)', () => {
    for (const table of tables) {
      const nl = table.nl as Record<string, unknown>;
      const en = table.en as Record<string, unknown>;
      expect(Object.keys(nl).sort(), table.name).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en)) expect(shape(nl[key]), `${table.name}.${key}`).toBe(shape(en[key]));
    }
  });

  it('hold no Dutch text left in English (each differs from its English one)', () => {
    const untranslated = tables.flatMap((table) => {
      const nl = table.nl as Record<string, unknown>;
      const en = table.en as Record<string, unknown>;
      return Object.keys(en).filter((key) => !SAME_IN_BOTH.has(`${table.name}.${key}`) && text(nl[key]) === text(en[key])).map((key) => `${table.name}.${key}`);
    });
    expect(untranslated).toEqual([]);
  });
});

describe('choosing the language', () => {
  it('--lang wins over the environment, the last one given as commander reads it, in either form', () => {
    expect(languageOnCommandLine(['run', 'x.yaml', '--lang', 'en'])).toBe('en');
    expect(languageOnCommandLine(['--lang=en', 'run', 'x.yaml', '--lang', 'nl'])).toBe('nl');
    expect(languageOnCommandLine(['run', 'x.yaml', '--lang', 'fr'])).toBeUndefined();
    expect(languageOnCommandLine(['run', '--', '--lang', 'en'])).toBeUndefined();
    expect(chooseLanguage(['--lang', 'nl'], { LANG: 'en_US.UTF-8' })).toBe('nl');
  });

  it('an English locale gives English; Dutch, C, POSIX, another language or none give Dutch; LC_ALL before LC_MESSAGES before LANG', () => {
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'en_GB' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'en' })).toBe('en');
    for (const LANG of ['nl_NL.UTF-8', 'C', 'C.UTF-8', 'POSIX', 'de_DE.UTF-8', '', undefined]) expect(languageFromEnvironment({ LANG }), String(LANG)).toBe('nl');
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: 'nl_NL.UTF-8' })).toBe('nl');
    expect(languageFromEnvironment({ LANG: 'nl_NL.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('en');
    expect(languageFromEnvironment({ LANG: 'en_US.UTF-8', LC_ALL: '' })).toBe('en');
  });
});

describe('the command line speaks Dutch by default', () => {
  it('--help: commander\'s own words and the descriptions', async () => {
    const result = await runInProcess(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Gebruik: soweco-bc \[opties\] \[opdracht\]$/m);
    expect(result.stdout).toContain('Opdrachten:');
    expect(result.stdout).toContain('Opties:');
    expect(result.stdout).toContain('toon de hulp bij de opdracht');
    expect(result.stdout).toContain('Voorbeelden:');
    expect(result.stdout).not.toMatch(/Usage:|Options:|Commands:|display help/);
  });

  it('a command\'s --help, with commander\'s details after the descriptions', async () => {
    const result = await runInProcess(['run', '--help']);
    expect(result.stdout).toContain('Argumenten:');
    expect(result.stdout).toContain('(standaard: "reports")');
    expect(result.stdout).toMatch(/keuzes:\s+"nl",\s+"en",\s+standaard:\s+"nl"/);
    expect(result.stdout).not.toMatch(/default:|choices:/);
  });

  it('an error: its label, its text and its hint', async () => {
    const dir = tinyCopy();
    const result = await runInProcess(['run', 'noord.yaml', '--json', '--set', 'regie_gemeente=1.250'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^fout: --set #1 {2}regie_gemeente$/m);
    expect(result.stderr).toContain('"1.250" is op twee manieren te lezen: 1250 (met een scheidingsteken voor duizendtallen) of 1.25 (met een decimale punt)');
    expect(result.stderr).toMatch(/^ {2}tip: schrijf 1250 of 1.25/m);
  });

  it('a usage error of commander\'s', async () => {
    const result = await runInProcess(['run', 'noord.yaml', '--bogus']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("fout: onbekende optie '--bogus'");
    expect(result.stderr).toContain('(zie soweco-bc --help voor het gebruik)');
  });

  it('a warning, and validate\'s verdict with numbers written the Dutch way', async () => {
    const dir = tinyCopy({ 'data/noord.csv': 'id,birth_date,fte,work_form,notitie\nN1,1970-01-01,1.0,beschut_binnen,x\n' });
    const result = await runInProcess(['validate', 'regio.yaml'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^waarschuwing: data\/noord\.csv:1 {2}header\n {2}kolom "notitie" wordt niet gebruikt$/m);
    expect(result.stdout).toMatch(/✓ regio\.yaml is in orde: regio \S+, 3 gemeenten, \d+ medewerkers, \d+ configuraties, \d{4}–\d{4}; \d+ waarschuwing(en)?\n$/);
  });
});

describe('English with --lang en or an English locale', () => {
  it('--lang en gives English help, before or after the command', async () => {
    for (const args of [['--lang', 'en', '--help'], ['run', '--lang', 'en', '--help'], ['--lang', 'en', 'run', '--help']]) {
      const result = await runInProcess(args);
      expect(result.stdout, args.join(' ')).toMatch(/^Usage: soweco-bc /m);
      expect(result.stdout).not.toContain('Gebruik:');
    }
  });

  it('LANG=en_US.UTF-8 gives English errors and validate, through the real command', () => {
    const dir = tinyCopy({ 'data/noord.csv': 'id,birth_date,fte,work_form,notitie\nN1,1970-01-01,1.0,beschut_binnen,x\n' });
    const validate = runCli(['validate', 'regio.yaml'], { cwd: dir, env: ENGLISH });
    expect(validate.stderr).toMatch(/^warning: data\/noord\.csv:1 {2}header\n {2}column "notitie" is not used$/m);
    expect(validate.stdout).toMatch(/ is valid: region /);
    const missing = runCli(['validate', 'nergens.yaml'], { cwd: dir, env: ENGLISH });
    expect(missing.code).toBe(3);
    expect(missing.stderr).toMatch(/^error: nergens\.yaml\n {2}file not found: nergens\.yaml$/m);
    const dutch = runCli(['validate', 'nergens.yaml'], { cwd: dir });
    expect(dutch.stderr).toMatch(/^fout: nergens\.yaml\n {2}bestand niet gevonden: nergens\.yaml$/m);
  }, 60_000);

  it('--lang nl wins over an English locale', async () => {
    const result = await runInProcess(['validate', 'nergens.yaml', '--lang', 'nl'], { env: ENGLISH });
    expect(result.stderr).toContain('bestand niet gevonden');
  });
});
