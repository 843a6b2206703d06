import type * as z from 'zod';
import type { Issue } from '../errors.js';
import type { FieldPath } from './field-path.js';
import { readTypedNumber } from '../typed-number.js';
import { didYouMean } from './suggest.js';
import type { YamlFile } from './yaml-document.js';

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
      return issue.keys.map((key, i) => ({ at: yaml.locate([...path, key], { key: true }), message: messages[i] ?? `unknown field "${key}"` }));
    }
    if (isMissing(issue)) {
      if (suggested.has(pathKey(path))) return [];
      const field = String(path[path.length - 1]);
      return [{ at: yaml.locate(path.slice(0, -1)), message: `missing required field "${field}"` }];
    }
    if (issue.code === 'invalid_key') {
      return [{ at: yaml.locate(path, { key: true }), message: issue.issues[0]?.message ?? issue.message }];
    }
    const hint = numberTextHint(issue);
    return [{ at: yaml.locate(path), message: describeIssue(issue), ...(hint === undefined ? {} : { hint }) }];
  });
}

/**
 * For text where a number belongs (`"40.000"`, `0,025`, `1.250.000`): how to write the number,
 * read by the rule for typed numbers (typed-number.ts), or undefined if the text is no number.
 */
function numberTextHint(issue: ZodIssue): string | undefined {
  const expectsNumber = (issue.code === 'invalid_type' && (issue.expected === 'number' || issue.expected === 'int')) || (issue.code === 'invalid_union' && issue.message.includes('number'));
  if (!expectsNumber || typeof issue.input !== 'string') return undefined;
  const read = readTypedNumber(issue.input);
  if (read.ok) return `write ${read.text}: a number in YAML has a decimal point, no thousands separator and no quotes`;
  return read.reason === 'unclear' ? read.hint : undefined;
}

/** A required field left out: with `reportInput`, zod omits the input only where there was none. */
function isMissing(issue: ZodIssue): boolean {
  const kinds: readonly string[] = ['invalid_type', 'invalid_value', 'invalid_union'];
  return kinds.includes(issue.code) && issue.input === undefined;
}

function suggestedField(message: string): string {
  return /did you mean "([^"]+)"/.exec(message)?.[1] ?? '';
}

function pathKey(path: FieldPath): string {
  return path.map(String).join('\u0000');
}

function describeIssue(issue: ZodIssue): string {
  const got = `, got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.message.startsWith('Invalid input') ? `expected ${describeType(issue.expected)}${got}` : `${issue.message}${got}`;
    case 'invalid_value': {
      const options = issue.values.map(String);
      const suggestion = typeof issue.input === 'string' ? didYouMean(issue.input, options) : '';
      return `${issue.message.startsWith('Invalid option') ? `expected one of ${options.join(', ')}` : issue.message}${got}${suggestion}`;
    }
    case 'too_small':
    case 'too_big':
      if (issue.origin === 'string') return `${issue.message}, got ${String(issue.input).length}`; // the text itself may be long
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
  if (issue.origin === 'array' && issue.code === 'too_small') return bound === 1 ? 'expected a list with at least one item, got an empty list' : `expected a list of at least ${String(bound)} items`;
  if (issue.origin === 'array') return `expected a list of at most ${String(bound)} items`;
  const op = issue.code === 'too_small' ? (issue.inclusive ? '≥' : '>') : issue.inclusive ? '≤' : '<';
  return `expected a number ${op} ${String(bound)}`;
}

function describeType(expected: string): string {
  const names: Record<string, string> = {
    number: 'a number',
    int: 'a whole number',
    string: 'text',
    array: 'a list',
    object: 'a map of fields',
    record: 'a map',
    boolean: 'true or false',
  };
  return names[expected] ?? expected;
}

/** How a wrong value is shown in a message: short, and never more than 40 characters of it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a map';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
