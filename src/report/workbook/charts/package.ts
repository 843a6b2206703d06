import type { Book } from '../sheet-model.js';
import { InternalError } from '../../../errors.js';
import { isXmlText } from '../../../text-characters.js';
import type { ChartSpec } from './chart-spec.js';
import { chartXml, drawingXml, xmlEscape } from './chart-xml.js';
import { zipPackage } from '../../zip-package.js';
import { bookParts } from '../book-parts.js';

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Elements that must come after `<drawing>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/** The parts of a package being finished: path → XML text (or, for a binary part, its bytes). */
type Parts = Map<string, string | Uint8Array>;

/**
 * Finishes the xlsx of a workbook: adds native charts to a sheet (exceljs's writer has none)
 * and zips every part once, with one fixed date, so that the same inputs give the same bytes
 * (see stamp.ts).
 */
export async function finishPackage(wb: Book, charts: { sheet: string; specs: readonly ChartSpec[] }[], date: Date): Promise<Buffer> {
  const parts: Parts = bookParts(wb);
  let chartNumber = 0;
  for (const [drawingNumber, { sheet, specs }] of charts.entries()) {
    if (specs.length === 0) continue;
    const sheetPath = sheetPart(parts, sheet);
    const drawing = `xl/drawings/drawing${drawingNumber + 1}.xml`;
    const chartParts = specs.map(() => `xl/charts/chart${++chartNumber}.xml`);
    specs.forEach((spec, i) => parts.set(chartParts[i] ?? '', chartXml(spec, 50_000_000 + 10 * (chartNumber - specs.length + i + 1))));
    parts.set(drawing, drawingXml(specs.map((s, i) => ({ anchor: s.anchor, name: `Chart ${i + 1}` }))));
    parts.set(relsPath(drawing), relationships(chartParts.map((p, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${p.split('/').pop() ?? ''}` }))));
    const relId = addRelationship(parts, relsPath(sheetPath), REL_DRAWING, `../drawings/${drawing.split('/').pop() ?? ''}`);
    insertDrawing(parts, sheetPath, relId);
    addContentTypes(parts, [...chartParts.map((p) => [p, TYPE_CHART] as const), [drawing, TYPE_DRAWING] as const]);
  }
  return zipParts(parts, date);
}

/** The worksheet part of a sheet, found through the workbook and its relationships, not by position. */
function sheetPart(parts: Parts, name: string): string {
  const workbook = text(parts, 'xl/workbook.xml');
  const rels = text(parts, 'xl/_rels/workbook.xml.rels');
  const sheet = [...workbook.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'name') === xmlEscape(name));
  const id = sheet === undefined ? undefined : attribute(sheet, 'r:id');
  const rel = [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => m[0]).find((tag) => attribute(tag, 'Id') === id);
  const target = rel === undefined ? undefined : attribute(rel, 'Target');
  if (target === undefined) throw new InternalError(`sheet ${name} not found in the workbook package`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function text(parts: Parts, path: string): string {
  const part = parts.get(path);
  if (part === undefined) throw new InternalError(`${path} missing from the workbook package`);
  return typeof part === 'string' ? part : new TextDecoder().decode(part);
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash)}/_rels/${part.slice(slash + 1)}.rels`;
}

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  const items = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEscape(r.target)}"/>`).join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
}

/** Adds a relationship to a part's rels file (creating it), with a fresh id; returns the id. */
function addRelationship(parts: Parts, path: string, type: string, target: string): string {
  const existing = parts.has(path) ? text(parts, path) : '';
  const ids = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const tag = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  parts.set(path, existing === '' ? relationships([{ id, type, target }]) : existing.replace('</Relationships>', `${tag}</Relationships>`));
  return id;
}

function insertDrawing(parts: Parts, sheetPath: string, relId: string): void {
  const xml = text(parts, sheetPath);
  if (xml.includes('<drawing ')) throw new InternalError(`${sheetPath} already has a drawing`);
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  parts.set(sheetPath, `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`);
}

function addContentTypes(parts: Parts, added: readonly (readonly [string, string])[]): void {
  const xml = text(parts, '[Content_Types].xml');
  const overrides = added.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('');
  parts.set('[Content_Types].xml', xml.replace('</Types>', `${overrides}</Types>`));
}

/** The parts in a fixed order, each checked and DEFLATE-compressed once, with one fixed date: byte-identical output. */
function zipParts(parts: Parts, date: Date): Buffer {
  const paths = [...parts.keys()];
  // [Content_Types].xml first, as Excel writes it; the rest in a stable order: by code unit,
  // not localeCompare, whose first call costs the start-up of ICU's collation (some 6 ms)
  paths.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return zipPackage(paths.map((path) => {
    const part = parts.get(path) ?? '';
    checkXmlText(path, part);
    return { path, bytes: typeof part === 'string' ? Buffer.from(part, 'utf8') : part };
  }), date);
}

/**
 * The last line of defence against a workbook Excel cannot open: a part whose XML holds a
 * character XML forbids (U+FFFF, a control character) is not well-formed. The loaders
 * refuse such characters in every text; one that gets through is a bug, not a report.
 */
function checkXmlText(path: string, part: string | Uint8Array): void {
  if (!/\.(xml|rels)$/.test(path)) return;
  if (!isXmlText(typeof part === 'string' ? part : new TextDecoder().decode(part))) throw new InternalError(`${path} would hold a character that XML forbids: the workbook would not open`);
}
