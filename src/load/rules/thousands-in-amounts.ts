import type { Issue } from '../../errors.js';
import type { Unit } from '../../model/series.js';
import { readTypedNumber } from '../../typed-number.js';
import type { FieldPath } from '../field-path.js';
import type { WrittenParameter } from '../schema/common.js';
import type { WrittenRegion } from '../schema/region-file.js';
import type { YamlFile } from '../yaml-document.js';
import { lineKind } from '../../model/line-kinds/index.js';

/**
 * Amounts and counts written the Dutch way, `900.000`: YAML reads a decimal point, so the
 * calculation would take 900 where nine hundred thousand is meant. An amount in euros or a
 * number of inhabitants has no three decimals, so such a number is refused by the rule for
 * typed numbers (typed-number.ts), naming both readings. Rates and fractions (`0.025`, a
 * `ratio` parameter, an index, a percent_of line) are left alone: they do have decimals.
 */
export function checkThousandsInAmounts(yaml: YamlFile, paths: readonly FieldPath[]): Issue[] {
  return paths.flatMap((path) => {
    const text = yaml.writtenText(path);
    const read = text === undefined ? undefined : readTypedNumber(text);
    return read === undefined || read.ok || read.reason !== 'unclear' ? [] : [{ at: yaml.locate(path), message: read.message, hint: read.hint }];
  });
}

/** The yearly values of parameters whose unit is not `ratio`; `unitOf` gives the unit a parameter has in the region. */
export function parameterAmountPaths(parameters: Readonly<Record<string, WrittenParameter>> | undefined, unitOf: (name: string) => Unit | undefined): FieldPath[] {
  return Object.entries(parameters ?? {}).flatMap(([name, p]) =>
    (p.unit ?? unitOf(name)) === 'ratio' ? [] : Object.keys(p.values).map((year) => ['parameters', name, 'values', year]),
  );
}

/** The amounts written in the region file: parameter values in euros, and the numbers in lines' amounts (not percentages). */
export function regionAmountPaths(w: WrittenRegion): FieldPath[] {
  const lines = Object.entries(w.models).flatMap(([id, model]) =>
    model.lines.flatMap((line, i): FieldPath[] => {
      const path = ['models', id, 'lines', i, 'amount'];
      if (lineKind(line.driver).rateUnit === 'ratio') return [];
      return typeof line.amount === 'object' ? Object.keys(line.amount).map((key) => [...path, key]) : [path];
    }),
  );
  return [...parameterAmountPaths(w.parameters, () => undefined), ...lines];
}
