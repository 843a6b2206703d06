import type { Sheet } from '../sheet-model.js';
import { setUpPrinting, writeText } from '../cells.js';
import type { InputFile, VariantInfo } from '../../../model/scenario.js';
import type { WorkbookLabels } from '../../i18n/workbook-labels.js';
import { styleCell, styleSection, styleTitle } from '../styles.js';

/** Width of the notes column: a printed landscape page. */
const WIDTH = 110;

/**
 * The notes sheet: how to read the workbook, the method in short, the legend of cell
 * styles, every warning of the run, the input files with their SHA-256, and the version.
 */
export interface NotesContent {
  readonly labels: WorkbookLabels;
  /** How to read this workbook, one line per sheet. */
  readonly reading: readonly string[];
  readonly warnings: readonly string[];
  readonly inputs: readonly InputFile[];
  readonly variant?: VariantInfo;
  readonly version: string;
  readonly date: string | undefined;
  readonly footer: string;
  /** Whether an organisation of the region settles (docs/methodology.md#settlement): the notes then say how. */
  readonly settles?: boolean;
  /** How far the figures rest on estimates (src/report/estimates.ts), said before the warnings. */
  readonly estimates?: readonly string[];
  /** The full source of each assumption whose short label another sheet shows (source-notes.ts). */
  readonly sources?: readonly string[];
}

export function writeNotesSheet(ws: Sheet, content: NotesContent): void {
  const { labels, warnings } = content;
  const n = labels.notes;
  let row = 1;
  const line = (text: string, options: { italic?: boolean } = {}) => writeText(ws, row++, 1, text, { ...options, wrap: WIDTH });
  const heading = (text: string) => {
    row++;
    styleSection(line(text));
  };
  styleTitle(line(n.title));
  line(labels.madeFrom(content.version, content.date), { italic: true });
  heading(n.howToRead);
  content.reading.forEach((text) => line(`• ${text}`));
  line(n.rounding);
  heading(n.method);
  n.methodLines.forEach((text) => line(`• ${text}`));
  if (content.settles === true) line(`• ${n.settlementLine}`);
  heading(n.legend);
  for (const [kind, text] of [['input', n.inputCell], ['engine', n.engineCell], ['formula', n.formulaCell]] as const) {
    const cell = ws.getCell(row, 1);
    cell.value = text;
    styleCell(cell, kind);
    row++;
  }
  if (content.variant !== undefined) {
    heading(n.variant);
    if (content.variant.description !== undefined) line(content.variant.description);
    content.variant.files.forEach((f) => line(f));
    content.variant.overrides.forEach((o) => line(`• ${o}`));
  }
  heading(n.warnings);
  const estimates = content.estimates ?? [];
  estimates.forEach((text) => line(text));
  if (warnings.length === 0) line(estimates.length === 0 ? n.noWarnings : n.noOtherWarnings);
  warnings.forEach((text) => line(text));
  if (content.sources !== undefined && content.sources.length > 0) {
    heading(n.sources);
    line(n.sourcesIntro, { italic: true });
    content.sources.forEach((text) => line(text));
  }
  heading(n.inputs);
  for (const input of content.inputs) line(`${input.path}  ${input.sha256}`);
  heading(n.version);
  line(`soweco-bc ${content.version}`);
  ws.getColumn(1).width = WIDTH;
  setUpPrinting(ws, content.footer);
}
