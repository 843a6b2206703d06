import { describe, expect, it } from 'vitest';
import { breakEvenYear, discountFactors, runningSum } from '../../src/engine/results.js';
import { d } from '../support/model-builders.js';

const years = [2021, 2022, 2023, 2024];
const deltas = (...xs: number[]) => runningSum(xs.map((x) => d(x)));

describe('§5 break-even year', () => {
  it('is the first year from which the running sum of the difference stays ≤ 0', () => {
    expect(breakEvenYear(deltas(100, -50, -60, -10), years)).toBe(2023);
  });

  it('counts a running sum of exactly zero as broken even', () => {
    expect(breakEvenYear(deltas(100, -100, 0, 0), years)).toBe(2022);
  });

  it('is not reached when the running sum turns positive again later', () => {
    expect(breakEvenYear(deltas(-10, -10, 5, 30), years)).toBeNull();
  });

  it('is the first year for a configuration that is never more expensive', () => {
    expect(breakEvenYear(deltas(-1, -1, -1, -1), years)).toBe(2021);
  });

  it('skips a dip below zero that does not last', () => {
    expect(breakEvenYear(deltas(-10, 20, -20, -5), years)).toBe(2023);
  });
});

describe('§5 mid-year discount factors (1 + r)^−(t − start + 0.5)', () => {
  it('are 1/√(1+r) in the first year and fall by 1/(1+r) each year', () => {
    const [first, second] = discountFactors(d('0.03'), 2);
    expect(first?.toFixed(12)).toBe(d(1).div(d('1.03').sqrt()).toFixed(12));
    expect(first?.div(second ?? d(1)).toFixed(20)).toBe('1.03000000000000000000');
  });
});
