import type { Issue } from '../errors.js';
import type { EmployeeGroup } from '../model/employee.js';
import { readHeader } from './csv-header.js';
import { csvMessages as msg } from './csv-messages.js';
import { detectDelimiter } from './csv-values.js';
import { cohortRow, employeeRow, type RowReader } from './csv-rows.js';
import { readCsvTable, type CsvTable } from './csv-table.js';

/** What a CSV's rows are checked against. */
export interface CsvContext {
  readonly file: string;
  readonly municipality: string;
  /** The region's municipalities: a row may name another one by mistake. */
  readonly municipalities: readonly string[];
  readonly workForms: readonly string[];
  /** The labels of the work forms by id: a cell may hold a label (`Beschut binnen`) as well as an id (work-form-names.ts). */
  readonly workFormLabels?: Readonly<Record<string, string>>;
  readonly horizonStart: number;
}

export interface LoadedEmployees {
  readonly employees: EmployeeGroup[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
}

/**
 * Reads an employee CSV (one row per person) or a cohort CSV (one row per birth year and
 * work form, with totals) into employee groups (input-format.md, methodology §3). No
 * message shows what a row's cell holds (csv-messages.ts).
 */
export function readEmployees(text: string, ctx: CsvContext): LoadedEmployees {
  const employees: EmployeeGroup[] = [];
  const decimalComma = detectDelimiter(text) !== ',';
  let readRow: RowReader | undefined;
  const table: CsvTable = {
    header: (record, line) => {
      const reading = readHeader(record, line, ctx.file);
      const columns = reading.header;
      if (columns !== undefined) readRow = (columns.cohort ? cohortRow : employeeRow)(ctx, decimalComma);
      return reading;
    },
    row: (row) => {
      const employee = readRow?.(row.cell, row.report, row.line);
      if (employee !== undefined) employees.push(employee);
    },
  };
  // no cell columns in messages: where a cell starts would tell the length of a person's cells before it
  const read = readCsvTable(text, table, { file: ctx.file, rowTooLong: { message: msg.rowTooLong('1 MB'), hint: msg.rowTooLongHint } });
  const { issues, warnings } = read;
  if (read.headerLine === undefined) return { employees: [], issues: issues.length > 0 ? issues : [{ at: { file: ctx.file, line: 1 }, message: msg.empty }], warnings };
  if (issues.length === 0 && read.rows === 0) warnings.push({ at: { file: ctx.file, line: read.headerLine }, message: msg.noRows });
  return { employees, issues, warnings };
}
