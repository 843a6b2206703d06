import type ExcelJS from 'exceljs';
import { setUpPrinting, writeText } from '../cells.js';
import type { WorkbookContext } from '../context.js';
import { styleCell, styleSection, styleTitle } from '../styles.js';

/** Width of the notes column: a printed landscape page. */
const WIDTH = 110;

/**
 * The notes sheet: how to read the workbook, the method in short, the legend of cell
 * styles, every warning of the run, the input files with their SHA-256, and the version.
 */
export function writeNotesSheet(ws: ExcelJS.Worksheet, ctx: WorkbookContext, warnings: readonly string[]): void {
  const n = ctx.labels.notes;
  let row = 1;
  const line = (text: string, options: { italic?: boolean } = {}) => writeText(ws, row++, 1, text, { ...options, wrap: WIDTH });
  const heading = (text: string) => {
    row++;
    styleSection(line(text));
  };
  styleTitle(line(n.title));
  line(ctx.labels.madeFrom(ctx.version, ctx.date), { italic: true });
  heading(n.howToRead);
  n.reading.forEach((text) => line(`• ${text}`));
  line(n.rounding);
  heading(n.method);
  n.methodLines.forEach((text) => line(`• ${text}`));
  heading(n.legend);
  for (const [kind, text] of [['input', n.inputCell], ['engine', n.engineCell], ['formula', n.formulaCell]] as const) {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    styleCell(cell, kind);
    row++;
  }
  heading(n.warnings);
  if (warnings.length === 0) line(n.noWarnings);
  warnings.forEach((text) => line(text));
  heading(n.inputs);
  for (const input of ctx.projection.scenario.inputs) line(`${input.path}  ${input.sha256}`);
  heading(n.version);
  line(`soweco-bc ${ctx.version}`);
  ws.getColumn(1).width = WIDTH;
  setUpPrinting(ws, ctx.footer);
}
