import { describe, expect, it } from 'vitest';
import { resolveParameter } from '../../src/engine/series.js';
import type { IndexSeries } from '../../src/model/series.js';
import { d, parameter } from '../support/model-builders.js';

const strings = (values: readonly (unknown | undefined)[]) => values.map((v) => (v === undefined ? undefined : String(v)));
const loon: IndexSeries = { id: 'loon', default: d('0.02'), values: new Map([[2023, d('0.10')]]), origin: 'region', at: { file: 't' } };
const indices = new Map([['loon', loon]]);

describe('§2 parameter values per year', () => {
  it('an explicit value wins; later years grow by the index; a new explicit value restarts the series', () => {
    const p = { ...parameter('loonkosten', { 2021: 30000, 2025: 36000 }), index: { kind: 'series' as const, id: 'loon', at: { file: 't' } } };
    const { values, gap } = resolveParameter(p, indices, 2021, 2026);
    expect(gap).toBeUndefined();
    expect(strings(values)).toEqual(['30000', '30600', '33660', '34333.2', '36000', '36720']);
  });

  it('without an index the value stays flat', () => {
    expect(strings(resolveParameter(parameter('x', { 2021: 5 }), indices, 2021, 2023).values)).toEqual(['5', '5', '5']);
  });

  it('a constant index compounds every year', () => {
    expect(strings(resolveParameter(parameter('x', { 2021: 100 }, 0.1), indices, 2021, 2023).values)).toEqual(['100', '110', '121']);
  });

  it('a value given before the horizon is carried into it by the index', () => {
    expect(strings(resolveParameter(parameter('x', { 2019: 100 }, 0.1), indices, 2021, 2021).values)).toEqual(['121']);
  });

  it('before the first explicit year there is no value, and the gap names that year', () => {
    const { values, gap } = resolveParameter(parameter('x', { 2023: 7 }), indices, 2021, 2024);
    expect(strings(values)).toEqual([undefined, undefined, '7', '7']);
    expect(gap).toEqual({ reason: 'before_first_value', year: 2021, firstYear: 2023 });
  });

  it('an index without a default and without a rate for a year leaves that year and the rest empty', () => {
    const sparse: IndexSeries = { id: 's', values: new Map([[2022, d('0.5')]]), origin: 'region', at: { file: 't' } };
    const p = { ...parameter('x', { 2021: 10 }), index: { kind: 'series' as const, id: 's', at: { file: 't' } } };
    const { values, gap } = resolveParameter(p, new Map([['s', sparse]]), 2021, 2024);
    expect(strings(values)).toEqual(['10', '15', undefined, undefined]);
    expect(gap).toMatchObject({ reason: 'index_year_missing', year: 2023 });
  });
});
