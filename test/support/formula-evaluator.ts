import ExcelJS from 'exceljs';

// A small evaluator of the spreadsheet formulas that soweco-bc's workbooks write, so that a
// test can recalculate every formula and compare it with the engine's cached result on any
// machine (the LibreOffice check in recalc.ts needs LibreOffice). It knows the subset the
// workbooks use, with Excel's rules for it: operator precedence (unary minus before `^`,
// `^` left-associative), empty cells as 0 or "", error values that propagate, text and
// empty cells skipped by SUM, references (not values) handed to SUM, INDEX and the like.
// What lies outside the subset (an unknown function, `%`, whole columns, the space
// intersection operator, array constants) throws a FormulaError rather than being guessed,
// so that a new kind of formula in a workbook makes the check fail loudly until it is added.

/** An Excel error value, in exceljs's shape: `{ error: '#DIV/0!' }`. */
export interface ErrorValue {
  readonly error: string;
}

/** What a cell holds or a formula yields: a number, a text, a flag, an error, or nothing (an empty cell). */
export type Value = number | string | boolean | null | ErrorValue;

/** Looks up the value of one cell: `sheet` is undefined for the formula's own sheet; `address` is plain (`D5`, no `$`). */
export type CellResolver = (sheet: string | undefined, address: string) => Value;

/** Workbook-level names and the reference each stands for, e.g. `{ Disconteringsvoet: 'Aannames!$C$8' }`. */
export type DefinedNames = Readonly<Record<string, string>>;

/** A formula outside the supported subset, a syntax error, or a circular reference: a fault of the formula or of this evaluator, never a value. */
export class FormulaError extends Error {
  override name = 'FormulaError';
}

const DIV0: ErrorValue = { error: '#DIV/0!' };
const NA: ErrorValue = { error: '#N/A' };
const REF: ErrorValue = { error: '#REF!' };
const VALUE: ErrorValue = { error: '#VALUE!' };
const NAME: ErrorValue = { error: '#NAME?' };
const NUM: ErrorValue = { error: '#NUM!' };
const ERROR_LITERALS = ['#DIV/0!', '#N/A', '#REF!', '#VALUE!', '#NAME?', '#NUM!', '#NULL!'];

/** Whether a value is an error value. */
export function isError(v: unknown): v is ErrorValue {
  return typeof v === 'object' && v !== null && 'error' in v;
}

// ---------------------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'error'; readonly value: string }
  | { readonly kind: 'ref'; readonly sheet: string | undefined; readonly from: string; readonly to: string }
  | { readonly kind: 'word'; readonly value: string }
  | { readonly kind: 'op'; readonly value: string };

const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[0-9]+`;
/** A cell or a range of cells, not followed by what would make it a name or a function (`LOG10(`). */
const REF_PATTERN = new RegExp(String.raw`^(${CELL})(?::(${CELL}))?(?![\p{L}\p{N}_.(!])`, 'u');
const SHEET_PATTERN = /^(?:'((?:[^']|'')+)'|([\p{L}_][\p{L}\p{N}_.]*))!/u;
const NUMBER_PATTERN = /^(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;
const WORD_PATTERN = /^[\p{L}_\\][\p{L}\p{N}_.]*/u;
const OPERATORS = ['<>', '<=', '>=', '+', '-', '*', '/', '^', '&', '=', '<', '>', '(', ')', ','];

/** Splits a formula (without its leading `=`) into tokens. */
function tokenize(formula: string): Token[] {
  const tokens: Token[] = [];
  let rest = formula;
  while (rest.length > 0) {
    const space = /^\s+/.exec(rest)?.[0];
    if (space !== undefined) {
      rest = rest.slice(space.length);
      continue;
    }
    const [token, length] = nextToken(rest, formula);
    tokens.push(token);
    rest = rest.slice(length);
  }
  return tokens;
}

/** The token at the start of `rest`, and how many characters it takes. */
function nextToken(rest: string, formula: string): [Token, number] {
  const c = rest.charAt(0);
  if (c === '"') return stringToken(rest, formula);
  const sheet = SHEET_PATTERN.exec(rest);
  if (sheet !== null) {
    const ref = REF_PATTERN.exec(rest.slice(sheet[0].length));
    if (ref === null) throw new FormulaError(`a sheet reference without a cell or range of cells in ${formula}`);
    const name = sheet[1] === undefined ? (sheet[2] ?? '') : sheet[1].replace(/''/g, "'");
    return [refToken(name, ref), sheet[0].length + ref[0].length];
  }
  const ref = REF_PATTERN.exec(rest);
  if (ref !== null) return [refToken(undefined, ref), ref[0].length];
  const number = NUMBER_PATTERN.exec(rest);
  if (number !== null) return [{ kind: 'number', value: Number(number[0]) }, number[0].length];
  const error = ERROR_LITERALS.find((e) => rest.toUpperCase().startsWith(e));
  if (error !== undefined) return [{ kind: 'error', value: error }, error.length];
  const word = WORD_PATTERN.exec(rest);
  if (word !== null) return [{ kind: 'word', value: word[0] }, word[0].length];
  const op = OPERATORS.find((o) => rest.startsWith(o));
  if (op !== undefined) return [{ kind: 'op', value: op }, op.length];
  throw new FormulaError(`unsupported character ${JSON.stringify(c)} in ${formula}`);
}

function stringToken(rest: string, formula: string): [Token, number] {
  const match = /^"((?:[^"]|"")*)"/.exec(rest);
  if (match === null) throw new FormulaError(`a text without its closing quote in ${formula}`);
  return [{ kind: 'string', value: (match[1] ?? '').replace(/""/g, '"') }, match[0].length];
}

function refToken(sheet: string | undefined, match: RegExpExecArray): Token {
  const from = (match[1] ?? '').replace(/\$/g, '').toUpperCase();
  const to = match[2] === undefined ? from : match[2].replace(/\$/g, '').toUpperCase();
  return { kind: 'ref', sheet, from, to };
}

// ---------------------------------------------------------------------------------------
// Syntax tree and parser

/** A parsed formula. */
export type Node =
  | { readonly kind: 'literal'; readonly value: Value }
  | { readonly kind: 'ref'; readonly sheet: string | undefined; readonly from: string; readonly to: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'negate'; readonly operand: Node }
  | { readonly kind: 'binary'; readonly op: string; readonly left: Node; readonly right: Node }
  | { readonly kind: 'call'; readonly fn: string; readonly args: readonly Node[] };

/** Binding strength of the binary operators (Excel's order); unary minus binds tighter than all of them. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  '=': 1, '<>': 1, '<': 1, '>': 1, '<=': 1, '>=': 1,
  '&': 2,
  '+': 3, '-': 3,
  '*': 4, '/': 4,
  '^': 5,
};

/** Parses a formula, with or without its leading `=`, into a syntax tree. */
export function parseFormula(formula: string): Node {
  const parser = new Parser(tokenize(formula.replace(/^\s*=/, '')), formula);
  const node = parser.expression(1);
  parser.expectEnd();
  return node;
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: readonly Token[], private readonly formula: string) {}

  /** Binary operators of at least `min` precedence, all left-associative (`2^3^2` is 64 in Excel). */
  expression(min: number): Node {
    let left = this.unary();
    for (;;) {
      const token = this.tokens[this.position];
      const precedence = token?.kind === 'op' ? PRECEDENCE[token.value] : undefined;
      if (token?.kind !== 'op' || precedence === undefined || precedence < min) return left;
      this.position++;
      left = { kind: 'binary', op: token.value, left, right: this.expression(precedence + 1) };
    }
  }

  expectEnd(): void {
    const token = this.tokens[this.position];
    if (token !== undefined) throw this.fail(`unexpected ${describe(token)}`);
  }

  private unary(): Node {
    const token = this.tokens[this.position];
    if (token?.kind === 'op' && (token.value === '-' || token.value === '+')) {
      this.position++;
      const operand = this.unary();
      return token.value === '-' ? { kind: 'negate', operand } : operand;
    }
    return this.primary();
  }

  private primary(): Node {
    const token = this.tokens[this.position++];
    if (token === undefined) throw this.fail('the formula ends where a value was expected');
    switch (token.kind) {
      case 'number':
      case 'string':
        return { kind: 'literal', value: token.value };
      case 'error':
        return { kind: 'literal', value: { error: token.value } };
      case 'ref':
        return token;
      case 'word':
        return this.word(token.value);
      case 'op':
        if (token.value !== '(') throw this.fail(`unexpected ${describe(token)}`);
        return this.closed(this.expression(1));
    }
  }

  private word(word: string): Node {
    if (isOp(this.tokens[this.position], '(')) return this.call(word.toUpperCase());
    const upper = word.toUpperCase();
    if (upper === 'TRUE' || upper === 'FALSE') return { kind: 'literal', value: upper === 'TRUE' };
    return { kind: 'name', name: word };
  }

  private call(fn: string): Node {
    const arity = FUNCTIONS[fn]?.arity;
    if (arity === undefined) throw this.fail(`unsupported function ${fn}`);
    this.position++; // (
    const args: Node[] = [];
    if (!isOp(this.tokens[this.position], ')')) {
      args.push(this.expression(1));
      while (isOp(this.tokens[this.position], ',')) {
        this.position++;
        args.push(this.expression(1));
      }
    }
    if (args.length < arity[0] || args.length > arity[1]) throw this.fail(`${fn} takes ${arity[0]} to ${arity[1]} arguments, not ${args.length}`);
    return this.closed({ kind: 'call', fn, args });
  }

  private closed(node: Node): Node {
    if (!isOp(this.tokens[this.position], ')')) throw this.fail('a missing )');
    this.position++;
    return node;
  }

  private fail(what: string): FormulaError {
    return new FormulaError(`${what} in ${this.formula}`);
  }
}

function isOp(token: Token | undefined, op: string): boolean {
  return token?.kind === 'op' && token.value === op;
}

function describe(token: Token): string {
  return token.kind === 'ref' ? token.from : JSON.stringify(String(token.value));
}

// ---------------------------------------------------------------------------------------
// Values: areas, coercions and comparisons

/** The cells of a reference, row by row: SUM and the like treat them otherwise than values. */
class Area {
  constructor(readonly rows: readonly (readonly Value[])[]) {}

  get cells(): Value[] {
    return this.rows.flat();
  }
}

/** What evaluating a node gives: a value, or (for a reference) an area. */
type Operand = Value | Area;

/** The value of an operand where one value is wanted: a single cell's; a larger area is #VALUE! (no implicit intersection). */
function scalar(x: Operand): Value {
  if (!(x instanceof Area)) return x;
  const only = x.rows.length === 1 && x.rows[0]?.length === 1 ? x.rows[0][0] : undefined;
  return only === undefined ? VALUE : only;
}

/** A value as a number for arithmetic: empty is 0, TRUE is 1, numeric text its number; other text #VALUE!. */
function toNumber(v: Value): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === 'number' || isError(v)) return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  const n = v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : VALUE;
}

/** A value as a condition: a number is true unless 0, empty is false, text only as TRUE or FALSE. */
function toBoolean(v: Value): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === 'boolean' || isError(v)) return v;
  if (typeof v === 'number') return v !== 0;
  const upper = v.toUpperCase();
  return upper === 'TRUE' ? true : upper === 'FALSE' ? false : VALUE;
}

/** A value as text for `&`: empty is "", numbers to 15 significant digits as Excel shows them. */
function toText(v: Value): string | ErrorValue {
  if (v === null) return '';
  if (typeof v === 'string' || isError(v)) return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(Number(v.toPrecision(15))).toUpperCase();
}

/** Excel's order of values of different types: numbers, then texts, then flags. */
function typeRank(v: number | string | boolean): number {
  return typeof v === 'number' ? 0 : typeof v === 'string' ? 1 : 2;
}

/** Compares two (non-error) values as Excel does: empty as 0, "" or FALSE to match the other side; text without regard to case. */
function compare(a: Exclude<Value, ErrorValue>, b: Exclude<Value, ErrorValue>): number {
  const blank = (other: Exclude<Value, ErrorValue>) => (typeof other === 'string' ? '' : typeof other === 'boolean' ? false : 0);
  const x = a ?? blank(b);
  const y = b ?? blank(a);
  if (typeRank(x) !== typeRank(y)) return typeRank(x) - typeRank(y);
  const [p, q] = typeof x === 'string' ? [x.toLowerCase(), String(y).toLowerCase()] : [Number(x), Number(y)];
  return p < q ? -1 : p > q ? 1 : 0;
}

// ---------------------------------------------------------------------------------------
// Operators

function arithmetic(op: string, a: number, b: number): Value {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0 ? DIV0 : a / b;
    default: {
      if (a === 0 && b < 0) return DIV0;
      const power = a ** b;
      return a === 0 && b === 0 ? NUM : Number.isFinite(power) ? power : NUM;
    }
  }
}

function comparison(op: string, order: number): boolean {
  switch (op) {
    case '=': return order === 0;
    case '<>': return order !== 0;
    case '<': return order < 0;
    case '>': return order > 0;
    case '<=': return order <= 0;
    default: return order >= 0;
  }
}

/** A binary operator over two values; an error on the left wins over one on the right, as in Excel. */
function binary(op: string, a: Value, b: Value): Value {
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (op === '&') {
    const [x, y] = [toText(a), toText(b)];
    return isError(x) ? x : isError(y) ? y : x + y;
  }
  if (PRECEDENCE[op] === 1) return comparison(op, compare(a, b));
  const [x, y] = [toNumber(a), toNumber(b)];
  if (isError(x)) return x;
  if (isError(y)) return y;
  return arithmetic(op, x, y);
}

// ---------------------------------------------------------------------------------------
// Functions

/** An argument, evaluated only when asked for (IF and IFERROR leave the other branch alone). */
type Thunk = () => Operand;

interface FunctionDefinition {
  /** Least and most arguments. */
  readonly arity: readonly [number, number];
  readonly apply: (args: readonly Thunk[]) => Operand;
}

/** The numbers SUM, MAX and MIN see: of an area only its numbers; a value argument coerced (text that is no number is #VALUE!). */
function numbersOf(args: readonly Thunk[]): number[] | ErrorValue {
  const numbers: number[] = [];
  for (const arg of args) {
    const x = arg();
    if (x instanceof Area) {
      for (const v of x.cells) {
        if (isError(v)) return v;
        if (typeof v === 'number') numbers.push(v);
      }
    } else {
      const n = toNumber(x);
      if (isError(n)) return n;
      numbers.push(n);
    }
  }
  return numbers;
}

/** The flags AND and OR see: of an area its flags and numbers (text and empty skipped); a value argument as a condition. */
function flagsOf(args: readonly Thunk[]): boolean[] | ErrorValue {
  const flags: boolean[] = [];
  for (const arg of args) {
    const x = arg();
    const values = x instanceof Area ? x.cells.filter((v) => typeof v !== 'string' && v !== null) : [x];
    for (const v of values) {
      const flag = toBoolean(v);
      if (isError(flag)) return flag;
      flags.push(flag);
    }
  }
  return flags.length === 0 ? VALUE : flags;
}

/** A numeric argument, as a number or the error it is. */
function numberArg(arg: Thunk | undefined): number | ErrorValue {
  return arg === undefined ? 0 : toNumber(scalar(arg()));
}

/** An argument as an area: a single value as an area of one cell. */
function areaArg(arg: Thunk): Area | ErrorValue {
  const x = arg();
  if (x instanceof Area) return x;
  return isError(x) ? x : new Area([[x]]);
}

function round(x: number, digits: number): number {
  const factor = 10 ** Math.trunc(digits);
  // Excel rounds the number it shows (15 significant digits): 2.675 to 2.68, where a binary 267.4999… would give 2.67
  const scaled = Number((Math.abs(x) * factor).toPrecision(15));
  return (Math.sign(x) * Math.round(scaled)) / factor;
}

function ifFunction([condition, then, otherwise]: readonly Thunk[]): Operand {
  const flag = toBoolean(scalar((condition as Thunk)()));
  if (isError(flag)) return flag;
  if (flag) return (then as Thunk)();
  return otherwise === undefined ? false : otherwise();
}

function index([area, row, column]: readonly Thunk[]): Operand {
  const a = areaArg(area as Thunk);
  const r = numberArg(row);
  const c = numberArg(column);
  if (isError(a)) return a;
  if (isError(r)) return r;
  if (isError(c)) return c;
  const [i, j] = indexPosition(a, Math.trunc(r), column === undefined ? undefined : Math.trunc(c));
  // 0 stands for every row (or column)
  const rows = i === 0 ? a.rows : a.rows.slice(i - 1, i);
  if (i < 0 || j < 0 || rows.length === 0) return REF;
  const picked = rows.map((cells) => (j === 0 ? cells : cells.slice(j - 1, j)));
  return picked.some((cells) => cells.length === 0) ? REF : new Area(picked);
}

/** Row and column INDEX picks: with one number, the n-th cell of a single row or column, or else the n-th row. */
function indexPosition(a: Area, row: number, column: number | undefined): [number, number] {
  if (column !== undefined) return [row, column];
  if (a.rows.length === 1) return [1, row];
  return [row, a.rows[0]?.length === 1 ? 1 : 0];
}

/** MATCH with match type 0 (exact), the one the workbooks use: the position of the first equal value. */
function match([lookup, area, type]: readonly Thunk[]): Operand {
  const matchType = numberArg(type ?? (() => 1));
  if (matchType !== 0) throw new FormulaError('MATCH with a match type other than 0 (exact) is not supported');
  const wanted = scalar((lookup as Thunk)());
  const a = areaArg(area as Thunk);
  if (isError(wanted)) return wanted;
  if (isError(a)) return a;
  if (a.rows.length > 1 && (a.rows[0]?.length ?? 0) > 1) return NA;
  const position = a.cells.findIndex((v) => v !== null && !isError(v) && wanted !== null && typeRank(v) === typeRank(wanted) && compare(v, wanted) === 0);
  return position < 0 ? NA : position + 1;
}

function sumproduct(args: readonly Thunk[]): Operand {
  const areas: Area[] = [];
  for (const arg of args) {
    const a = areaArg(arg);
    if (isError(a)) return a;
    areas.push(a);
  }
  const first = areas[0] as Area;
  const sameShape = areas.every((a) => a.rows.length === first.rows.length && a.rows.every((r, i) => r.length === first.rows[i]?.length));
  if (!sameShape) return VALUE;
  const columns = areas.map((a) => a.cells);
  const error = columns.flat().find(isError);
  if (error !== undefined) return error;
  // text, flags and empty cells count as 0
  const numeric = (v: Value | undefined) => (typeof v === 'number' ? v : 0);
  return (columns[0] ?? []).reduce<number>((sum, _, k) => sum + columns.reduce((product, column) => product * numeric(column[k]), 1), 0);
}

/** A function of one number. */
function numeric1(f: (x: number) => number): FunctionDefinition['apply'] {
  return ([x]) => {
    const n = numberArg(x);
    return isError(n) ? n : f(n);
  };
}

/** SUM, MAX or MIN: `f` over the numbers of the arguments. */
function overNumbers(f: (numbers: number[]) => number): FunctionDefinition['apply'] {
  return (args) => {
    const numbers = numbersOf(args);
    return isError(numbers) ? numbers : f(numbers);
  };
}

/** AND or OR: `f` over the flags of the arguments. */
function overFlags(f: (flags: boolean[]) => boolean): FunctionDefinition['apply'] {
  return (args) => {
    const flags = flagsOf(args);
    return isError(flags) ? flags : f(flags);
  };
}

function ifError([value, fallback]: readonly Thunk[]): Operand {
  const v = scalar((value as Thunk)());
  return isError(v) ? (fallback as Thunk)() : v;
}

function roundFunction([x, digits]: readonly Thunk[]): Operand {
  const n = numberArg(x);
  const d = numberArg(digits);
  return isError(n) ? n : isError(d) ? d : round(n, d);
}

const FUNCTIONS: Readonly<Record<string, FunctionDefinition>> = {
  SUM: { arity: [1, 255], apply: overNumbers((n) => n.reduce((sum, x) => sum + x, 0)) },
  // with no numbers at all, MAX and MIN are 0
  MAX: { arity: [1, 255], apply: overNumbers((n) => (n.length === 0 ? 0 : Math.max(...n))) },
  MIN: { arity: [1, 255], apply: overNumbers((n) => (n.length === 0 ? 0 : Math.min(...n))) },
  AND: { arity: [1, 255], apply: overFlags((f) => f.every(Boolean)) },
  OR: { arity: [1, 255], apply: overFlags((f) => f.some(Boolean)) },
  IF: { arity: [2, 3], apply: ifFunction },
  IFERROR: { arity: [2, 2], apply: ifError },
  ISNUMBER: { arity: [1, 1], apply: ([x]) => typeof scalar((x as Thunk)()) === 'number' },
  ABS: { arity: [1, 1], apply: numeric1(Math.abs) },
  ROUND: { arity: [2, 2], apply: roundFunction },
  INDEX: { arity: [2, 3], apply: index },
  MATCH: { arity: [2, 3], apply: match },
  SUMPRODUCT: { arity: [1, 255], apply: sumproduct },
};

// ---------------------------------------------------------------------------------------
// Evaluation

const COLUMN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function columnNumber(letters: string): number {
  return [...letters].reduce((n, c) => n * 26 + COLUMN_LETTERS.indexOf(c) + 1, 0);
}

function columnLetters(n: number): string {
  return n <= 0 ? '' : columnLetters(Math.floor((n - 1) / 26)) + COLUMN_LETTERS.charAt((n - 1) % 26);
}

function splitAddress(address: string): [number, number] {
  const match = /^([A-Z]+)([0-9]+)$/.exec(address);
  return [columnNumber(match?.[1] ?? ''), Number(match?.[2])];
}

interface Context {
  readonly resolve: CellResolver;
  readonly names: ReadonlyMap<string, Node>;
}

/** The cells of a reference, read through the resolver. */
function area(node: Extract<Node, { kind: 'ref' }>, resolve: CellResolver): Area {
  const [c1, r1] = splitAddress(node.from);
  const [c2, r2] = splitAddress(node.to);
  const rows: Value[][] = [];
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
    const row: Value[] = [];
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) row.push(resolve(node.sheet, `${columnLetters(c)}${r}`));
    rows.push(row);
  }
  return new Area(rows);
}

function evaluate(node: Node, ctx: Context): Operand {
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'ref':
      return area(node, ctx.resolve);
    case 'name': {
      const target = ctx.names.get(node.name.toUpperCase());
      return target === undefined ? NAME : evaluate(target, ctx);
    }
    case 'negate': {
      const n = toNumber(scalar(evaluate(node.operand, ctx)));
      return isError(n) ? n : -n;
    }
    case 'binary':
      return binary(node.op, scalar(evaluate(node.left, ctx)), scalar(evaluate(node.right, ctx)));
    case 'call': {
      const definition = FUNCTIONS[node.fn] as FunctionDefinition;
      return definition.apply(node.args.map((arg) => () => evaluate(arg, ctx)));
    }
  }
}

/** Defined names by upper-cased name (Excel's names ignore case), their references parsed. */
function parseNames(names: DefinedNames): Map<string, Node> {
  return new Map(Object.entries(names).map(([name, reference]) => [name.toUpperCase(), parseFormula(reference)]));
}

/** The value a cell shows for an operand: a reference to an empty cell shows 0, as in Excel. */
function cellResult(x: Operand): Value {
  return scalar(x) ?? 0;
}

/**
 * Evaluates one formula (with or without its leading `=`), reading cells through `resolve`
 * and workbook-level `names` (each name's reference, such as `'Per jaar'!$C$5`). Returns
 * what the cell would show: a number, text, flag or error value (`{ error: '#DIV/0!' }`).
 * Throws a {@link FormulaError} for a formula outside the supported subset.
 */
export function evaluateFormula(formula: string, resolve: CellResolver, names: DefinedNames = {}): Value {
  return cellResult(evaluate(parseFormula(formula), { resolve, names: parseNames(names) }));
}

// ---------------------------------------------------------------------------------------
// Workbooks

/** Excel's day 0 in the 1900 date system, in milliseconds since 1970 (Excel's 1900 leap day lies before any date here). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

/**
 * A cell's value or formula result (as exceljs reads it) as a plain value: rich text as its
 * text; a date (exceljs's reading of a number with a date format) as the number Excel holds.
 * Throws for a kind of value the workbooks never hold.
 */
export function plainValue(v: unknown): Value {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Date) return (v.getTime() - EXCEL_EPOCH) / DAY;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String(v.error) };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plainValue((v as { result?: unknown }).result);
  }
  throw new FormulaError(`a cell value the evaluator does not know: ${JSON.stringify(v)}`);
}

interface SheetCell {
  readonly formula: string | undefined;
  readonly value: Value;
}

interface Snapshot {
  /** Sheets by lower-cased name (Excel's sheet names ignore case), with their real names. */
  readonly sheets: ReadonlyMap<string, { readonly name: string; readonly cells: ReadonlyMap<string, SheetCell> }>;
  readonly names: DefinedNames;
}

async function open(source: string | ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  if (typeof source !== 'string') return source;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(source);
  return wb;
}

/** Every cell's formula (exceljs's `cell.formula` spells out a shared one) and value or cached result. */
function snapshot(wb: ExcelJS.Workbook): Snapshot {
  const sheets = new Map<string, { name: string; cells: Map<string, SheetCell> }>();
  wb.eachSheet((ws) => {
    const cells = new Map<string, SheetCell>();
    ws.eachRow((row) => row.eachCell((cell) => {
      const formula = cell.formula || undefined;
      cells.set(cell.address, { formula, value: plainValue(formula === undefined ? cell.value : (cell.result as unknown)) });
    }));
    sheets.set(ws.name.toLowerCase(), { name: ws.name, cells });
  });
  const names: Record<string, string> = {};
  for (const { name, ranges } of wb.definedNames.model) {
    if (ranges.length !== 1) throw new FormulaError(`the name ${name} refers to ${ranges.length} ranges; the evaluator knows names of one`);
    names[name] = ranges[0] as string;
  }
  return { sheets, names };
}

/** Recalculates every formula of a snapshot, each once, in the order its dependencies ask for. */
function recalculate(book: Snapshot): Map<string, Value> {
  const names = parseNames(book.names);
  const parsed = new Map<string, Node>();
  const results = new Map<string, Value>();
  const inProgress: string[] = [];
  const valueOf = (sheetName: string, address: string): Value => {
    const sheet = book.sheets.get(sheetName.toLowerCase());
    if (sheet === undefined) return REF;
    const cell = sheet.cells.get(address);
    if (cell?.formula === undefined) return cell?.value ?? null;
    const key = `${sheet.name}!${address}`;
    if (results.has(key)) return results.get(key) as Value;
    if (inProgress.includes(key)) throw new FormulaError(`a circular reference: ${[...inProgress.slice(inProgress.indexOf(key)), key].join(' → ')}`);
    inProgress.push(key);
    const node = parsed.get(cell.formula) ?? parseFormula(cell.formula);
    parsed.set(cell.formula, node);
    const value = cellResult(evaluate(node, { resolve: (s, a) => valueOf(s ?? sheet.name, a), names }));
    inProgress.pop();
    results.set(key, value);
    return value;
  };
  for (const sheet of book.sheets.values()) {
    for (const [address, cell] of sheet.cells) if (cell.formula !== undefined) valueOf(sheet.name, address);
  }
  return results;
}

/**
 * Recalculates every formula cell of a workbook (a file or an opened workbook) from its
 * inputs, ignoring the cached results: by `Sheet!A1`, the value each formula yields.
 * Throws a {@link FormulaError} for a circular reference or a formula outside the subset.
 */
export async function recalculateWorkbook(source: string | ExcelJS.Workbook): Promise<Map<string, Value>> {
  return recalculate(snapshot(await open(source)));
}

/** How far a recalculated number may lie from the cached one: within either bound is the same. */
export interface Tolerance {
  readonly relative: number;
  readonly absolute: number;
}

/** A formula cell of a workbook and the cached result it holds. */
export interface FormulaCell {
  readonly sheet: string;
  readonly address: string;
  readonly formula: string;
  /** The cached result the workbook holds. */
  readonly value: Value;
}

/** A formula cell whose recalculated value (here, or by LibreOffice in recalc.ts) differs from its cached result. */
export interface FormulaMismatch extends FormulaCell {
  /** What the formula yields when recalculated. */
  readonly computed: Value;
}

/** Whether two values are the same: numbers within the tolerance, anything else equal. */
export function sameValue(a: Value, b: Value, tolerance: Tolerance): boolean {
  if (typeof a === 'number' && typeof b === 'number') {
    const difference = Math.abs(a - b);
    return difference <= tolerance.absolute || difference <= tolerance.relative * Math.max(Math.abs(a), Math.abs(b));
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The formula cells of a workbook whose recalculated value differs from the cached result
 * it holds (exceljs's `cell.result`), and how many formula cells there were: the check of
 * `recalculationMismatches` (recalc.ts) without LibreOffice.
 */
export async function formulaMismatches(
  source: string | ExcelJS.Workbook,
  tolerance: Tolerance = { relative: 1e-9, absolute: 1e-6 },
): Promise<{ formulas: number; mismatches: FormulaMismatch[] }> {
  const book = snapshot(await open(source));
  const computed = recalculate(book);
  const mismatches: FormulaMismatch[] = [];
  for (const { name, cells } of book.sheets.values()) {
    for (const [address, cell] of cells) {
      const value = computed.get(`${name}!${address}`) ?? null;
      if (cell.formula !== undefined && !sameValue(cell.value, value, tolerance)) mismatches.push({ sheet: name, address, formula: cell.formula, value: cell.value, computed: value });
    }
  }
  return { formulas: computed.size, mismatches };
}
