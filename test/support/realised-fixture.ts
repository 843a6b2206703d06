import { appendFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
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
