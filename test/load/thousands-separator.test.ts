import { join } from 'node:path';
import { writeFileSync, cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/load/index.js';
import { readTypedNumber, thousandsSeparatorOf } from '../../src/typed-number.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { testDir } from '../support/testdir.js';

// A realised file copied from a jaarrekening writes `121.000` next to `12.610.000,00`: the file's
// other numbers show which separator is the thousands one (docs/input-format.md#realised, Numbers).

/** An amount in cents written the Dutch way (`1.234.567,89`) or the English way (`1,234,567.89`), with or without cents. */
function written(cents: number, thousands: '.' | ',', withCents: boolean): string {
  const decimal = thousands === '.' ? ',' : '.';
  const whole = Math.floor(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, thousands);
  return withCents ? `${whole}${decimal}${String(cents % 100).padStart(2, '0')}` : whole;
}

describe('the thousands separator of a file', () => {
  it('is what the cells that read one way show; none when no cell shows one, or cells show both', () => {
    expect(thousandsSeparatorOf(['121.000', '12.610.000', '3.280.000,00'])).toBe('.');
    expect(thousandsSeparatorOf(['121,000', '0.5'])).toBe(',');
    expect(thousandsSeparatorOf(['15,8', '121.000'])).toBe('.');
    expect(thousandsSeparatorOf(['0,025'])).toBe('.');
    expect(thousandsSeparatorOf(['121.000', '1.250', '42', ''])).toBeUndefined();
    expect(thousandsSeparatorOf(['1.234.567', '1,234,567'])).toBeUndefined();
    expect(thousandsSeparatorOf(['1 234 567', 'abc', '1.2.3'])).toBeUndefined();
  });

  it('reads every amount of a file as it was meant, however few of them show the separator', () => {
    const amounts = fc.array(fc.tuple(fc.integer({ min: 0, max: 99_999_999_99 }), fc.boolean()), { minLength: 1, maxLength: 20 });
    fc.assert(fc.property(amounts, fc.constantFrom('.', ',') as fc.Arbitrary<'.' | ','>, (rows, thousands) => {
      const cells = rows.map(([cents, withCents]) => written(cents, thousands, withCents));
      const shown = thousandsSeparatorOf(cells);
      // a file in one convention never shows the other
      expect(shown === undefined || shown === thousands).toBe(true);
      if (shown === undefined) return;
      rows.forEach(([cents, withCents], i) => {
        const read = readTypedNumber(cells[i] ?? '', { grouping: true, thousands: shown });
        expect(read.ok && Number(read.text)).toBe(withCents ? cents / 100 : Math.floor(cents / 100));
      });
    }), { numRuns: 200 });
  });
});

describe('a realised lines file', () => {
  const FIXTURE = fileURLToPath(new URL('../fixtures/tiny-realised', import.meta.url));
  const withLines = (csv: string) => {
    const dir = testDir();
    cpSync(FIXTURE, dir, { recursive: true });
    writeFileSync(join(dir, 'data', 'noord-realisatie.csv'), csv);
    return join(dir, 'noord.yaml');
  };

  it('reads 980.000 as thousands where another amount is written 880.000,00', () => {
    const file = withLines('jaar;configuratie;regel;bedrag\n2021;gr;loonkosten;980.000\n2021;gr;rijksbijdrage;880.000,00\n2021;eigen;regie;42,5\n');
    const lines = loadScenario(file).municipalities.find((m) => m.id === 'noord')?.realised?.lines;
    expect(lines?.get('gr')?.get('loonkosten')?.get(2021)?.amount.toString()).toBe('980000');
    expect(lines?.get('eigen')?.get('regie')?.get(2021)?.amount.toString()).toBe('42.5');
  });

  it('still refuses 980.000 where no amount shows the separator, or amounts show both', async () => {
    for (const csv of ['year,configuration,line,amount\n2021,gr,loonkosten,980.000\n', 'year;configuration;line;amount\n2021;gr;loonkosten;980.000\n2021;gr;rijksbijdrage;1,234.50\n2021;eigen;regie;1.234,50\n']) {
      const r = await runInProcessEnglish(['validate', withLines(csv)]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('"980.000" can be read two ways');
    }
  });
});
