import type * as z from 'zod';
import type { Issue } from '../errors.js';
import type { FieldPath } from './field-path.js';
import { texts } from '../language.js';
import { readTypedNumber } from '../typed-number.js';
import { didYouMean } from '../suggest.js';
import type { YamlFile } from './yaml-document.js';

/** The texts of schema violations, as zod-issues.ts words them. */
export const zodMessages = texts('zod issues', {
  en: {
    unknownField: (key: string) => `unknown field "${key}"`,
    missing: (field: string) => `missing required field "${field}"`,
    writeNumber: (plain: string) => `write ${plain}: a number in YAML has a decimal point, no thousands separator and no quotes`,
    got: (found: string) => `, got ${found}`,
    expected: (what: string) => `expected ${what}`,
    oneOf: (options: readonly string[]) => `expected one of ${options.join(', ')}`,
    textLength: (message: string, length: number) => `${message}, got ${length}`,
    listAtLeastOne: 'expected a list with at least one item, got an empty list',
    listAtLeast: (bound: string) => `expected a list of at least ${bound} items`,
    listAtMost: (bound: string) => `expected a list of at most ${bound} items`,
    numberBound: (op: string, bound: string) => `expected a number ${op} ${bound}`,
    types: {
      number: 'a number',
      int: 'a whole number',
      string: 'text',
      array: 'a list',
      object: 'a map of fields',
      record: 'a map',
      boolean: 'true or false',
    } as Readonly<Record<string, string>>,
    emptyValue: 'an empty value',
    aList: 'a list',
    aDate: 'a date',
    aMap: 'a map',
  },
  nl: {
    unknownField: (key: string) => `onbekend veld "${key}"`,
    missing: (field: string) => `verplicht veld "${field}" ontbreekt`,
    writeNumber: (plain: string) => `schrijf ${plain}: een getal in YAML heeft een decimale punt, geen scheidingsteken voor duizendtallen en geen aanhalingstekens`,
    got: (found: string) => `, gevonden: ${found}`,
    expected: (what: string) => `verwacht ${what}`,
    oneOf: (options: readonly string[]) => `verwacht een van ${options.join(', ')}`,
    textLength: (message: string, length: number) => `${message}, gevonden: ${length}`,
    listAtLeastOne: 'verwacht een lijst met minstens één item, gevonden: een lege lijst',
    listAtLeast: (bound: string) => `verwacht een lijst van minstens ${bound} items`,
    listAtMost: (bound: string) => `verwacht een lijst van hoogstens ${bound} items`,
    numberBound: (op: string, bound: string) => `verwacht een getal ${op} ${bound}`,
    types: {
      number: 'een getal',
      int: 'een geheel getal',
      string: 'tekst',
      array: 'een lijst',
      object: 'een map met velden',
      record: 'een map',
      boolean: 'true of false',
    } as Readonly<Record<string, string>>,
    emptyValue: 'een lege waarde',
    aList: 'een lijst',
    aDate: 'een datum',
    aMap: 'een map',
  },
});
const zm = zodMessages;

type ZodIssue = z.core.$ZodIssue;

/**
 * Turns schema violations into issues at their place in the file, in the user's words.
 * A missing field that an unknown field in the same map probably meant is left out: the
 * unknown field's "did you mean" already says it.
 */
export function issuesFromSchema(yaml: YamlFile, zodIssues: readonly ZodIssue[]): Issue[] {
  const suggested = new Set(
    zodIssues.flatMap((i) =>
      i.code === 'unrecognized_keys' ? i.message.split('\n').map((m) => pathKey([...(i.path as FieldPath), suggestedField(m)])) : [],
    ),
  );
  return zodIssues.flatMap((issue): Issue[] => {
    const path = issue.path as FieldPath;
    if (issue.code === 'unrecognized_keys') {
      const messages = issue.message.split('\n'); // one line per unknown key (schema/common.ts)
      return issue.keys.map((key, i) => ({ at: yaml.locate([...path, key], { key: true }), message: messages[i] ?? zm.unknownField(key) }));
    }
    if (isMissing(issue)) {
      if (suggested.has(pathKey(path))) return [];
      const field = String(path[path.length - 1]);
      return [{ at: yaml.locate(path.slice(0, -1)), message: zm.missing(field) }];
    }
    if (issue.code === 'invalid_key') {
      return [{ at: yaml.locate(path, { key: true }), message: issue.issues[0]?.message ?? issue.message }];
    }
    const unclear = unclearNumber(yaml, path, issue);
    if (unclear !== undefined) return [{ at: yaml.locate(path), ...unclear }];
    const hint = numberTextHint(issue);
    return [{ at: yaml.locate(path), message: describeIssue(issue), ...(hint === undefined ? {} : { hint }) }];
  });
}

/**
 * For text where a number belongs (`"40.000"`, `0,025`, `1.250.000`): how to write the number,
 * read by the rule for typed numbers (typed-number.ts), or undefined if the text is no number.
 */
function numberTextHint(issue: ZodIssue): string | undefined {
  const expectsNumber = (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) || (issue.code === 'invalid_union' && /\b(number|getal)\b/.test(issue.message));
  if (!expectsNumber || typeof issue.input !== 'string') return undefined;
  const read = readTypedNumber(issue.input);
  if (read.ok) return zm.writeNumber(read.text);
  return read.reason === 'unclear' ? read.hint : undefined;
}

/**
 * A number YAML read from a text with a thousands separator (`inhabitants: 32.500` is 32.5 to
 * YAML): the rule for typed numbers says why it is refused, rather than "expected a whole
 * number, got 32.5", which would not explain where the .5 came from.
 */
function unclearNumber(yaml: YamlFile, path: FieldPath, issue: ZodIssue): { message: string; hint: string } | undefined {
  if (typeof issue.input !== 'number') return undefined;
  const written = yaml.writtenText(path);
  const read = written === undefined ? undefined : readTypedNumber(written);
  return read === undefined || read.ok || read.reason !== 'unclear' ? undefined : { message: read.message, hint: read.hint };
}

/** A required field left out: with `reportInput`, zod omits the input only where there was none. */
function isMissing(issue: ZodIssue): boolean {
  const kinds: readonly string[] = ['invalid_type', 'invalid_value', 'invalid_union'];
  return kinds.includes(issue.code) && issue.input === undefined;
}

function suggestedField(message: string): string {
  return /(?:did you mean|bedoelde u) "([^"]+)"/.exec(message)?.[1] ?? '';
}

function pathKey(path: FieldPath): string {
  return path.map(String).join('\u0000');
}

function describeIssue(issue: ZodIssue): string {
  const got = zm.got(describeValue(issue.input));
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `${zm.expected(describeType(issue.expected))}${got}` : `${issue.message}${got}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof issue.input === 'string' ? didYouMean(issue.input, options) : '';
      return `${issue.message.startsWith('Invalid option') ? zm.oneOf(options) : issue.message}${got}${suggestion}`;
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') return zm.textLength(issue.message, String(issue.input).length); // the text itself may be long
      return issue.origin === 'array' ? rangeText(issue) : `${rangeText(issue)}${got}`;
    case 'invalid_union':
    case 'invalid_format':
      return `${issue.message}${got}`;
    default:
      return issue.message;
  }
}

function rangeText(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
  if (issue.origin === 'array' && issue.code === 'too_small') return bound === 1 ? zm.listAtLeastOne : zm.listAtLeast(String(bound));
  if (issue.origin === 'array') return zm.listAtMost(String(bound));
  const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return zm.numberBound(op, String(bound));
}

function describeType(expected: string): string {
  return zm.types[expected] ?? expected;
}

/** How a wrong value is shown in a message: short, and never more than 40 characters of it. */
export function describeValue(value: unknown): string {
  if (value === null) return zm.emptyValue;
  if (Array.isArray(value)) return zm.aList;
  if (value instanceof Date) return zm.aDate;
  if (typeof value === 'object') return zm.aMap;
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
