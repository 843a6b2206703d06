import { existsSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { ChalkInstance } from 'chalk';
import { decimalFromText, type Dec } from '../../model/decimal.js';
import { InternalError, UserError, userError } from '../../errors.js';
import { MAX_CSV_BYTES, MAX_TEXT, MAX_YAML_BYTES, checkReportNames, findRegionFiles, loadScenario, readEmployees, readInputText, type NamedOwner } from '../../load/index.js';
import type { Scenario } from '../../model/scenario.js';
import { cohortCsv, municipalityYaml, regionWithMunicipality } from '../../report/input-files.js';
import { unfitCharacter } from '../../text-characters.js';
import { readTypedNumber } from '../../typed-number.js';
import type { Language } from '../../report/i18n/index.js';
import type { Prompter } from '../interactive.js';
import { effectOnOthers, flips, loadPlanned, renderEffect } from './effect.js';
import { hasFixedDissolutionKey, placedRegionText, placementQuestions, regionDocument, type Place, type Placement } from './placement.js';
import type { InitTexts } from './texts.js';

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

/** How the wizard talks: the prompts, where it shows a table, its texts and colours. */
export interface WizardContext {
  readonly prompter: Prompter;
  readonly write: (text: string) => void;
  readonly t: InitTexts;
  readonly language: Language;
  readonly paint: ChalkInstance;
}

/**
 * The questions of `init`, each answer checked as it is given: the region, the new
 * municipality's id, name, CBS code and inhabitants, its employees (a cohort file from a
 * few questions, or an existing employee or cohort CSV), and where it goes in each
 * configuration. Before anything is written it shows what the newcomer does to every other
 * municipality's results and asks to confirm. Returns the files to write (undefined if the
 * user declined); nothing is written here, so Ctrl-C at any question leaves nothing behind.
 */
export async function askNewMunicipality(dir: string, ctx: WizardContext): Promise<NewMunicipality | undefined> {
  const { prompter, t } = ctx;
  const region = await askRegion(dir, ctx);
  const scenario = loadScenario(region);
  const folder = dirname(region);
  const { id, name, cbs, inhabitants } = await askIdentity(scenario, folder, ctx);
  const municipalityFile = join(folder, `${id}.yaml`);
  const employees = await askEmployees(scenario, id, folder, ctx);
  const files: PlannedFile[] = [
    ...employees.files,
    {
      path: municipalityFile,
      text: municipalityYaml({ id, name, inhabitants, region: basename(region), employees: employees.path, ...(cbs === '' ? {} : { cbsCode: cbs }) }, existsSync(join(folder, 'soweco-bc.schema.json'))),
    },
  ];
  const inputs = scenario.inputs.map((i) => i.path);
  if (!(await prompter.confirm({ message: t.addToRegion(`${id}.yaml`, basename(region)), default: true }))) return { files, municipalityFile, region, inputs };
  const regionText = unchangedText(region, scenario, t);
  const placements = await askPlacements(regionText, scenario, { id, name, inhabitants }, ctx);
  const doc = regionDocument(regionText);
  if (hasFixedDissolutionKey(doc)) ctx.write(`${t.dissolutionNote(name)}\n`);
  files.push({ path: region, text: regionWithMunicipality(placedRegionText(regionText, id, placements, t), relative(folder, municipalityFile)) });
  const rows = effectOnOthers(scenario, plannedScenario(region, files, t));
  ctx.write(`\n${renderEffect(rows, name, scenario.region.baseline, t, ctx.language, ctx.paint)}\n`);
  const flipped = rows.some(flips);
  ctx.write(`${t.toWrite(files.map((f) => f.path).join(', '))}\n`);
  // a conclusion that flips is worth a second look: then "no" is the default
  if (!(await prompter.confirm({ message: t.confirmWrite, default: !flipped }))) return undefined;
  unchangedText(region, scenario, t); // the table took a while to read: an edit since then must not be undone
  return { files, municipalityFile, region, inputs };
}

/** The new municipality's id, name, CBS code (empty if not given) and inhabitants, none of them taken by another municipality of the region. */
async function askIdentity(scenario: Scenario, folder: string, { prompter, t }: WizardContext): Promise<{ id: string; name: string; cbs: string; inhabitants: number }> {
  const id = (await prompter.input({ message: t.idQuestion, validate: (a) => idProblem(a.trim(), scenario, folder, t) ?? true })).trim();
  const name = (await prompter.input({ message: t.nameQuestion, default: id.charAt(0).toUpperCase() + id.slice(1), validate: (a) => checkName(a, scenario, t) })).trim();
  const cbs = (await prompter.input({ message: t.cbsQuestion, validate: (a) => checkCbs(a.trim(), scenario, t) })).trim();
  const inhabitants = typedNumber(await prompter.input({ message: t.inhabitantsQuestion, validate: (a) => checkWhole(a, 1, Number.MAX_SAFE_INTEGER, t.wholeAboveZero) }));
  return { id, name, cbs, inhabitants };
}

/** Whether an answer is a CBS code no other municipality of the region has (or empty); otherwise why not. */
function checkCbs(code: string, scenario: Scenario, t: InitTexts): true | string {
  if (code === '') return true;
  if (!/^GM\d{4}$/.test(code)) return t.cbsForm;
  const holder = scenario.municipalities.find((m) => m.cbsCode === code);
  return holder === undefined ? true : t.cbsTaken(code, holder.name);
}

/**
 * Where the newcomer goes in each configuration, asked one by one with the place it would
 * get without a change as the default; joining an organisation whose settlement key gives
 * fixed shares also asks for its share.
 */
async function askPlacements(regionText: string, scenario: Scenario, newcomer: { id: string; name: string; inhabitants: number }, { prompter, write, t }: WizardContext): Promise<Placement[]> {
  const { region } = scenario;
  const questions = placementQuestions(regionDocument(regionText), region.municipalityIds, [...region.models.keys()]);
  const placements: Placement[] = [];
  for (const question of questions) {
    const only = question.places.length === 1 ? question.places[0] : undefined;
    if (only !== undefined) {
      // nothing to choose: said, not asked
      write(`${t.onlyPlace(newcomer.name, question.configuration, placeName(only, scenario, t))}\n`);
      placements.push({ question, place: only });
      continue;
    }
    const place = await prompter.select<Place>({
      message: t.placeQuestion(newcomer.name, question.configuration, question.label),
      choices: question.places.map((p, i) => ({ name: `${placeName(p, scenario, t)}${i === question.current ? t.asNow : ''}${p.kind === 'join' && p.fixedKey ? t.fixedKeyNote : ''}`, value: p })),
      ...(question.current === undefined ? {} : { default: question.places[question.current] }),
    });
    const share = place.kind === 'join' && place.fixedKey ? await askShare(place, scenario, newcomer, prompter, t) : undefined;
    placements.push({ question, place, ...(share === undefined ? {} : { share }) });
  }
  return placements;
}

function placeName(p: Place, scenario: Scenario, t: InitTexts): string {
  if (p.kind === 'each') return t.placeEach(p.model);
  if (p.kind === 'new') return t.placeNew(p.model, scenario.region.models.get(p.model)?.label ?? p.model);
  const names = p.members.map((m) => scenario.municipalities.find((x) => x.id === m)?.name ?? m);
  return t.placeJoin(p.name, names);
}

/** The newcomer's share in a fixed key; by default its share of the members' inhabitants, where all of them have theirs. */
async function askShare(place: Extract<Place, { kind: 'join' }>, scenario: Scenario, newcomer: { name: string; inhabitants: number }, prompter: Prompter, t: InitTexts): Promise<Dec> {
  const inhabitants = place.members.map((m) => scenario.municipalities.find((x) => x.id === m)?.inhabitants);
  const known = inhabitants.every((i) => i !== undefined);
  const total = inhabitants.reduce((s: Dec, i) => s.plus(i ?? 0), decimalFromText(String(newcomer.inhabitants)));
  const share = known ? decimalFromText(String(newcomer.inhabitants)).div(total).toDecimalPlaces(4).toFixed() : undefined;
  const answer = await prompter.input({ message: t.shareQuestion(newcomer.name, place.name), ...(share === undefined ? {} : { default: share }), validate: (a) => checkShare(a, t) });
  return decimalFromText(typedText(answer));
}

/** Whether an answer is a key share: from 0 to 1. */
function checkShare(answer: string, t: InitTexts): true | string {
  const read = readTypedNumber(answer);
  if (!read.ok && read.reason === 'unclear') return `${read.message}: ${read.hint}`;
  return read.ok && Number(read.text) >= 0 && Number(read.text) <= 1 ? true : t.shareRange;
}

/** The region with the planned files, or, if it does not load, a UserError that says nothing was written, followed by its problems. */
function plannedScenario(region: string, files: readonly PlannedFile[], t: InitTexts): Scenario {
  try {
    return loadPlanned(region, files);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError('input', [{ at: { file: 'init' }, message: t.doesNotLoad, hint: t.doesNotLoadHint }, ...error.issues]);
  }
}

/**
 * The region file's text, as long as it is still the version the questions were based on:
 * someone may have edited it while init was asking, and writing the old text back would undo
 * their edit (and the new text was never checked).
 */
function unchangedText(region: string, scenario: Scenario, t: InitTexts): string {
  // read as loading reads it (a Windows-1252 file keeps its € and dashes); written back as UTF-8
  const now = readInputText(region, MAX_YAML_BYTES);
  const before = scenario.inputs.find((i) => resolve(i.path) === resolve(region));
  if (before === undefined || before.sha256 !== now.sha256) {
    throw userError('io', { file: region }, t.regionChanged(region), t.regionChangedHint);
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
function idProblem(id: string, scenario: Scenario, folder: string, t: InitTexts): string | undefined {
  if (!ID.test(id)) return t.idForm;
  if (scenario.region.municipalityIds.includes(id)) return t.idTaken(id);
  const namesProblem = reportNamesProblem(id, scenario);
  if (namesProblem !== undefined) return namesProblem;
  // init creates files, it never replaces one (another municipality's, or the region file itself)
  const file = join(folder, `${id}.yaml`);
  if (existsSync(file)) return t.fileThere(file);
  return undefined;
}

async function askRegion(dir: string, { prompter, t }: WizardContext): Promise<string> {
  const found = findRegionFiles(dir);
  if (found.length === 1 && found[0] !== undefined) return found[0];
  if (found.length > 1) return prompter.select({ message: t.whichRegion, choices: found.map((f) => ({ name: f, value: f })) });
  return (await prompter.input({
    message: t.noRegion(dir),
    validate: (a) => (findRegionFiles(dirname(a.trim())).includes(join(dirname(a.trim()), basename(a.trim()))) ? true : t.notRegion),
  })).trim();
}

async function askEmployees(scenario: Scenario, id: string, folder: string, { prompter, t }: WizardContext): Promise<{ path: string; files: PlannedFile[] }> {
  const forms = scenario.region.workForms;
  const path = `data/${id}-cohorten.csv`;
  const cohortsThere = existsSync(join(folder, path));
  const how = await prompter.select<'cohorts' | 'existing'>({
    message: t.employees,
    choices: [
      { name: t.byQuestions, value: 'cohorts', disabled: cohortsThere ? t.cohortsThere(path) : false },
      { name: t.existingCsv, value: 'existing' },
    ],
    ...(cohortsThere ? { default: 'existing' as const } : {}),
  });
  if (how === 'existing') {
    const existing = (await prompter.input({ message: t.csvQuestion, validate: (a) => (a.trim() === '' ? t.csvEmpty : checkCsv(join(folder, a.trim()), scenario, id, t)) })).trim();
    return { path: existing, files: [] };
  }
  const counts: [string, number][] = [];
  for (const form of forms) {
    const n = typedNumber(await prompter.input({ message: t.howMany(form.label), default: '0', validate: (a) => checkWhole(a, 0, MAX_COHORT, t.wholeUpTo(MAX_COHORT)) }));
    counts.push([form.id, n]);
  }
  if (counts.every(([, n]) => n === 0)) throw new UserError('usage', [{ at: { file: 'init' }, message: t.noEmployees }]);
  const start = scenario.region.horizon.start;
  const averageAge = typedNumber(await prompter.input({ message: t.averageAge(start), default: '52', validate: (a) => checkWhole(a, 25, 62, t.ageRange) }));
  const fte = await prompter.input({ message: t.fteQuestion, default: '0.9', validate: (a) => checkFte(a, t) });
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
function checkFte(answer: string, t: InitTexts): true | string {
  const read = readTypedNumber(answer);
  if (!read.ok && read.reason === 'unclear') return `${read.message}: ${read.hint}`;
  return read.ok && Number(read.text) > 0 && Number(read.text) <= 1 ? true : t.fteRange;
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

/** A name as the municipality file can hold it (input-format.md "Limits"), and not another municipality's of the region; otherwise why not. */
function checkName(answer: string, scenario: Scenario, t: InitTexts): true | string {
  const name = answer.trim();
  if (name === '') return t.giveName;
  if (name.length > MAX_TEXT.label) return t.nameTooLong(MAX_TEXT.label);
  const unfit = unfitCharacter(name);
  if (unfit !== undefined) return t.unfitName(unfit.code);
  const holder = scenario.municipalities.find((m) => m.name.toLowerCase() === name.toLowerCase());
  return holder === undefined ? true : t.nameTaken(holder.name, holder.id);
}

/**
 * Whether a CSV reads as the municipality's employees; otherwise the first problem, to show
 * at the prompt. The file is read like `run` reads it (size limit, encodings, binary files
 * refused), and its messages show no cell of a row.
 */
function checkCsv(path: string, scenario: Scenario, id: string, t: InitTexts): true | string {
  if (!existsSync(path)) return t.noFile(path);
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
  const where = [first.at.line === undefined ? '' : t.line(first.at.line), first.at.path ?? ''].filter((p) => p !== '').join(', ');
  return `${where === '' ? '' : `${where}: `}${first.message}`;
}
