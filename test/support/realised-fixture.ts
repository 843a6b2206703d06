import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { Dec } from '../../src/model/decimal.js';
import type { Realised, RealisedAmount, RealisedPopulation } from '../../src/model/realised.js';
import type { EvaluationView, LineView } from '../../src/report/evaluate/view.js';
import { tinyCopy } from './testdir.js';

/** The figures of a realised file the test states: a configuration, its lines (or `net`), the years. */
export interface StatedLines {
  readonly configuration: string;
  readonly lines: readonly string[];
  readonly years: readonly number[];
}

/**
 * A temporary copy of the tiny region whose noord.yaml states realised figures that the model
 * itself made with the given overrides (`loonkosten_per_fte*=1.07`): the figures a calibration
 * of those parameters must recover. Amounts with ten decimals, as exact as the file can say.
 * `extra` is added to noord.yaml; `edit` changes the copy before the figures are made.
 */
export function realisedByTheModel(sets: readonly string[], stated: readonly StatedLines[], extra = '', edit?: (dir: string) => void): string {
  const dir = tinyCopy();
  edit?.(dir);
  const truth = project(loadScenario(join(dir, 'noord.yaml'), { set: [...sets] }));
  const rows = ['year,configuration,line,amount'];
  for (const { configuration, lines, years } of stated) {
    const result = truth.results.get(configuration)?.get('noord');
    if (result === undefined) throw new Error(`no result for ${configuration}`);
    for (const year of years) {
      const t = year - truth.region.horizon.start;
      for (const line of lines) {
        const amount = line === 'net' ? result.net[t] : result.lines.find((l) => l.line.id === line)?.amounts[t];
        if (amount === undefined) throw new Error(`no line ${line} in ${configuration}`);
        rows.push(`${year},${configuration},${line},${amount.toFixed(10)}`);
      }
    }
  }
  writeFileSync(join(dir, 'data', 'noord-realisatie.csv'), `${rows.join('\n')}\n`);
  appendFileSync(join(dir, 'noord.yaml'), `realised:\n  lines: data/noord-realisatie.csv\n${extra}`);
  return dir;
}

/** Stated amounts: a (configuration, line) pair, a year and the amount as text. */
export type StatedAmount = readonly [readonly [string, string], number, string];
/** A stated population row: year, work form, SE and FTE (each may be unknown). */
export type StatedPopulation = readonly [number, string, Dec | undefined, Dec | undefined];

const AT = { file: 'test' };

/**
 * Realised figures built from generated rows (the property tests' figures): the last of two
 * rows of one (configuration, line, year) or (year, work form) wins. No head count: the
 * implied outflow is tested on its own.
 */
export function realisedFrom(stated: readonly StatedAmount[], population: readonly StatedPopulation[]): Realised {
  const lines = new Map<string, Map<string, Map<number, RealisedAmount>>>();
  for (const [[c, line], year, text] of stated) {
    const byLine = lines.get(c) ?? lines.set(c, new Map()).get(c) as Map<string, Map<number, RealisedAmount>>;
    (byLine.get(line) ?? byLine.set(line, new Map()).get(line))?.set(year, { amount: new Dec(text), at: AT });
  }
  const pop = new Map<number, Map<string, RealisedPopulation>>();
  for (const [year, f, se, fte] of population) (pop.get(year) ?? pop.set(year, new Map()).get(year))?.set(f, { ...(se === undefined ? {} : { se }), ...(fte === undefined ? {} : { fte }), at: AT });
  return { lines, population: pop, at: AT };
}

/** The view of a stated line of an evaluation: a configuration's, in a year. */
export function lineOf(view: EvaluationView, configuration: string, year: number, line: string): LineView {
  const found = view.configurations.find((c) => c.id === configuration)?.years.find((y) => y.year === year)?.lines.find((l) => l.id === line);
  if (found === undefined) throw new Error(`no ${configuration} ${year} ${line}`);
  return found;
}

/** A line's cents as text, in the order forecast, realised, difference, volume, price, rest. */
export const cents = (l: { forecast: Dec; realised: Dec; difference: Dec; volume: Dec; price: Dec; rest: Dec }) =>
  [l.forecast, l.realised, l.difference, l.volume, l.price, l.rest].map((x) => x.toFixed(2));
