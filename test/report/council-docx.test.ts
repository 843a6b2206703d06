import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { REGION, municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import { councilDocx } from '../../src/report/council/docx.js';

// Issue 13, item 11: the council summary as a Word document, with its tables and two charts
// as pictures, the same bytes every time. (That LibreOffice Writer opens it without repair is
// checked by `npm run check:docx`, in CI after the tests.)

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const TIMEOUT = 60_000;

const projection = project(loadScenario(join(SETTLED, 'regio.yaml')));

async function parts(bytes: Buffer): Promise<{ zip: JSZip; text: string; xml: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { zip, text, xml };
}

describe('the council summary as a Word document', () => {
  it('holds the two charts as PNG pictures and names every configuration in its text', async () => {
    const doc = councilDocument(projection, municipalitySubject('oost'), 'nl', 'test');
    const { zip, text, xml } = await parts(await councilDocx(doc, undefined));
    const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(2);
    for (const file of media) {
      expect(file).toMatch(/\.png$/);
      expect((await zip.file(file)!.async('nodebuffer')).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    }
    expect(xml.match(/<w:drawing>/g)).toHaveLength(2);
    expect(text).toContain(doc.title);
    for (const c of projection.region.configurations) expect(text).toContain(c.label);
    expect(text).toContain('Figuur 1.');
    expect(text).toContain('Tabel 1. Netto kosten per jaar per configuratie, × €\u00a01.000.');
  }, TIMEOUT);

  it('has the Markdown\'s tables as Word tables of at most seven columns, the header repeated on every page', async () => {
    const doc = councilDocument(projection, REGION, 'en', 'test');
    const { xml } = await parts(await councilDocx(doc, undefined));
    const tables = xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables).toHaveLength(doc.blocks.filter((b) => b.kind === 'table').length);
    for (const table of tables) {
      expect((table.match(/<w:tr>|<w:tr /g) ?? []).length).toBe(projection.years.length + 3);
      const firstRow = table.slice(table.indexOf('<w:tr'), table.indexOf('</w:tr>'));
      expect(firstRow).toContain('<w:tblHeader/>');
      expect((firstRow.match(/<w:tc>/g) ?? []).length).toBeLessThanOrEqual(7);
    }
  }, TIMEOUT);

  it('is the same bytes every time, dated on the fixed date or the report\'s date', async () => {
    const doc = councilDocument(projection, REGION, 'nl', 'test');
    const [a, b] = [await councilDocx(doc, undefined), await councilDocx(doc, undefined)];
    expect(a.equals(b)).toBe(true);
    const core = (await (await JSZip.loadAsync(a)).file('docProps/core.xml')?.async('string')) ?? '';
    expect(core).toMatch(/<dcterms:created[^>]*>1980-01-01T00:00:00Z<\/dcterms:created>/);
    expect(core).toMatch(/<dcterms:modified[^>]*>1980-01-01T00:00:00Z<\/dcterms:modified>/);
    const dated = await councilDocx(doc, new Date(Date.UTC(2026, 4, 1, 12)));
    expect(await (await JSZip.loadAsync(dated)).file('docProps/core.xml')?.async('string')).toContain('2026-05-01T12:00:00Z');
  }, TIMEOUT);
});
