import { literal } from './float-formula.js';

/** A line as it adds to its municipality's net cost: where its own amounts are, or for a settled line its key and where its pool is. */
export interface NetLine {
  readonly cost: boolean;
  readonly amounts: number;
  readonly pool: { readonly key: readonly number[]; readonly at: number } | undefined;
}

/**
 * The pool of a settled line in each year: the sum of its members' own amounts (starting at
 * `members`, each a year's worth, in the members' order), from 0, as the line's
 * settlement reads it (docs/methodology.md#settlement); written from `at`.
 */
export function poolStatements(members: readonly number[], at: number, years: number): string[] {
  return Array.from({ length: years }, (_, t) => `V[${at + t}]=${members.reduce((sum, m) => `(${sum})+V[${m + t}]`, '0')};`);
}

/**
 * A municipality's net cost in each year: from 0, each line in calculation order adds its
 * amount if it is a cost and subtracts it if it is revenue (adds its negation: the same in
 * binary floating point); a settled line's amount is its key times its pool. Written from `at`.
 */
export function netStatements(lines: readonly NetLine[], at: number, years: number): string[] {
  return Array.from({ length: years }, (_, t) => {
    const net = lines.reduce((sum, line) => {
      const x = line.pool === undefined ? `V[${line.amounts + t}]` : `${literal(line.pool.key[t] ?? NaN)}*V[${line.pool.at + t}]`;
      return `(${sum})+${line.cost ? `(${x})` : `(-(${x}))`}`;
    }, '0');
    return `V[${at + t}]=${net};`;
  });
}
