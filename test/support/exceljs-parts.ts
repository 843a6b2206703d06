import type ExcelJS from 'exceljs';
import { InternalError } from '../../src/errors.js';

/** What exceljs's writer appends a part to: its zip, here a map of part texts. */
interface PartSink {
  append(data: string | Uint8Array, options: { name: string; base64?: boolean }): void;
}

type Step = (zip: PartSink, model: unknown) => Promise<void> | void;

/**
 * The steps of exceljs 4's `XLSX.write` (lib/xlsx/xlsx.js), each of which renders parts of
 * the package and appends them to a zip. They are called here in the same order, with the
 * same model, as `write` calls them; only the zip is left out.
 */
interface XlsxWriter {
  prepareModel(model: unknown, options: object): void;
  addContentTypes: Step;
  addOfficeRels: Step;
  addWorkbookRels: Step;
  addWorksheets: Step;
  addSharedStrings: Step;
  addDrawings: Step;
  addTables: Step;
  addThemes: Step;
  addStyles: Step;
  addMedia: Step;
  addApp: Step;
  addCore: Step;
  addWorkbook: Step;
}

/**
 * The parts of the xlsx package exceljs 4 would write for `wb` (path → XML text), without
 * zipping them: the test oracle of src/report/workbook/book-parts.ts, which writes every
 * workbook now. Its steps do all their work when called (none waits on anything), so the
 * parts are there on return; `done` settles when they have all finished, and fails if one did.
 */
export function exceljsPartsNow(wb: ExcelJS.Workbook): { parts: Map<string, string | Uint8Array>; done: Promise<unknown> } {
  const parts = new Map<string, string | Uint8Array>();
  const sink: PartSink = {
    append(data, { name, base64 }) {
      if (base64 === true) throw new InternalError(`${name}: a base64 part (an image) in a workbook, which no report has`);
      if (parts.has(name)) throw new InternalError(`${name} written twice into the workbook package`);
      parts.set(name, data);
    },
  };
  const writer = wb.xlsx as unknown as XlsxWriter;
  // `wb.model` builds the model afresh on every read: the steps must share one
  const model = wb.model as unknown as WorkbookModel;
  shareStyles(model);
  writer.prepareModel(model, {});
  const steps = [writer.addContentTypes, writer.addOfficeRels, writer.addWorkbookRels, writer.addWorksheets, writer.addSharedStrings, writer.addDrawings, writer.addTables, writer.addThemes, writer.addStyles, writer.addMedia, writer.addApp, writer.addCore, writer.addWorkbook];
  const done = Promise.all(steps.map((step) => step.call(writer, sink, model)));
  return { parts, done };
}

/** What {@link shareStyles} reads of exceljs's workbook model: each cell's type, formula result and style. */
interface WorkbookModel {
  readonly worksheets: readonly { readonly rows: readonly { readonly cells: CellModel[] }[] }[];
}

interface CellModel {
  readonly type: number;
  readonly result?: unknown;
  style?: object;
}

/**
 * Gives the cells whose styles are equal one style object, in the model only (the
 * workbook's cells keep theirs). exceljs gives every cell a style object of its own and
 * renders a cell's font, fill and style to XML to find its style id, cell after cell (most
 * of its writing time); it remembers the id of a style object it has seen, so that now each
 * distinct style is rendered once. The id is the same either way: it depends on the style's
 * content and, for a cell without a number format, on the kind of its value, both in the key.
 */
function shareStyles(model: WorkbookModel): void {
  const shared = new Map<string, object>();
  for (const sheet of model.worksheets) {
    for (const row of sheet.rows) {
      for (const cell of row.cells) {
        if (cell.style === undefined) continue;
        const key = `${cell.type}|${resultKind(cell.result)}|${JSON.stringify(cell.style)}`;
        const known = shared.get(key);
        if (known === undefined) shared.set(key, cell.style);
        else cell.style = known;
      }
    }
  }
}

/** The kind of a formula's cached result, as exceljs tells them apart (a date from other objects). */
function resultKind(result: unknown): string {
  return result instanceof Date ? 'date' : result === null ? 'null' : typeof result === 'object' ? `object ${JSON.stringify(result)}` : typeof result;
}
