import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TINY } from '../support/testdir.js';

// Every kind of bad input (issue: acceptance point "bad input"), each made by one small edit
// of the worked example in fixtures/tiny and run through the real CLI. docs/errors.md lists
// the same mistakes with the messages these runs print.

export type Files = Record<string, string | Uint8Array>;

export interface BadInputCase {
  /** A claim about what the user sees. */
  readonly claim: string;
  /** Files replaced or added in a copy of fixtures/tiny. */
  readonly files?: Files;
  /** Command-line arguments, run in the copy's folder; by default `run noord.yaml --json`. */
  readonly args?: readonly string[];
  readonly code: 0 | 1 | 2 | 3;
  /** `file:line` of the first problem reported; in a YAML file it must be followed by a column. */
  readonly at?: string;
  /** Keywords the message must contain. */
  readonly says: readonly string[];
  /** Personal data that the message must not echo. */
  readonly hides?: readonly string[];
  /**
   * The mistake breaks the shape of a YAML file (an unknown or missing field, a wrong type,
   * value or id), so that the JSON Schema for editors rejects the edited file too
   * (test/schema.test.ts); not set for syntax errors and for what only the loader's rules see.
   */
  readonly schema?: true;
}

export const fixture = (path: string): string => readFileSync(join(TINY, path), 'utf8');

/** The fixture file with each `from` replaced by `to`; each `from` must occur exactly once. */
export function edit(path: string, ...replacements: readonly (readonly [from: string, to: string])[]): Files {
  let text = fixture(path);
  for (const [from, to] of replacements) {
    const count = text.split(from).length - 1;
    if (count !== 1) throw new Error(`fixture ${path}: "${from}" occurs ${count} times, expected once`);
    text = text.replace(from, () => to);
  }
  return { [path]: text };
}

/** The fixture file with `from` replaced by `to` on line `line` (1-based), where it must occur. */
function editLine(path: string, line: number, from: string, to: string): Files {
  const lines = fixture(path).split('\n');
  const text = lines[line - 1];
  if (text?.includes(from) !== true) throw new Error(`fixture ${path}:${line}: "${from}" does not occur`);
  lines[line - 1] = text.replace(from, () => to);
  return { [path]: lines.join('\n') };
}

/** The fixture CSV with a `municipality` column added: `value(lineNumber)` for every row. */
function withMunicipalityColumn(path: string, value: (line: number) => string): Files {
  const lines = fixture(path).trimEnd().split('\n');
  return { [path]: lines.map((l, i) => `${l},${i === 0 ? 'municipality' : value(i + 1)}`).join('\n') + '\n' };
}

/** A billion-laughs document: nine levels of nine aliases each. */
function aliasBomb(): string {
  const levels = 'abcdefghi'.split('');
  return levels
    .map((name, i) => {
      const items = i === 0 ? Array<string>(9).fill('lol') : Array<string>(9).fill(`*${levels[i - 1] ?? ''}`);
      return `${name}: &${name} [${items.join(', ')}]`;
    })
    .join('\n');
}

export const yamlCases: BadInputCase[] = [
  {
    claim: 'a "{" that is never closed is a YAML syntax error where it opens',
    files: edit('regio.yaml', ['horizon: { start: 2021, end: 2030 }', 'horizon: { start: 2021, end: 2030']),
    code: 1,
    at: 'regio.yaml:4',
    says: ['YAML syntax error: this "{" is never closed', 'hint: end the map with "}"'],
  },
  {
    claim: 'a quote that is never closed is a YAML syntax error where it opens, not at the end of the file',
    files: edit('regio.yaml', ['label: Huidige GR', 'label: "Huidige GR']),
    code: 1,
    at: 'regio.yaml:79',
    says: ['YAML syntax error: this quote (") is never closed', 'hint: add the closing quote'],
  },
  {
    claim: 'a value holding ": " is a YAML syntax error that says to quote it',
    files: edit('regio.yaml', ['label: Noord en Oost samen', 'label: Noord en Oost: samen']),
    code: 1,
    at: 'regio.yaml:82',
    says: ['YAML syntax error: Nested mappings are not allowed', 'hint: text that holds ": " must be quoted'],
  },
  {
    claim: 'a key written twice in one map is a YAML error at the second one',
    files: edit('regio.yaml', ['discount_rate: 0.03', 'discount_rate: 0.03\ndiscount_rate: 0.04']),
    code: 1,
    at: 'regio.yaml:6',
    says: ['"discount_rate" appears twice in this map', 'hint: remove one of the two'],
  },
  {
    claim: 'a tab used for indentation is a YAML error on its line',
    files: edit('regio.yaml', ['  prijs: { description', '\tprijs: { description']),
    code: 1,
    at: 'regio.yaml:25',
    says: ['YAML syntax error: Tabs are not allowed as indentation', 'hint: indent with spaces, not tabs'],
  },
  {
    claim: 'a key that is a list ("? [a, b]") is refused at the key, not turned into text with a warning',
    files: edit('regio.yaml', ['discount_rate: 0.03', 'discount_rate: 0.03\n? [gr, eigen]\n: 0.04']),
    code: 1,
    schema: true,
    at: 'regio.yaml:6',
    says: ['a key must be a name or a number, not a map or a list', 'hint: write the field name before the ":"'],
  },
  {
    claim: 'an alias bomb (billion laughs) is refused, not expanded',
    files: { 'regio.yaml': `${fixture('regio.yaml')}\n${aliasBomb()}\n` },
    code: 1,
    at: 'regio.yaml:94',
    says: ['the aliases up to here repeat more than 1,000,000 characters', 'alias bomb'],
  },
  {
    claim: 'an empty region file is refused',
    files: { 'regio.yaml': '' },
    code: 1,
    schema: true,
    at: 'regio.yaml:1',
    says: ['the file is empty'],
  },
  {
    claim: 'a CSV given to run instead of a YAML file says what run takes',
    args: ['run', 'data/noord.csv'],
    code: 1,
    at: 'data/noord.csv:1:1',
    says: ['expected a map of fields at the top of the file', 'hint: run and validate take a region or municipality file'],
  },
  {
    claim: 'a file whose top level is a list, not a map of fields, is refused',
    files: { 'regio.yaml': '- region\n- horizon\n' },
    code: 1,
    schema: true,
    at: 'regio.yaml:1',
    says: ['expected a map of fields at the top of the file'],
  },
  {
    claim: 'an unknown field suggests the closest known one',
    files: editLine('regio.yaml', 44, 'amount:', 'amout:'),
    code: 1,
    schema: true,
    at: 'regio.yaml:44',
    says: ['models.gr.lines[1]', 'unknown field "amout"; did you mean "amount"?'],
  },
  {
    claim: 'every unknown field of a map is reported, each with its suggestion',
    files: editLine('regio.yaml', 47, 'driver: headcount, amount:', 'drivr: headcount, amout:'),
    code: 1,
    schema: true,
    at: 'regio.yaml:47',
    says: ['unknown field "drivr"; did you mean "driver"?', 'unknown field "amout"; did you mean "amount"?', '2 problems found'],
  },
  {
    claim: 'a YAML merge key says that merge keys are not supported',
    files: edit('regio.yaml', ['  prijs: { description: Prijsindex, default: 0.015 }', '  prijs: &prijs { description: Prijsindex, default: 0.015 }\n  prijs2:\n    <<: *prijs']),
    code: 1,
    schema: true,
    at: 'regio.yaml:27',
    says: ['unknown field "<<": YAML merge keys are not supported'],
  },
  {
    claim: 'an unknown top-level field suggests the closest known one',
    files: edit('regio.yaml', ['municipalities: [', 'municipalites: [']),
    code: 1,
    schema: true,
    at: 'regio.yaml:87',
    says: ['unknown field "municipalites"; did you mean "municipalities"?'],
  },
  {
    claim: 'a missing required field is named, at the map that lacks it',
    files: editLine('regio.yaml', 44, 'kind: cost, ', ''),
    code: 1,
    schema: true,
    at: 'regio.yaml:44',
    says: ['models.gr.lines[1]', 'missing required field "kind"'],
  },
  {
    claim: 'a value of the wrong type says what was expected and what was found',
    files: edit('regio.yaml', ['discount_rate: 0.03', 'discount_rate: drie procent']),
    code: 1,
    schema: true,
    at: 'regio.yaml:5',
    says: ['discount_rate', 'expected', 'got "drie procent"'],
  },
  {
    claim: 'an amount written as text (with a thousands point) is refused',
    files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: "40.000" } }']),
    code: 1,
    schema: true,
    at: 'regio.yaml:36',
    says: ['expected an amount (a number ≥ 0), got "40.000"'],
  },
  {
    claim: 'an index rate written as a percentage, which compounds past 10^13, is an input error at the parameter that grows too large',
    files: edit('regio.yaml', ['loon: { description: Loonindex, default: 0.02,', 'loon: { description: Loonindex, default: 25,']),
    code: 1,
    at: 'regio.yaml:32',
    says: ['parameter "begeleiding_per_hc" reaches 2.65e+13 in 2029: more than the 10^13 that a figure may be', 'hint: check its values and its index: a rate is a fraction'],
  },
  {
    claim: 'a parameter without any values is refused',
    files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: {} }']),
    code: 1,
    at: 'regio.yaml:36',
    says: ['parameter "regie_gemeente" has no values'],
  },
  {
    claim: 'a values key that is not a year is refused',
    files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 21: 40000 } }']),
    code: 1,
    schema: true,
    at: 'regio.yaml:36',
    says: ['parameters.regie_gemeente.values.21', 'expected a year such as 2021 as the key'],
  },
  {
    claim: 'a negative amount in a parameter is refused',
    files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: -40000 } }']),
    code: 1,
    schema: true,
    at: 'regio.yaml:36',
    says: ['parameters.regie_gemeente.values.2021', '≥ 0', 'got -40000'],
  },
  {
    claim: 'an unknown unit lists the units there are',
    files: edit('regio.yaml', ['tw_beschut: { unit: EUR/FTE,', 'tw_beschut: { unit: euro per fte,']),
    code: 1,
    schema: true,
    at: 'regio.yaml:30',
    says: ['parameters.tw_beschut.unit', 'expected a unit, one of', 'EUR/FTE'],
  },
  {
    claim: 'a region without work forms says so once, not once for every line that names one',
    files: edit('regio.yaml', ['work_forms:\n  beschut_binnen: { label: Beschut binnen }\n  detachering: { label: Detachering }', 'work_forms: {}']),
    code: 1,
    at: 'regio.yaml:8',
    says: ['the region has no work forms'],
  },
  {
    claim: 'a horizon of more than 100 years is refused',
    files: edit('regio.yaml', ['end: 2030', 'end: 2200']),
    code: 1,
    at: 'regio.yaml:4',
    says: ['a horizon of 180 years is longer than 100'],
  },
  {
    claim: 'an unknown driver lists the drivers there are and suggests the closest',
    files: edit('regio.yaml', ['driver: headcount, amount: begeleiding_per_hc,\n', 'driver: headcont, amount: begeleiding_per_hc,\n']),
    code: 1,
    schema: true,
    at: 'regio.yaml:47',
    says: ['models.gr.lines[3].driver', 'fte, se, headcount', 'did you mean "headcount"?'],
  },
  {
    claim: 'an unknown allocation key suggests the closest one',
    files: edit('regio.yaml', ['allocation: inhabitants }', 'allocation: inhabitant }']),
    code: 1,
    schema: true,
    at: 'regio.yaml:74',
    says: ['allocation', 'did you mean "inhabitants"?'],
  },
  {
    claim: 'an unknown parameter in a line suggests the closest one',
    files: editLine('regio.yaml', 44, 'loonkosten_per_fte', 'loonkosten_per_ft'),
    code: 1,
    at: 'regio.yaml:44',
    says: ['models.gr.lines[1].amount', 'unknown parameter "loonkosten_per_ft"; did you mean "loonkosten_per_fte"?'],
  },
  {
    claim: 'an unknown work form in a line suggests the closest one and lists them all',
    files: edit('regio.yaml', ['work_forms: [beschut_binnen]', 'work_forms: [beschut_binen]']),
    code: 1,
    at: 'regio.yaml:48',
    says: ['unknown work form "beschut_binen"; did you mean "beschut_binnen"?', 'beschut_binnen, detachering'],
  },
  {
    claim: 'an unknown index suggests the closest one',
    files: edit('regio.yaml', ['values: { 2021: 30000, 2025: 36000 }, index: loon }', 'values: { 2021: 30000, 2025: 36000 }, index: lon }']),
    code: 1,
    at: 'regio.yaml:29',
    says: ['parameters.loonkosten_per_fte.index', 'unknown index "lon"; did you mean "loon"?'],
  },
  {
    claim: '"level" on an fte line is refused: only fixed and one_off lines have a level',
    files: editLine('regio.yaml', 44, 'driver: fte,', 'driver: fte, level: organisation,'),
    code: 1,
    at: 'regio.yaml:44',
    says: ['"level" is not allowed on an fte line', 'fixed and one_off'],
  },
  {
    claim: '"work_forms" on a fixed line is refused: only population lines filter by work form',
    files: edit('regio.yaml', ['amount: regie_gemeente, volume_elasticity: 1 }', 'amount: regie_gemeente, volume_elasticity: 1, work_forms: [detachering] }']),
    code: 1,
    at: 'regio.yaml:61',
    says: ['"work_forms" is not allowed on a fixed line', 'fte, se and headcount'],
  },
  {
    claim: '"allocation" on a line of level municipality is refused',
    files: edit('regio.yaml', ['amount: regie_gemeente, volume_elasticity: 1 }', 'amount: regie_gemeente, volume_elasticity: 1, allocation: equal }']),
    code: 1,
    at: 'regio.yaml:61',
    says: ['"allocation" is not allowed', 'level: organisation'],
  },
  {
    claim: 'a one_off amount keyed by something other than a year is refused',
    files: edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', 'amount: { 2021: 120000, twee: 60000 }']),
    code: 1,
    at: 'regio.yaml:62',
    says: ['expected a year such as 2021 as the key, got "twee"'],
  },
  {
    claim: 'a one_off line whose amount is not a year map shows the shape to use',
    files: edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', 'amount: 120000']),
    code: 1,
    at: 'regio.yaml:62',
    says: ['models.eigen.lines[6].amount', 'map from year to euros', 'for example amount: { 2021: 400000'],
  },
  {
    claim: 'an amount map that leaves out a work form names the missing one',
    files: edit('regio.yaml', ['amount: { beschut_binnen: 5000, detachering: tw_detachering }', 'amount: { beschut_binnen: 5000 }']),
    code: 1,
    at: 'regio.yaml:57',
    says: ['models.eigen.lines[2].amount', 'no amount for work form "detachering"'],
  },
  {
    claim: 'a percent_of line that refers to itself (directly or through others) is a cycle',
    files: edit('regio.yaml', ['of: [overhead, regie]', 'of: [overhead, risico]']),
    code: 1,
    at: 'regio.yaml:63',
    says: ['percent_of', 'cycle', 'risico → risico'],
  },
  {
    claim: 'a percent_of line without "of" says what "of" is for',
    files: edit('regio.yaml', ['of: [overhead, regie],', '']),
    code: 1,
    at: 'regio.yaml:63',
    says: ['missing required field "of"'],
  },
  {
    claim: 'a percent_of line naming a line the model lacks suggests the closest one',
    files: edit('regio.yaml', ['of: [overhead, regie]', 'of: [overhead, regi]']),
    code: 1,
    at: 'regio.yaml:63',
    says: ['unknown line "regi" in model "eigen"; did you mean "regie"?'],
  },
  {
    claim: 'two lines of one model with the same id are refused',
    files: edit('regio.yaml', ['{ id: regie, label: Regie', '{ id: overhead, label: Regie']),
    code: 1,
    at: 'regio.yaml:61',
    says: ['line id "overhead" is used twice in model "eigen"'],
  },
  {
    claim: 'a line whose years run backwards is refused',
    files: edit('regio.yaml', ['years: { to: 2025 }', 'years: { from: 2026, to: 2025 }']),
    code: 1,
    at: 'regio.yaml:64',
    says: ['years run from 2026 to 2025'],
  },
  {
    claim: 'a parameter without a value in the first year a line needs names the year and the line',
    files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2023: 40000 } }']),
    code: 1,
    at: 'regio.yaml:36',
    says: ['parameter "regie_gemeente" has no value for 2021', 'line "regie" of model "eigen"'],
  },
  {
    claim: 'an index without a default and without a rate for a year that is needed names the year',
    files: edit('regio.yaml', ['prijs: { description: Prijsindex, default: 0.015 }', 'prijs: { description: Prijsindex, values: { 2022: 0.015 } }']),
    code: 1,
    at: 'regio.yaml:25',
    says: ['index "prijs" has no rate for 2023 and no default', 'hint: add "default: <rate>"'],
  },
  {
    claim: 'a work form listed twice in a line\'s work_forms is refused: its people would count twice',
    files: edit('regio.yaml', ['work_forms: [beschut_binnen] }', 'work_forms: [beschut_binnen, beschut_binnen] }']),
    code: 1,
    at: 'regio.yaml:48',
    says: ['work form "beschut_binnen" is listed twice'],
  },
  {
    claim: 'a negative discount rate is refused',
    files: edit('regio.yaml', ['discount_rate: 0.03', 'discount_rate: -0.5']),
    code: 1,
    schema: true,
    at: 'regio.yaml:5',
    says: ['discount_rate', 'expected a number ≥ 0, got -0.5'],
  },
  {
    claim: 'an unknown model in a configuration suggests the closest one',
    files: edit('regio.yaml', ['{ model: samen, members: [noord, oost] }', '{ model: same, members: [noord, oost] }']),
    code: 1,
    at: 'regio.yaml:84',
    says: ['configurations.samen2.organisations[0].model', 'unknown model "same"; did you mean "samen"?'],
  },
  {
    claim: 'a baseline that is not a configuration lists the configurations',
    files: edit('regio.yaml', ['baseline: gr', 'baseline: grr']),
    code: 1,
    at: 'regio.yaml:6',
    says: ['unknown configuration "grr"; did you mean "gr"?', 'gr, eigen, samen2'],
  },
  {
    claim: 'an unknown municipality in a configuration suggests the closest one',
    files: edit('regio.yaml', ['members: [noord, oost]', 'members: [noord, ost]']),
    code: 1,
    at: 'regio.yaml:84',
    says: ['unknown municipality "ost"; did you mean "oost"?'],
  },
  {
    claim: 'a municipality placed twice in one configuration is refused at the second place',
    files: edit('regio.yaml', ['- { model: eigen, members: each }\n\nmunicipalities', '- { model: eigen, members: [oost, zuid] }\n\nmunicipalities']),
    code: 1,
    at: 'regio.yaml:85',
    says: ['municipality "oost" is placed twice'],
  },
  {
    claim: 'an organisation left without members is refused',
    files: edit('regio.yaml', ['organisations: [ { model: gr, members: all } ]', 'organisations: [ { model: gr, members: all }, { model: eigen, members: each } ]']),
    code: 1,
    at: 'regio.yaml:79',
    says: ['this organisation has no members'],
  },
  {
    claim: 'an empty members list is refused',
    files: edit('regio.yaml', ['members: [noord, oost]', 'members: []']),
    code: 1,
    schema: true,
    at: 'regio.yaml:84',
    says: ['expected a list with at least one item, got an empty list'],
  },
  {
    claim: 'a municipality that a configuration never places is named',
    files: edit('regio.yaml', ['organisations: [ { model: gr, members: all } ]', 'organisations: [ { model: gr, members: [noord, oost] } ]']),
    code: 1,
    at: 'regio.yaml:79',
    says: ['configuration "gr" places no organisation for "zuid"'],
  },
  {
    claim: 'a horizon that ends before it starts is refused',
    files: edit('regio.yaml', ['horizon: { start: 2021, end: 2030 }', 'horizon: { start: 2021, end: 2020 }']),
    code: 1,
    at: 'regio.yaml:4',
    says: ['the horizon ends (2020) before it starts (2021)'],
  },
  {
    claim: 'outflow bands that do not rise in age are refused',
    files: edit('regio.yaml', ['{ below_age: 60, rate: 0.03 }', '{ below_age: 40, rate: 0.03 }']),
    code: 1,
    at: 'regio.yaml:16',
    says: ['bands must rise in age: 40 is not above 50'],
  },
  {
    claim: 'an outflow table whose last band is not open is refused',
    files: edit('regio.yaml', ['- { rate: 0.05 }', '- { below_age: 70, rate: 0.05 }']),
    code: 1,
    at: 'regio.yaml:17',
    says: ['the last band must be open'],
  },
  {
    claim: 'a gap between two rows of the AOW schedule is refused',
    files: edit('regio.yaml', ['{ born_from: 1957-01-01, years: 67', '{ born_from: 1957-02-01, years: 67']),
    code: 1,
    at: 'regio.yaml:21',
    says: ['rows must join', '1957-02-01', '1957-01-01'],
  },
  {
    claim: 'an uncertain parameter the region does not have is refused with a suggestion',
    files: edit('regio.yaml', ['municipalities: [ noord.yaml', 'uncertainty:\n  parameters:\n    overhead_g: { distribution: uniform, low: -0.1, high: 0.1 }\nmunicipalities: [ noord.yaml']),
    code: 1,
    at: 'regio.yaml:89',
    says: ['unknown parameter "overhead_g"; did you mean "overhead_gr"?'],
  },
  {
    claim: 'a triangular distribution whose mode lies outside low and high is refused',
    files: edit('regio.yaml', ['municipalities: [ noord.yaml', 'uncertainty:\n  one_off: { distribution: triangular, low: -0.1, mode: 0.3, high: 0.2 }\nmunicipalities: [ noord.yaml']),
    code: 1,
    at: 'regio.yaml:88',
    says: ['expected low ≤ mode ≤ high, got -0.1, 0.3, 0.2'],
  },
  {
    claim: 'an unknown distribution is a schema error that lists the distributions',
    files: edit('regio.yaml', ['municipalities: [ noord.yaml', 'uncertainty:\n  one_off: { distribution: lognormal, low: -0.1, high: 0.2 }\nmunicipalities: [ noord.yaml']),
    code: 1,
    at: 'regio.yaml:88',
    says: ['uncertainty.one_off'],
    schema: true,
  },
  {
    claim: 'correlations that cannot hold together are refused',
    files: edit('regio.yaml', ['municipalities: [ noord.yaml', [
      'uncertainty:',
      '  parameters:',
      '    overhead_gr: { distribution: uniform, low: -0.1, high: 0.1 }',
      '    overhead_eigen: { distribution: uniform, low: -0.1, high: 0.1 }',
      '    overhead_samen: { distribution: uniform, low: -0.1, high: 0.1 }',
      '  correlations:',
      '    - { between: [overhead_gr, overhead_eigen], rho: 0.9 }',
      '    - { between: [overhead_gr, overhead_samen], rho: 0.9 }',
      '    - { between: [overhead_eigen, overhead_samen], rho: -0.9 }',
      'municipalities: [ noord.yaml',
    ].join('\n')]),
    code: 1,
    at: 'regio.yaml:92',
    says: ['the correlation matrix is not positive definite'],
  },
  {
    claim: 'a label with a control character (an escape that would steer the terminal) is refused',
    files: edit('regio.yaml', ['label: Huidige GR', 'label: "Huidige \\e[2J GR"']),
    code: 1,
    at: 'regio.yaml:79',
    says: ['this text holds a control character'],
    hides: ['\u001b[2J'],
  },
  {
    claim: 'an AOW date that does not exist is refused',
    files: edit('regio.yaml', ['{ born_from: 1957-01-01, years: 67', '{ born_from: 1957-02-30, years: 67']),
    code: 1,
    at: 'regio.yaml:21',
    says: ['"1957-02-30" is not a real date'],
  },
];

export const municipalityCases: BadInputCase[] = [
  {
    claim: 'an unknown field in a municipality file suggests the closest one',
    files: edit('noord.yaml', ['employees:', 'employes:']),
    code: 1,
    schema: true,
    at: 'noord.yaml:3',
    says: ['unknown field "employes"; did you mean "employees"?'],
  },
  {
    claim: 'a municipality file listed twice in the region is refused at the second mention',
    files: edit('regio.yaml', ['zuid.yaml ]', 'zuid.yaml, noord.yaml ]']),
    code: 1,
    at: 'regio.yaml:87',
    says: ['noord.yaml is listed twice'],
  },
  {
    claim: 'a municipality file whose "region" names a municipality file is refused',
    files: edit('noord.yaml', ['region: regio.yaml', 'region: oost.yaml']),
    code: 1,
    at: 'noord.yaml:1',
    says: ['oost.yaml is a municipality file, not a region file'],
  },
  {
    claim: 'an override that starts after the horizon\'s start names the year that is missing',
    files: edit('noord.yaml', ['values: { 2021: 420000 }', 'values: { 2024: 420000 }']),
    code: 1,
    at: 'noord.yaml:5',
    says: ['parameter "overhead_eigen" has no value for 2021: its first explicit year is 2024'],
  },
  {
    claim: 'zero inhabitants is refused',
    files: edit('noord.yaml', ['inhabitants: 60000', 'inhabitants: 0']),
    code: 1,
    schema: true,
    at: 'noord.yaml:2',
    says: ['municipality.inhabitants', 'expected a number > 0, got 0'],
  },
  {
    claim: 'an override of a parameter the region lacks suggests the closest region parameter',
    files: edit('noord.yaml', ['overhead_eigen:', 'overhead_eigne:']),
    code: 1,
    at: 'noord.yaml:5',
    says: ['"overhead_eigne" is not a parameter of the region; did you mean "overhead_eigen"?'],
  },
  {
    claim: 'a municipality file that the region does not list is refused',
    files: { 'west.yaml': fixture('oost.yaml').replace('id: oost, name: Oost', 'id: west, name: West') },
    args: ['run', 'west.yaml', '--json'],
    code: 1,
    at: 'regio.yaml:87',
    says: ['west.yaml is not listed under "municipalities"'],
  },
  {
    claim: 'two municipality files with the same id are refused',
    files: edit('oost.yaml', ['id: oost', 'id: noord']),
    code: 1,
    at: 'oost.yaml:2',
    says: ['municipality id "noord" is already used by noord.yaml'],
  },
  {
    claim: 'a municipality file without employees names the missing field',
    files: edit('noord.yaml', ['employees: data/noord.csv\n', '']),
    code: 1,
    schema: true,
    at: 'noord.yaml:1',
    says: ['missing required field "employees"'],
  },
  {
    claim: 'a malformed CBS code shows the expected form',
    files: edit('noord.yaml', ['cbs_code: GM9901', 'cbs_code: 9901']),
    code: 1,
    schema: true,
    at: 'noord.yaml:2',
    says: ['municipality.cbs_code', 'GM0141'],
  },
  {
    claim: 'a shared organisation split by inhabitants needs every member\'s inhabitants',
    files: edit('oost.yaml', [', inhabitants: 25000', '']),
    code: 1,
    at: 'oost.yaml:2',
    says: ['municipality "oost" has no "inhabitants"', 'hint: add inhabitants'],
  },
  {
    claim: 'a municipality file that names another region file is refused',
    files: { ...edit('oost.yaml', ['region: regio.yaml', 'region: andere-regio.yaml']), 'andere-regio.yaml': fixture('regio.yaml') },
    code: 1,
    at: 'oost.yaml:1',
    says: ['names region file andere-regio.yaml', 'regio.yaml lists it'],
  },
];

export const csvCases: BadInputCase[] = [
  {
    claim: 'a missing CSV column suggests the column that was probably meant',
    files: edit('data/noord.csv', ['id,birth_date,fte,', 'id,birth_date,ftee,']),
    code: 1,
    at: 'data/noord.csv:1',
    says: ['missing column "fte"; did you mean "ftee"?'],
  },
  {
    claim: 'an impossible birth date is refused without showing it',
    files: edit('data/noord.csv', ['N001,1956-03-01', 'N001,1956-02-30']),
    code: 1,
    at: 'data/noord.csv:3',
    says: ['column birth_date', 'not a valid date'],
    hides: ['N001', '1956-02-30'],
  },
  {
    claim: 'a birth date on or after the horizon\'s start is refused without showing it',
    files: edit('data/noord.csv', ['N003,1989-07-02', 'N003,2021-07-02']),
    code: 1,
    at: 'data/noord.csv:5',
    says: ['column birth_date', 'not before the horizon\'s start (2021)'],
    hides: ['N003', '2021-07-02'],
  },
  {
    claim: 'a cell that is not a number says what kind of value it holds, not the value',
    files: edit('data/noord.csv', ['N006,1963-09-04,0.9', 'N006,1963-09-04,0.9x']),
    code: 1,
    at: 'data/noord.csv:8',
    says: ['column fte', 'expected a number, got text'],
    hides: ['N006', '1963-09-04', '0.9x'],
  },
  {
    claim: 'an fte above 1.5 is out of range',
    files: edit('data/noord.csv', ['N004,1957-10-19,1.0', 'N004,1957-10-19,1.8']),
    code: 1,
    at: 'data/noord.csv:6',
    says: ['column fte', 'expected 0 < fte ≤ 1.5, got a number above 1.5'],
    hides: ['N004', '1957-10-19', '1.8'],
  },
  {
    claim: 'an fte of zero is out of range',
    files: edit('data/noord.csv', ['N004,1957-10-19,1.0', 'N004,1957-10-19,0']),
    code: 1,
    at: 'data/noord.csv:6',
    says: ['expected 0 < fte ≤ 1.5, got a number of 0 or less'],
  },
  {
    claim: 'an empty required cell is named by its column',
    files: edit('data/noord.csv', ['N006,1963-09-04,0.9', 'N006,1963-09-04,']),
    code: 1,
    at: 'data/noord.csv:8',
    says: ['column fte', 'is empty'],
  },
  {
    claim: 'a duplicate id points at the first line with it, without showing the id',
    files: edit('data/noord.csv', ['N004,', 'N003,']),
    code: 1,
    at: 'data/noord.csv:6',
    says: ['duplicate id: line 5 has the same one'],
    hides: ['N003', 'N004'],
  },
  {
    claim: 'an unknown work form in a CSV says it is close to one and lists them, without showing the cell',
    files: edit('data/noord.csv', ['N005,1956-09-28,0.8,detachering', 'N005,1956-09-28,0.8,detacheering']),
    code: 1,
    at: 'data/noord.csv:7',
    says: ['column work_form', 'expected one of the region\'s work forms, got text close to a work form (a typo?)', 'hint: the region\'s work forms are: beschut_binnen, detachering'],
    hides: ['N005', '1956-09-28', 'detacheering'],
  },
  {
    claim: 'a row for another municipality is refused',
    files: withMunicipalityColumn('data/noord.csv', (line) => (line === 9 ? 'oost' : 'noord')),
    code: 1,
    at: 'data/noord.csv:9',
    says: ['column municipality', 'expected this file\'s municipality "noord" (or an empty cell), got the id of another municipality of the region'],
    hides: ['N007', '1960-10-19', 'oost'],
  },
  {
    claim: 'an se_weight above 2 is out of range',
    files: edit('data/noord.csv', ['N009,1985-11-18,1.0,detachering,1.25', 'N009,1985-11-18,1.0,detachering,3']),
    code: 1,
    at: 'data/noord.csv:11',
    says: ['column se_weight', 'expected 0 < se_weight ≤ 2, got a number above 2'],
  },
  {
    claim: 'a decimal comma in a comma-delimited file is explained, not just miscounted',
    files: edit('data/noord.csv', ['N006,1963-09-04,0.9', 'N006,1963-09-04,0,9']),
    code: 1,
    at: 'data/noord.csv:8',
    says: ['this row has 6 fields, the header has 5', 'hint: a decimal comma (0,9) splits a number in two'],
    hides: ['N006', '1963-09-04'],
  },
  {
    claim: 'a quoted decimal comma in a comma-delimited file says to use a point',
    files: edit('data/noord.csv', ['N006,1963-09-04,0.9', 'N006,1963-09-04,"0,9"']),
    code: 1,
    at: 'data/noord.csv:8',
    says: ['expected a number, got a number with a decimal comma', 'hint: a decimal comma is accepted only in files with ";" or tab'],
    hides: ['0,9'],
  },
  {
    claim: 'a row with more fields than the header says so',
    files: edit('data/noord.csv', ['N010,1983-06-10,0.8,beschut_binnen,', 'N010,1983-06-10,0.8,beschut_binnen,,extra']),
    code: 1,
    at: 'data/noord.csv:12',
    says: ['this row has 6 fields, the header has 5'],
    hides: ['N010', '1983-06-10'],
  },
  {
    claim: 'a quote that is never closed is a CSV syntax error',
    files: edit('data/noord.csv', ['N010,1983-06-10,0.8,', 'N010,"1983-06-10,0.8,']),
    code: 1,
    at: 'data/noord.csv:12',
    says: ['CSV syntax error', 'quote'],
    hides: ['N010', '1983-06-10'],
  },
  {
    claim: 'a quote in the middle of a CSV field is a syntax error that says how to quote',
    files: edit('data/noord.csv', ['N010,1983-06-10,0.8,beschut_binnen,', 'N010,1983-06-10,0.8,beschut_"binnen",']),
    code: 1,
    at: 'data/noord.csv:12',
    says: ['CSV syntax error: a quote (") in the middle of a field', 'hint: quote the whole field and double each quote inside it'],
    hides: ['N010', '1983-06-10'],
  },
  {
    claim: 'a control character in a cell never reaches the terminal: the cell is not shown',
    files: edit('data/noord.csv', ['N010,1983-06-10,0.8,beschut_binnen,', 'N010,1983-06-10,0.8,beschut\u001b[2Jbinnen,']),
    code: 1,
    at: 'data/noord.csv:12',
    says: ['column work_form', 'expected one of the region\'s work forms, got text'],
    hides: ['\u001b', '[2J'],
  },
  {
    claim: 'an empty CSV asks for a header row',
    files: { 'data/noord.csv': '' },
    code: 1,
    at: 'data/noord.csv:1',
    says: ['the file is empty: expected a header row'],
  },
  {
    claim: 'a binary file given as CSV is refused',
    files: { 'data/noord.csv': Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]) },
    code: 1,
    at: 'data/noord.csv:1',
    says: ['binary file, not text'],
  },
  {
    claim: 'a row with fewer fields than the header says so',
    files: edit('data/noord.csv', ['N010,1983-06-10,0.8,beschut_binnen,', 'N010,1983-06-10,0.8']),
    code: 1,
    at: 'data/noord.csv:12',
    says: ['this row has 3 fields, the header has 5'],
  },
  {
    claim: 'a column named twice in the header is refused',
    files: edit('data/noord.csv', ['id,birth_date,fte,work_form,se_weight', 'id,birth_date,fte,work_form,fte']),
    code: 1,
    at: 'data/noord.csv:1',
    says: ['column "fte" appears twice in the header'],
  },
  {
    claim: 'a thousands separator in a semicolon file is not a number',
    files: edit('data/oost.csv', ['O003;1984-04-11;0,8', 'O003;1984-04-11;1.000,5']),
    args: ['run', 'oost.yaml', '--json'],
    code: 1,
    at: 'data/oost.csv:5',
    says: ['column fte', 'expected a number, got a number with a thousands separator', 'hint: write the number without a thousands separator'],
    hides: ['O003', '1984-04-11', '1.000,5'],
  },
  {
    claim: 'a cohort CSV without a count column explains the two kinds of CSV',
    files: edit('data/zuid-cohorten.csv', ['birth_year,work_form,count,fte', 'birth_year,work_form,hoeveel,fte']), // "aantal" is the Dutch name of count
    args: ['run', 'zuid.yaml', '--json'],
    code: 1,
    at: 'data/zuid-cohorten.csv:1',
    says: ['missing column "id"', 'hint: the columns found are: "birth_year", "work_form", "hoeveel", "fte", "se"; an employee CSV has one row per person with an id; a cohort CSV has the columns birth_year, work_form, count, fte'],
  },
  {
    claim: 'a cohort whose fte per person exceeds 1.5 is refused',
    files: edit('data/zuid-cohorten.csv', ['1958,beschut_binnen,3,2.5,', '1958,beschut_binnen,3,5,']),
    args: ['run', 'zuid.yaml', '--json'],
    code: 1,
    at: 'data/zuid-cohorten.csv:2',
    says: ['column fte', '0 < fte per person ≤ 1.5, got a total above 1.5 per person'],
  },
  {
    claim: 'a cohort count that is not a whole number is refused',
    files: edit('data/zuid-cohorten.csv', ['1958,beschut_binnen,3,', '1958,beschut_binnen,2.5,']),
    code: 1,
    at: 'data/zuid-cohorten.csv:2',
    says: ['column count', 'expected a whole number of people ≥ 1, got a number with decimals'],
  },
  {
    claim: 'a cohort birth year on or after the horizon\'s start is refused',
    files: edit('data/zuid-cohorten.csv', ['1985,detachering', '2022,detachering']),
    code: 1,
    at: 'data/zuid-cohorten.csv:5',
    says: ['column birth_year', 'expected a birth year from 1900 to 2020, got a number above 2020'],
  },
];

export const fileCases: BadInputCase[] = [
  {
    claim: 'a missing region file is an I/O error at the line that names it, with a suggestion',
    files: edit('noord.yaml', ['region: regio.yaml', 'region: regoi.yaml']),
    code: 3,
    at: 'noord.yaml:1',
    says: ['file not found: regoi.yaml', 'did you mean "regio.yaml"?'],
  },
  {
    claim: 'a missing CSV is an I/O error at the employees: line of the municipality file',
    files: edit('noord.yaml', ['employees: data/noord.csv', 'employees: data/noord-2021.csv']),
    code: 3,
    at: 'noord.yaml:3',
    says: ['file not found: data/noord-2021.csv'],
  },
  {
    claim: 'a missing municipality file is an I/O error at its line in the region file',
    files: edit('regio.yaml', ['zuid.yaml ]', 'zud.yaml ]']),
    code: 3,
    at: 'regio.yaml:87',
    says: ['file not found: zud.yaml', 'did you mean "zuid.yaml"?'],
  },
  {
    claim: 'a folder named as the region file is an I/O error at the region: line',
    files: edit('noord.yaml', ['region: regio.yaml', 'region: data']),
    code: 3,
    at: 'noord.yaml:1',
    says: ['data is a folder, not a file'],
  },
  {
    claim: 'a YAML file over 10 MB is refused before it is read',
    files: { 'regio.yaml': `${fixture('regio.yaml')}#${' padding'.repeat(11 * 1024 * 1024 / 8)}\n` },
    code: 1,
    at: 'noord.yaml:1',
    says: ['regio.yaml is 11 MB, more than the 10 MB'],
  },
  {
    claim: 'a missing file on the command line is an I/O error',
    args: ['run', 'nord.yaml', '--json'],
    code: 3,
    at: 'nord.yaml',
    says: ['file not found: nord.yaml', 'did you mean "noord.yaml"?'],
  },
  {
    claim: 'a folder given as the file to run is an I/O error',
    args: ['run', 'data', '--json'],
    code: 3,
    at: 'data',
    says: ['data is a folder, not a file'],
  },
  {
    claim: 'a folder named as the employee CSV is an I/O error at the employees: line',
    files: edit('noord.yaml', ['employees: data/noord.csv', 'employees: data']),
    code: 3,
    at: 'noord.yaml:3',
    says: ['data is a folder, not a file'],
  },
];

export const usageCases: BadInputCase[] = [
  { claim: '`run` without a file is a usage error', args: ['run'], code: 2, says: ['missing required argument', 'file'] },
  { claim: '`validate` without a file is a usage error', args: ['validate'], code: 2, says: ['missing required argument', 'file'] },
  { claim: 'an unknown option is a usage error', args: ['run', 'noord.yaml', '--jsno'], code: 2, says: ['unknown option', '--jsno', 'Did you mean --json?'] },
  { claim: 'a language other than nl or en is a usage error', args: ['run', 'noord.yaml', '--lang', 'de'], code: 2, says: ['--lang', 'de', 'nl, en'] },
  { claim: 'an unknown command is a usage error', args: ['rnu', 'noord.yaml'], code: 2, says: ['unknown command', 'rnu'] },
  {
    claim: 'a --set is held to the ranges of the files: a negative discount rate is a usage error at the flag',
    args: ['run', 'noord.yaml', '--json', '--set', 'discount_rate=-1'],
    code: 2,
    at: '--set #1',
    says: ['discount_rate', 'expected a discount rate ≥ 0 and < 1', 'got "-1"'],
  },
  {
    claim: 'a --set that makes the horizon end before it starts is a usage error at the flag',
    args: ['run', 'noord.yaml', '--json', '--set', 'horizon.end=2000'],
    code: 2,
    at: '--set #1',
    says: ['the horizon ends (2000) before it starts (2021)'],
  },
  {
    claim: 'an index rate of -100% or less in a variant\'s set: is an input error at its line',
    files: { 'variant.yaml': 'extends: noord.yaml\nset: [loon.default=-1]\n' },
    args: ['run', 'variant.yaml', '--json'],
    code: 1,
    at: 'variant.yaml:2',
    says: ['loon.default', 'expected a yearly rate above -1 (-100%), got "-1"'],
  },
];
