import type { Issue } from '../errors.js';
import type { Realised } from '../model/realised.js';
import type { Horizon, Region } from '../model/region.js';
import { MAX_CSV_BYTES, pathRelativeTo, type InputText } from './input-file.js';
import type { InputSource } from './input-source.js';
import type { IssueCollector } from './issue-collector.js';
import { readRealisedLines, readRealisedPopulation, type RealisedContext, type RealisedReading } from './realised-csv.js';
import { realisedMessages as msg } from './realised-messages.js';
import type { WrittenRealised } from './schema/realised.js';
import { optional, sourceText } from './series.js';

/** The realised figures read, the files they came from (for the list of inputs), and their warnings. */
export interface LoadedRealised {
  readonly realised: Realised;
  readonly inputs: InputText[];
  readonly warnings: Issue[];
}

/**
 * A `realised` section as realised figures: a municipality file's (`of.municipality`), or the
 * region file's, whose figures are the region's sums. Its CSVs, named relative to the file, read as the employee CSV is (input-file.ts: size, encoding, odd
 * files) and checked against `region` (its configurations, models and work forms, the final
 * ones of the scenario) and `horizon` (the region file's).
 */
export function toRealised(written: WrittenRealised, of: { region: Region; horizon: Horizon; municipality?: string }, c: IssueCollector, source: InputSource): LoadedRealised {
  if (written.lines === undefined && written.population === undefined) c.report(['realised'], msg.noFiles, msg.noFilesHint);
  const inputs: InputText[] = [];
  const warnings: Issue[] = [];
  const read = <T>(field: 'lines' | 'population', reader: (text: string, ctx: RealisedContext) => RealisedReading<T>): { file: string; figures: T } | undefined => {
    const named = written[field];
    if (named === undefined) return undefined;
    const file = pathRelativeTo(c.yaml.file, named);
    const input = source.read(file, MAX_CSV_BYTES, c.yaml.locate(['realised', field]));
    inputs.push(input);
    const reading = reader(input.text, { file, ...of, ...optional('source', sourceText(written.source)) });
    c.issues.push(...reading.issues);
    warnings.push(...reading.warnings);
    return { file, figures: reading.figures };
  };
  const lines = read('lines', readRealisedLines);
  const population = read('population', readRealisedPopulation);
  const realised: Realised = {
    lines: lines?.figures ?? new Map(),
    population: population?.figures ?? new Map(),
    at: c.yaml.locate(['realised']),
    ...optional('linesFile', lines?.file),
    ...optional('populationFile', population?.file),
  };
  return { realised, inputs, warnings };
}
