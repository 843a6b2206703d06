import { describe, expect, it } from 'vitest';
import { Dec, toCents } from '../../src/model/decimal.js';

describe('§1 decimal arithmetic', () => {
  it('carries at least 28 significant digits', () => {
    expect(Dec.precision).toBeGreaterThanOrEqual(28);
    expect(new Dec(1).div(3).toString()).toMatch(/^0\.3{28,}$/);
  });

  it('rounds money to cents half away from zero (§6), for negatives too', () => {
    expect(toCents(new Dec('0.005')).toString()).toBe('0.01');
    expect(toCents(new Dec('-0.005')).toString()).toBe('-0.01');
    expect(toCents(new Dec('2.675')).toString()).toBe('2.68'); // a binary float would give 2.67
  });
});
