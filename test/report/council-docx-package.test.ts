import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import { coreProperties } from '../../src/report/council/docx-package.js';
import { councilDocx } from '../../src/report/council/docx.js';
import { compiledParts } from '../support/docx-parts.js';

// Issue 16: the Word package is zipped once, by Node's zlib, dated with the report's date
// (docx's own zip dated its entries by the clock); the parts docx compiles are the oracle
// of the program's own writer (test/report/docx-oracle.test.ts).

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const TIMEOUT = 60_000;

async function entries(bytes: Uint8Array): Promise<Map<string, { date: Date; data: Buffer }>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, { date: f.date, data: await f.async('nodebuffer') }] as const)));
}

describe('the parts of a Word package as docx writes them (the oracle of the Word writer)', () => {
  it('are the parts docx itself zips, in its order, with the overrides in place of its own', async () => {
    const docx = await import('docx');
    const file = new docx.Document({ title: 'T', sections: [{ children: [new docx.Paragraph({ children: [new docx.TextRun('één € 1.000')] })] }] });
    const overrides = [{ path: 'docProps/core.xml', data: coreProperties('T', new Date(Date.UTC(2026, 4, 1))) }];
    const parts = compiledParts(file, overrides);
    const packed = await entries(await docx.Packer.toBuffer(file, undefined, overrides));
    expect(parts.map((p) => p.path)).toEqual([...packed.keys()]);
    for (const part of parts) expect(Buffer.from(part.bytes).equals(packed.get(part.path)?.data ?? Buffer.alloc(0))).toBe(true);
    expect(Buffer.from(parts.find((p) => p.path === 'docProps/core.xml')?.bytes ?? []).toString('utf8')).toBe(overrides[0]!.data);
  });
});

describe('the dates of a Word package', () => {
  it('of a council summary are the report\'s date, in its core properties too', async () => {
    const projection = project(loadScenario(join(SETTLED, 'regio.yaml')));
    const date = new Date(Date.UTC(2026, 4, 1, 12));
    const doc = councilDocument(projection, municipalitySubject('oost'), 'en', 'test');
    const docx = await entries(await councilDocx(doc, date));
    for (const entry of docx.values()) expect(entry.date.toISOString()).toBe(date.toISOString());
    const core = docx.get('docProps/core.xml')?.data.toString('utf8') ?? '';
    expect(core).toContain(`<dc:title>${doc.title}</dc:title><dc:creator>soweco-bc</dc:creator>`);
    expect(core.match(/2026-05-01T12:00:00Z/g)).toHaveLength(2);
  }, TIMEOUT);

  it('hold a title of any text as XML text', () => {
    expect(coreProperties('R&D <WSW> "x"', new Date(0))).toContain('<dc:title>R&amp;D &lt;WSW&gt; "x"</dc:title>');
  });
});

describe('a council summary as a Word document', () => {
  it('is not written with a text that XML cannot hold (a bug: the loaders refuse such characters)', async () => {
    const projection = project(loadScenario(join(SETTLED, 'regio.yaml')));
    const doc = councilDocument(projection, municipalitySubject('oost'), 'nl', 'test');
    const broken = { ...doc, blocks: [...doc.blocks, { kind: 'list' as const, items: [[{ text: 'a\u0001b' }]] }] };
    await expect(councilDocx(broken, undefined)).rejects.toThrow(InternalError);
  }, TIMEOUT);
});
