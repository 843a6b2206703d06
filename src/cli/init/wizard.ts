import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { decimalFromText } from '../../model/decimal.js';
import { InternalError, UserError, userError } from '../../errors.js';
import { MAX_CSV_BYTES, MAX_TEXT, MAX_YAML_BYTES, checkReportNames, findRegionFiles, loadScenario, readEmployees, readInputText, type NamedOwner } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import { cohortCsv, municipalityYaml, regionWithMunicipality } from '../../report/input-files.js';
import { unfitCharacter } from '../../text-characters.js';
import { readTypedNumber } from '../../typed-number.js';
import type { Prompter } from '../interactive.js';

/** A file the wizard will write: its path and text. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
}

/** What the wizard asked for: the files to write, the new municipality file, the region file it is added to, and every input read. */
export interface NewMunicipality {
  readonly files: PlannedFile[];
  readonly municipalityFile: string;
  readonly region: string;
  readonly inputs: readonly string[];
}

const ID = /^[a-z][a-z0-9_-]*$/;

/**
 * The questions of `init`, each answer checked as it is given: the region, the new
 * municipality's id, name, CBS code and inhabitants, and its employees (a cohort file from a
 * few questions, or an existing employee or cohort CSV). Returns the files to write; nothing
 * is written here, so Ctrl-C at any question leaves nothing behind.
 */
export async function askNewMunicipality(dir: string, prompter: Prompter): Promise<NewMunicipality> {
  const region = await askRegion(dir, prompter);
  const scenario = loadScenario(region);
  const folder = dirname(region);
  const id = (await prompter.input({
    message: 'Id of the new municipality (lower case, e.g. enschede):',
    validate: (a) => idProblem(a.trim(), scenario, folder) ?? true,
  })).trim();
  const name = (await prompter.input({ message: 'Name:', default: id.charAt(0).toUpperCase() + id.slice(1), validate: checkName })).trim();
  const cbs = (await prompter.input({ message: 'CBS code (GM and four digits; empty to skip):', validate: (a) => (a.trim() === '' || /^GM\d{4}$/.test(a.trim()) ? true : 'expected GM and four digits, such as GM0153') })).trim();
  const inhabitants = typedNumber(await prompter.input({ message: 'Inhabitants:', validate: (a) => checkWhole(a, 1, Number.MAX_SAFE_INTEGER, 'expected a whole number above 0') }));
  const municipalityFile = join(folder, `${id}.yaml`);
  const employees = await askEmployees(scenario, id, folder, prompter);
  const files: PlannedFile[] = [
    ...employees.files,
    {
      path: municipalityFile,
      text: municipalityYaml({ id, name, inhabitants, region: basename(region), employees: employees.path, ...(cbs === '' ? {} : { cbsCode: cbs }) }, existsSync(join(folder, 'soweco-bc.schema.json'))),
    },
  ];
  if (await prompter.confirm({ message: `Add ${id}.yaml to the municipalities of ${basename(region)}?`, default: true })) {
    files.push({ path: region, text: regionWithMunicipality(unchangedText(region, scenario), relative(folder, municipalityFile)) });
  }
  return { files, municipalityFile, region, inputs: scenario.inputs.map((i) => i.path) };
}

/**
 * The region file's text, as long as it is still the version the questions were based on:
 * someone may have edited it while init was asking, and writing the old text back would undo
 * their edit (and the new text was never checked).
 */
function unchangedText(region: string, scenario: Scenario): string {
  // read as loading reads it (a Windows-1252 file keeps its € and dashes); written back as UTF-8
  const now = readInputText(region, MAX_YAML_BYTES);
  const before = scenario.inputs.find((i) => resolve(i.path) === resolve(region));
  if (before === undefined || before.sha256 !== now.sha256) {
    throw userError('io', { file: region }, `${region} changed while init was asking its questions: nothing was written`, 'run init again, so that the new municipality is added to the file as it is now');
  }
  return now.text;
}

/** Why the new id would give a report the name of another report (or one no file can have), as `batch` would refuse it. */
function reportNamesProblem(id: string, scenario: Scenario): string | undefined {
  const added: NamedOwner = { kind: 'municipality', id, at: { file: 'init' } };
  const issues = checkReportNames(
    { kind: 'region', id: scenario.region.id, at: scenario.region.at },
    [...scenario.municipalities.map((m): NamedOwner => ({ kind: 'municipality', id: m.id, at: m.at })), added],
  );
  return issues.find((i) => i.at === added.at)?.message;
}

/** Why an answer cannot be the new municipality's id, if it cannot: its form, an id the region has, or a file that is there already. */
function idProblem(id: string, scenario: Scenario, folder: string): string | undefined {
  if (!ID.test(id)) return 'use lower-case letters, digits, - or _, starting with a letter';
  if (scenario.region.municipalityIds.includes(id)) return `${id} is already in the region`;
  const namesProblem = reportNamesProblem(id, scenario);
  if (namesProblem !== undefined) return namesProblem;
  // init creates files, it never replaces one (another municipality's, or the region file itself)
  const file = join(folder, `${id}.yaml`);
  if (existsSync(file)) return `there is a file ${file} already: choose another id, or move that file`;
  return undefined;
}

async function askRegion(dir: string, prompter: Prompter): Promise<string> {
  const found = findRegionFiles(dir);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  if (found.length > 1) return prompter.select({ message: 'Which region?', choices: found.map((f) => ({ name: f, value: f })) });
  return (await prompter.input({
    message: `No region file in ${dir}. Path of the region file:`,
    validate: (a) => (findRegionFiles(dirname(a.trim())).includes(join(dirname(a.trim()), basename(a.trim()))) ? true : 'not a region file (it needs models and configurations)'),
  })).trim();
}

async function askEmployees(scenario: Scenario, id: string, folder: string, prompter: Prompter): Promise<{ path: string; files: PlannedFile[] }> {
  const forms = scenario.region.workForms;
  const path = `data/${id}-cohorten.csv`;
  const cohortsThere = existsSync(join(folder, path));
  const how = await prompter.select<'cohorts' | 'existing'>({
    message: 'Employees:',
    choices: [
      { name: 'Describe them with a few questions (a cohort file, no personal data)', value: 'cohorts', disabled: cohortsThere ? `${path} exists already: use it as an existing CSV` : false },
      { name: 'Use an existing employee or cohort CSV', value: 'existing' },
    ],
    ...(cohortsThere ? { default: 'existing' as const } : {}),
  });
  if (how === 'existing') {
    const existing = (await prompter.input({ message: 'Path of the CSV, relative to the region file:', validate: (a) => (a.trim() === '' ? 'give the path of the CSV file' : checkCsv(join(folder, a.trim()), scenario, id)) })).trim();
    return { path: existing, files: [] };
  }
  const counts: [string, number][] = [];
  for (const form of forms) {
    const n = typedNumber(await prompter.input({ message: `How many SW employees in ${form.label}?`, default: '0', validate: (a) => checkWhole(a, 0, MAX_COHORT, `expected a whole number from 0 to ${MAX_COHORT}`) }));
    counts.push([form.id, n]);
  }
  if (counts.every(([, n]) => n === 0)) throw new UserError('usage', [{ at: { file: 'init' }, message: 'a municipality without SW employees needs no business case' }]);
  const start = scenario.region.horizon.start;
  const averageAge = typedNumber(await prompter.input({ message: `Their average age on 1 January ${start}:`, default: '52', validate: (a) => checkWhole(a, 25, 62, 'expected an age from 25 to 62') }));
  const fte = await prompter.input({ message: 'Their average part-time factor (fte per person, e.g. 0.9):', default: '0.9', validate: checkFte });
  return { path, files: [{ path: join(folder, path), text: cohortCsv({ start, counts, averageAge, ftePerPerson: decimalFromText(typedText(fte)) }) }] };
}

/** More people in one work form than the whole of the Netherlands has SW employees is a typo. */
const MAX_COHORT = 100_000;

/**
 * Whether an answer is a whole number from `min` to `max`, read by the one rule for typed
 * numbers (typed-number.ts: `12.000` is refused as ambiguous, not read as 12); else what to say.
 */
function checkWhole(answer: string, min: number, max: number, expected: string): true | string {
  const read = readTypedNumber(answer);
  if (!read.ok) return read.reason === 'unclear' ? `${read.message}: ${read.hint}` : expected;
  const n = Number(read.text);
  return Number.isInteger(n) && n >= min && n <= max ? true : expected;
}

/** Whether an answer is an fte per person: above 0, at most 1. */
function checkFte(answer: string): true | string {
  const read = readTypedNumber(answer);
  if (!read.ok && read.reason === 'unclear') return `${read.message}: ${read.hint}`;
  return read.ok && Number(read.text) > 0 && Number(read.text) <= 1 ? true : 'expected a number above 0, at most 1';
}

/** The plain text of an answer that its check accepted. */
function typedText(answer: string): string {
  const read = readTypedNumber(answer);
  if (!read.ok) throw new InternalError(`an accepted answer cannot be read: ${read.message}`);
  return read.text;
}

function typedNumber(answer: string): number {
  return Number(typedText(answer));
}

/** A name as the municipality file can hold it (input-format.md "Limits"); otherwise why not. */
function checkName(answer: string): true | string {
  const name = answer.trim();
  if (name === '') return 'give a name';
  if (name.length > MAX_TEXT.label) return `at most ${MAX_TEXT.label} characters`;
  const unfit = unfitCharacter(name);
  return unfit === undefined ? true : `remove ${unfit.code}: a name cannot hold it`;
}

/**
 * Whether a CSV reads as the municipality's employees; otherwise the first problem, to show
 * at the prompt. The file is read like `run` reads it (size limit, encodings, binary files
 * refused), and its messages show no cell of a row.
 */
function checkCsv(path: string, scenario: Scenario, id: string): true | string {
  if (!existsSync(path)) return `no file ${path}`;
  let text: string;
  try {
    text = readInputText(path, MAX_CSV_BYTES).text; // a pipe or device is refused, not waited for
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  const { region } = scenario;
  const result = readEmployees(text, { file: path, municipality: id, municipalities: region.municipalityIds, workForms: region.workForms.map((f) => f.id), horizonStart: region.horizon.start });
  const first = result.issues[0];
  if (first === undefined) return true;
  const where = [first.at.line === undefined ? '' : `line ${first.at.line}`, first.at.path ?? ''].filter((p) => p !== '').join(', ');
  return `${where === '' ? '' : `${where}: `}${first.message}`;
}
