import { describe, expect, it } from 'vitest';
import { aowDate, workedMonths } from '../../src/engine/aow.js';
import { addMonths } from '../../src/model/calendar.js';

const date = (year: number, month: number, day: number) => ({ year, month, day });
const at = { file: 'test' };

describe('§3 adding months: keep the day, or take the month\'s last day', () => {
  it('31 Oct + 4 months = 28 Feb in a common year, 29 Feb in a leap year', () => {
    expect(addMonths(date(2022, 10, 31), 4)).toEqual(date(2023, 2, 28));
    expect(addMonths(date(2023, 10, 31), 4)).toEqual(date(2024, 2, 29));
  });

  it('29 Feb 1956 + 66 years 7 months = 29 Sep 2022', () => {
    expect(addMonths(date(1956, 2, 29), 66 * 12 + 7)).toEqual(date(2022, 9, 29));
  });

  it('31 Jan 1957 + 67 years 0 months = 31 Jan 2024 (no clipping needed)', () => {
    expect(addMonths(date(1957, 1, 31), 67 * 12)).toEqual(date(2024, 1, 31));
  });
});

describe('§3 AOW date from the schedule', () => {
  const schedule = [
    { bornBefore: date(1955, 1, 1), years: 66, months: 4, at },
    { bornFrom: date(1955, 1, 1), bornBefore: date(1956, 10, 1), years: 66, months: 7, at },
    { bornFrom: date(1956, 10, 1), years: 67, months: 0, at },
  ];

  it('born_from is inclusive and born_before exclusive', () => {
    expect(aowDate(date(1954, 12, 31), schedule)).toEqual(date(2021, 4, 30));
    expect(aowDate(date(1955, 1, 1), schedule)).toEqual(date(2021, 8, 1));
    expect(aowDate(date(1956, 9, 30), schedule)).toEqual(date(2023, 4, 30));
    expect(aowDate(date(1956, 10, 1), schedule)).toEqual(date(2023, 10, 1));
  });
});

describe('§3 months worked: month k counts iff its first day is before the AOW date', () => {
  const horizon = { start: 2021, end: 2030 };

  it('an AOW date on the first of a month ends work the month before', () => {
    expect(workedMonths(date(2022, 4, 1), horizon)).toBe(15); // Jan 2021 … Mar 2022
  });

  it('an AOW date later in a month includes that month', () => {
    expect(workedMonths(date(2022, 4, 2), horizon)).toBe(16);
  });

  it('an AOW date on or before the horizon\'s first day means no months at all', () => {
    expect(workedMonths(date(2021, 1, 1), horizon)).toBe(0);
    expect(workedMonths(date(2020, 6, 15), horizon)).toBe(0);
    expect(workedMonths(date(2021, 1, 2), horizon)).toBe(1);
  });

  it('someone retiring after the horizon works every month of it', () => {
    expect(workedMonths(date(2040, 1, 1), horizon)).toBe(120);
  });
});
