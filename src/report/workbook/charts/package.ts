import JSZip from 'jszip';
import { InternalError } from '../../../errors.js';
import { isXmlText } from '../../../text-characters.js';
import type { ChartSpec } from './chart-spec.js';
import { chartXml, drawingXml, xmlEscape } from './chart-xml.js';

const REL_DRAWING = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
const REL_CHART = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';
const TYPE_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
const TYPE_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';

/** Elements that must come after `<drawing>` in a worksheet (ECMA-376 CT_Worksheet order). */
const AFTER_DRAWING = ['<legacyDrawing', '<legacyDrawingHF', '<drawingHF', '<picture', '<oleObjects', '<controls', '<webPublishItems', '<tableParts', '<extLst', '</worksheet>'];

/**
 * Finishes the xlsx that exceljs wrote: adds native charts to a sheet (exceljs has none)
 * and re-zips every part with one fixed date, so that the same inputs give the same bytes
 * (see stamp.ts). The very last step: the result is never read back by exceljs, which
 * would drop the charts.
 */
export async function finishPackage(xlsx: Uint8Array, charts: { sheet: string; specs: readonly ChartSpec[] }[], date: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  let chartNumber = 0;
  for (const [drawingNumber, { sheet, specs }] of charts.entries()) {
    if (specs.length === 0) continue;
    const sheetPath = await sheetPart(zip, sheet);
    const drawing = `xl/drawings/drawing${drawingNumber + 1}.xml`;
    const chartParts = specs.map(() => `xl/charts/chart${++chartNumber}.xml`);
    specs.forEach((spec, i) => zip.file(chartParts[i] ?? '', chartXml(spec, 50_000_000 + 10 * (chartNumber - specs.length + i + 1))));
    zip.file(drawing, drawingXml(specs.map((s, i) => ({ anchor: s.anchor, name: `Chart ${i + 1}` }))));
    zip.file(relsPath(drawing), relationships(chartParts.map((p, i) => ({ id: `rId${i + 1}`, type: REL_CHART, target: `../charts/${p.split('/').pop() ?? ''}` }))));
    const relId = await addRelationship(zip, relsPath(sheetPath), REL_DRAWING, `../drawings/${drawing.split('/').pop() ?? ''}`);
    await insertDrawing(zip, sheetPath, relId);
    await addContentTypes(zip, [...chartParts.map((p) => [p, TYPE_CHART] as const), [drawing, TYPE_DRAWING] as const]);
  }
  return rezip(zip, date);
}

/** The worksheet part of a sheet, found through the workbook and its relationships, not by position. */
async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
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

async function text(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (file === null) throw new InternalError(`${path} missing from the workbook package`);
  return file.async('string');
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
async function addRelationship(zip: JSZip, path: string, type: string, target: string): Promise<string> {
  const existing = zip.file(path) === null ? '' : await text(zip, path);
  const ids = new Set([...existing.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  let n = 1;
  while (ids.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const tag = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  zip.file(path, existing === '' ? relationships([{ id, type, target }]) : existing.replace('</Relationships>', `${tag}</Relationships>`));
  return id;
}

async function insertDrawing(zip: JSZip, sheetPath: string, relId: string): Promise<void> {
  const xml = await text(zip, sheetPath);
  if (xml.includes('<drawing ')) throw new InternalError(`${sheetPath} already has a drawing`);
  const at = Math.min(...AFTER_DRAWING.map((tag) => xml.indexOf(tag)).filter((i) => i >= 0));
  zip.file(sheetPath, `${xml.slice(0, at)}<drawing r:id="${relId}"/>${xml.slice(at)}`);
}

async function addContentTypes(zip: JSZip, parts: readonly (readonly [string, string])[]): Promise<void> {
  const xml = await text(zip, '[Content_Types].xml');
  const overrides = parts.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('');
  zip.file('[Content_Types].xml', xml.replace('</Types>', `${overrides}</Types>`));
}

/** Every entry again, in a fixed order with one fixed date, DEFLATE-compressed: byte-identical output. */
export async function rezip(zip: JSZip, date: Date): Promise<Buffer> {
  const out = new JSZip();
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]?.dir);
  // [Content_Types].xml first, as Excel writes it; the rest in a stable order
  paths.sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  for (const path of paths) {
    const bytes = await zip.file(path)!.async('uint8array');
    checkXmlText(path, bytes);
    out.file(path, bytes, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}

/**
 * The last line of defence against a workbook Excel cannot open: a part whose XML holds a
 * character XML forbids (U+FFFF, a control character) is not well-formed. The loaders
 * refuse such characters in every text; one that gets through is a bug, not a report.
 */
function checkXmlText(path: string, bytes: Uint8Array): void {
  if (!/\.(xml|rels)$/.test(path)) return;
  if (!isXmlText(new TextDecoder().decode(bytes))) throw new InternalError(`${path} would hold a character that XML forbids: the workbook would not open`);
}
