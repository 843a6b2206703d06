import { userError } from '../errors.js';
import { decimalFromText } from '../model/decimal.js';
import type { Uncertainty } from '../model/uncertainty.js';
import { readTypedNumber } from '../typed-number.js';
import type { Bounds } from '../engine/calibration/fit.js';
import type { FactorBounds } from '../engine/calibration/result.js';
import { calibrationMessages as msg } from './calibration-messages.js';

/** The bounds of a factor that neither `--bounds` nor the `uncertainty:` section gives: from half to twice the files' series. */
export const DEFAULT_BOUNDS: Bounds = { low: 0.5, high: 2 };

/**
 * Each fitted parameter's bounds: `--bounds NAME=LOW:HIGH` (factors), else its range in the
 * `uncertainty:` section ([1 + low, 1 + high]), else {@link DEFAULT_BOUNDS}. A malformed
 * `--bounds` is a usage error at its place (`--bounds #2`).
 */
export function factorBounds(params: readonly string[], written: readonly string[], uncertainty: Uncertainty | undefined): FactorBounds[] {
  const given = new Map<string, Bounds>();
  written.forEach((text, i) => {
    const at = { file: `--bounds #${i + 1}` };
    const [name, bounds] = parseBounds(text, at.file);
    if (!params.includes(name)) throw userError('usage', at, msg.boundsNotFitted(name), msg.boundsNotFittedHint(params));
    if (given.has(name)) throw userError('usage', at, msg.boundsTwice(name));
    given.set(name, bounds);
  });
  return params.map((name): FactorBounds => {
    const option = given.get(name);
    if (option !== undefined) return { ...option, from: 'option' };
    const range = uncertainty?.variables.find((v) => v.target.kind === 'parameter' && v.target.name === name)?.distribution;
    if (range !== undefined && range.low < range.high) return { low: 1 + range.low, high: 1 + range.high, from: 'uncertainty' };
    // a range of one point fixes the factor: nothing to fit within it
    if (range !== undefined) throw userError('usage', { file: `--param #${params.indexOf(name) + 1}` }, msg.noRange(name), msg.noRangeHint(name));
    return { ...DEFAULT_BOUNDS, from: 'default' };
  });
}

/** `NAME=LOW:HIGH`, two factors 0 ≤ LOW < HIGH (equal bounds would fix the factor, not fit it), each read by the rule for typed numbers. */
function parseBounds(text: string, file: string): [string, Bounds] {
  const match = /^([^=]+)=([^:]+):([^:]+)$/.exec(text.trim());
  if (match === null) throw userError('usage', { file }, msg.boundsShape(text), msg.boundsShapeHint);
  const [low, high] = [match[2] ?? '', match[3] ?? ''].map((raw) => {
    const read = readTypedNumber(raw);
    if (!read.ok) throw userError('usage', { file }, read.message, read.hint);
    return decimalFromText(read.text).toNumber();
  });
  if (low === undefined || high === undefined || !(low >= 0 && low < high) || !Number.isFinite(high)) throw userError('usage', { file }, msg.boundsOrder(text), msg.boundsShapeHint);
  return [(match[1] ?? '').trim(), { low, high }];
}
