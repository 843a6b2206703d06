import type { YAMLError } from 'yaml';
import { yamlMessages } from './messages.js';

type Bracket = '{' | '[';

/**
 * The syntax errors worth showing: an unclosed quote swallows the rest of the file, so
 * what the parser finds after it follows from it.
 */
export function relevantSyntaxErrors(errors: readonly YAMLError[]): YAMLError[] {
  const quote = errors.find((e) => unclosedQuoteOf(e) !== undefined);
  return quote === undefined ? [...errors] : errors.filter((e) => e === quote || e.pos[0] < quote.pos[0]);
}

/**
 * Where to point for a YAML syntax error: an unclosed quote or bracket where it opens, not
 * where the parser noticed it (the next line, or the end of the file).
 */
export function syntaxErrorOffset(error: YAMLError, text: string): number {
  const at = error.pos[0];
  const quote = unclosedQuoteOf(error);
  const bracket = unclosedBracketOf(error);
  const opening = quote !== undefined ? text.lastIndexOf(quote, at - 1) : bracket !== undefined ? unclosedBefore(text, at, bracket) : -1;
  return opening >= 0 ? opening : at;
}

/** A YAML syntax error in the user's words, with a hint for the common ones. */
export function describeSyntaxError(error: YAMLError, text: string): { message: string; hint: string } {
  const quote = unclosedQuoteOf(error);
  if (quote !== undefined) return { message: yamlMessages.unclosedQuote(quote), hint: yamlMessages.unclosedQuoteHint };
  const bracket = unclosedBracketOf(error);
  if (bracket !== undefined && unclosedBefore(text, error.pos[0], bracket) >= 0) {
    return { message: yamlMessages.unclosed(bracket), hint: yamlMessages.unclosedHint(bracket) };
  }
  // the composer caught a stack overflow (nesting the parser let through): say so in words
  if (error.code === 'RESOURCE_EXHAUSTION') return { message: yamlMessages.parserGaveUp, hint: yamlMessages.tooDeepHint };
  const message = yamlMessages.syntax(error.message.split('\n')[0] ?? error.message);
  return { message, hint: hintFor(error) };
}

function hintFor(error: YAMLError): string {
  if (error.code === 'TAB_AS_INDENT') return yamlMessages.tabHint;
  if (error.message.startsWith('Nested mappings are not allowed in compact mappings')) return yamlMessages.colonHint;
  return yamlMessages.syntaxHint;
}

function unclosedQuoteOf(error: YAMLError): string | undefined {
  return /^Missing closing (["'])quote/.exec(error.message)?.[1];
}

function unclosedBracketOf(error: YAMLError): Bracket | undefined {
  if (error.code !== 'BAD_INDENT') return undefined;
  return error.message.startsWith('Flow map') ? '{' : error.message.startsWith('Flow sequence') ? '[' : undefined;
}

/** The offset of the last `{` (or `[`) before `end` that no later bracket closes; -1 if none. */
function unclosedBefore(text: string, end: number, open: Bracket): number {
  const close = open === '{' ? '}' : ']';
  let depth = 0;
  for (let i = end - 1; i >= 0; i--) {
    if (text[i] === close) depth++;
    else if (text[i] === open && depth-- === 0) return i;
  }
  return -1;
}
