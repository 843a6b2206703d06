import { existsSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { decimalFromText } from '../../engine/decimal.js';
import { UserError } from '../../errors.js';
import { MAX_CSV_BYTES, MAX_TEXT, MAX_YAML_BYTES, findRegionFiles, loadScenario, readEmployees, readInputText } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import { cohortCsv, municipalityYaml, regionWithMunicipality } from '../../report/input-files.js';
import { unfitCharacter } from '../../text-characters.js';
import type { Prompter } from '../interactive.js';

/** A file the wizard will write: its path and text. */
export interface PlannedFile {
  readonly path: string;
  readonly text: string;
}

const ID = /^[a-z][a-z0-9_-]*$/;

/**
 * The questions of `init`, each answer checked as it is given: the region, the new
 * municipality's id, name, CBS code and inhabitants, and its employees (a cohort file from a
 * few questions, or an existing employee or cohort CSV). Returns the files to write; nothing
 * is written here, so Ctrl-C at any question leaves nothing behind.
 */
export async function askNewMunicipality(dir: string, prompter: Prompter): Promise<{ files: PlannedFile[]; municipalityFile: string }> {
  const region = await askRegion(dir, prompter);
  const scenario = loadScenario(region);
  const taken = scenario.region.municipalityIds;
  const id = (await prompter.input({
    message: 'Id of the new municipality (lower case, e.g. enschede):',
    validate: (a) => (!ID.test(a.trim()) ? 'use lower-case letters, digits, - or _, starting with a letter' : taken.includes(a.trim()) ? `${a.trim()} is already in the region` : true),
  })).trim();
  const name = (await prompter.input({ message: 'Name:', default: id.charAt(0).toUpperCase() + id.slice(1), validate: checkName })).trim();
  const cbs = (await prompter.input({ message: 'CBS code (GM and four digits; empty to skip):', validate: (a) => (a.trim() === '' || /^GM\d{4}$/.test(a.trim()) ? true : 'expected GM and four digits, such as GM0153') })).trim();
  const inhabitants = Number(await prompter.input({ message: 'Inhabitants:', validate: (a) => (/^\d+$/.test(a.trim()) && Number(a) > 0 ? true : 'expected a whole number above 0') }));
  const folder = dirname(region);
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
    // read as loading reads it (a Windows-1252 file keeps its € and dashes), written back as UTF-8
    files.push({ path: region, text: regionWithMunicipality(readInputText(region, MAX_YAML_BYTES).text, relative(folder, municipalityFile)) });
  }
  return { files, municipalityFile };
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
  const how = await prompter.select<'cohorts' | 'existing'>({
    message: 'Employees:',
    choices: [
      { name: 'Describe them with a few questions (a cohort file, no personal data)', value: 'cohorts' },
      { name: 'Use an existing employee or cohort CSV', value: 'existing' },
    ],
  });
  if (how === 'existing') {
    const path = (await prompter.input({ message: 'Path of the CSV, relative to the region file:', validate: (a) => checkCsv(join(folder, a.trim()), scenario, id) })).trim();
    return { path, files: [] };
  }
  const counts: [string, number][] = [];
  for (const form of forms) {
    const n = Number(await prompter.input({ message: `How many SW employees in ${form.label}?`, default: '0', validate: (a) => (/^\d+$/.test(a.trim()) ? true : 'expected a whole number') }));
    counts.push([form.id, n]);
  }
  if (counts.every(([, n]) => n === 0)) throw new UserError('usage', [{ at: { file: 'init' }, message: 'a municipality without SW employees needs no business case' }]);
  const start = scenario.region.horizon.start;
  const averageAge = Number(await prompter.input({ message: `Their average age on 1 January ${start}:`, default: '52', validate: (a) => (/^\d+$/.test(a.trim()) && Number(a) >= 25 && Number(a) <= 62 ? true : 'expected an age from 25 to 62') }));
  const fte = await prompter.input({ message: 'Their average part-time factor (fte per person, e.g. 0.9):', default: '0.9', validate: (a) => (/^(0?\.\d+|1(\.0*)?)$/.test(a.trim().replace(',', '.')) && Number(a.replace(',', '.')) > 0 ? true : 'expected a number above 0, at most 1') });
  const path = `data/${id}-cohorten.csv`;
  return { path, files: [{ path: join(folder, path), text: cohortCsv({ start, counts, averageAge, ftePerPerson: decimalFromText(fte.trim().replace(',', '.')) }) }] };
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
    text = readInputText(path, MAX_CSV_BYTES).text;
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
