import type { ValueAxis } from './chart-spec.js';

/**
 * Bounds of a value axis scaled to the data, rounded to a "nice" step (1, 2, 2.5 or 5 times a
 * power of ten, about five steps over the range). Spreadsheet programs start a line chart's
 * value axis at 0, which bunches lines of costs in the millions that differ by a tenth:
 * written into the chart, these bounds spread them over the plot. `includesZero` tells the
 * axis title whether to say that the axis does not start at 0.
 */
export function scaledAxis(values: readonly number[]): { min: number; max: number; includesZero: boolean } {
  const finite = values.filter((v) => Number.isFinite(v));
  if (finite.length === 0) return { min: 0, max: 1, includesZero: true };
  let low = Math.min(...finite);
  let high = Math.max(...finite);
  if (low === high) {
    // one value: a band around it, so that the line sits in the middle
    const half = low === 0 ? 1 : Math.abs(low) / 10;
    low -= half;
    high += half;
  }
  const step = niceStep((high - low) / 5);
  const min = Math.floor(low / step) * step;
  const max = Math.ceil(high / step) * step;
  return { min: clean(min), max: clean(max), includesZero: min <= 0 && max >= 0 };
}

const STEPS = [1, 2, 2.5, 5, 10];

function niceStep(raw: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  return (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
}

/** A bound without binary noise (0.30000000000000004) and without -0, for the chart XML. */
function clean(x: number): number {
  const rounded = Number(x.toPrecision(12));
  return rounded === 0 ? 0 : rounded;
}

/** A value axis scaled to the data (see {@link scaledAxis}), titled by `title`, which is told whether the axis holds 0. */
export function scaledValueAxis(values: readonly number[], title: (includesZero: boolean) => string): ValueAxis {
  const { min, max, includesZero } = scaledAxis(values);
  return { title: title(includesZero), min, max };
}
