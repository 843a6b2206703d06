import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../src/load/index.js';
import type { EmployeeGroup } from '../../src/model/employee.js';
import { TINY, tinyCopy } from '../support/testdir.js';

// Issue "Release quality", robustness: an employee or cohort CSV that Excel on Windows
// saved loads as the same population as the plain UTF-8 comma file of the tiny example
// (input-format.md: delimiter `,`, `;` or tab; BOM; CRLF; decimal comma where the
// delimiter is `;` or tab; DD-MM-YYYY). Excel's choices: "CSV UTF-8" is UTF-8 with a BOM;
// plain "CSV" is Windows-1252; "Unicode text" is UTF-16 LE with a BOM and tabs; a Dutch
// Windows separates lists with `;`, writes `0,9` and dates as d-m-yyyy, and ends every line
// with CRLF. Cells holding the delimiter or a quote are quoted.

interface Shape {
  readonly delimiter: ';' | '\t' | ',';
  /** How a date is written: Excel's Dutch short date drops leading zeros. */
  readonly dates: 'DD-MM-YYYY' | 'D-M-YYYY' | 'YYYY-MM-DD';
  readonly quoteAll?: boolean;
  /** A column the calculator does not use, with an accented name in each row. */
  readonly nameColumn?: boolean;
  /** What follows the last row: Excel's blank lines, or rows of cells it once saw filled and now empty. */
  readonly trailing?: string;
}

type Encoding = 'utf-8 with BOM' | 'utf-16le with BOM' | 'windows-1252';

const NAMES = ['José Müller; jr.', 'Renée "Rens" de Vries', 'Ÿvonne €uro'];

/** The tiny example's CSV rewritten as Excel would save it. */
function asExcel(path: string, shape: Shape): string {
  const [header = '', ...rows] = readFileSync(join(TINY, path), 'utf8').trimEnd().split('\n');
  const cell = (text: string) => (shape.quoteAll === true || /[";\t,]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const line = (cells: string[], i: number) =>
    [...cells, ...(shape.nameColumn === true ? [i === 0 ? 'naam' : NAMES[i % NAMES.length] ?? ''] : [])].map(cell).join(shape.delimiter);
  const convert = (text: string) => {
    const decimal = shape.delimiter === ',' ? text : text.replace(/^(\d+)\.(\d+)$/, '$1,$2');
    return decimal.replace(/^(\d{4})-(\d{2})-(\d{2})$/, (_, y: string, m: string, d: string) =>
      shape.dates === 'DD-MM-YYYY' ? `${d}-${m}-${y}` : shape.dates === 'D-M-YYYY' ? `${Number(d)}-${Number(m)}-${y}` : `${y}-${m}-${d}`);
  };
  const lines = [header.split(','), ...rows.map((r) => r.split(',').map(convert))].map(line);
  return `${lines.join('\r\n')}\r\n${shape.trailing ?? ''}`;
}

function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case 'utf-8 with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'windows-1252': {
      // Latin-1 agrees with Windows-1252 except in 0x80–0x9F, where the euro sign and Ÿ live
      const special: Record<string, number> = { '€': 0x80, Ÿ: 0x9f };
      return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
    }
  }
}

/** The employee groups of a municipality, as comparable text. */
function population(dir: string, municipality: string): string[] {
  const scenario = loadScenario(join(dir, 'noord.yaml'));
  const employees: readonly EmployeeGroup[] = scenario.municipalities.find((m) => m.id === municipality)?.employees ?? [];
  return employees.map((e) => `${e.birth.year}-${e.birth.month}-${e.birth.day} ${e.workForm} ×${e.count} fte ${e.fte.toString()} se ${e.se.toString()}`);
}

const CASES: readonly [claim: string, encoding: Encoding, shape: Shape][] = [
  ['"CSV UTF-8": UTF-8 with BOM, ";", decimal commas, d-m-yyyy, CRLF', 'utf-8 with BOM', { delimiter: ';', dates: 'D-M-YYYY' }],
  ['"CSV": Windows-1252 with accented names in an unused column, ";", DD-MM-YYYY, CRLF', 'windows-1252', { delimiter: ';', dates: 'DD-MM-YYYY', nameColumn: true }],
  ['"Unicode text": UTF-16 LE with BOM, tabs, decimal commas, CRLF', 'utf-16le with BOM', { delimiter: '\t', dates: 'DD-MM-YYYY' }],
  ['UTF-16 LE with BOM, ";", CRLF and an accented name column', 'utf-16le with BOM', { delimiter: ';', dates: 'D-M-YYYY', nameColumn: true }],
  ['every field quoted, ";", decimal commas', 'utf-8 with BOM', { delimiter: ';', dates: 'DD-MM-YYYY', quoteAll: true }],
  ['a trailing empty line', 'windows-1252', { delimiter: ';', dates: 'DD-MM-YYYY', trailing: '\r\n' }],
  ['trailing rows whose cells are all empty (cells Excel once saw filled)', 'utf-8 with BOM', { delimiter: ';', dates: 'DD-MM-YYYY', trailing: ';;;;\r\n;;;;\r\n' }],
  ['a US-style comma file with BOM, CRLF and quoted names', 'utf-8 with BOM', { delimiter: ',', dates: 'YYYY-MM-DD', nameColumn: true }],
];

describe('input-format.md: employee and cohort CSVs saved by Excel on Windows load as the same population', () => {
  const plain = { noord: population(TINY, 'noord'), zuid: population(TINY, 'zuid') };

  it('the reference population is the tiny example\'s (40 people in noord, 4 cohorts in zuid)', () => {
    expect(plain.noord).toHaveLength(40);
    expect(plain.zuid).toHaveLength(4);
  });

  for (const [claim, encoding, shape] of CASES) {
    it(`employee CSV, ${claim}`, () => {
      const dir = tinyCopy({ 'data/noord.csv': encode(asExcel('data/noord.csv', shape), encoding) });
      expect(population(dir, 'noord')).toEqual(plain.noord);
    });

    it(`cohort CSV, ${claim}`, () => {
      const dir = tinyCopy({ 'data/zuid-cohorten.csv': encode(asExcel('data/zuid-cohorten.csv', shape), encoding) });
      expect(population(dir, 'zuid')).toEqual(plain.zuid);
    });
  }
});
