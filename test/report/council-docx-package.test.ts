import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import { coreProperties, withZipDates } from '../../src/report/council/docx-package.js';
import { councilDocx } from '../../src/report/council/docx.js';

// Issue 16: the Word package is zipped once, by docx; its entries are then dated in place
// (docx dates them by the clock) rather than unzipped and zipped again.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const TIMEOUT = 60_000;

async function entries(bytes: Uint8Array): Promise<Map<string, { date: Date; data: Buffer }>> {
  const zip = await JSZip.loadAsync(bytes);
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return new Map(await Promise.all(files.map(async (f) => [f.name, { date: f.date, data: await f.async('nodebuffer') }] as const)));
}

describe('the dates of a zip package', () => {
  it('are set in every entry, whose data stays as it was', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>'.repeat(100), { date: new Date(Date.UTC(2031, 6, 15, 13, 47, 22)) });
    zip.file('b/c.png', Buffer.from([1, 2, 3]), { date: new Date(Date.UTC(2001, 0, 1)) });
    zip.file('d.txt', 'stored', { compression: 'STORE' });
    const before = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const date = new Date(Date.UTC(2026, 4, 1, 12, 30, 10));
    const after = await entries(withZipDates(before, date));
    expect([...after.keys()]).toEqual(['a.xml', 'b/c.png', 'd.txt']);
    for (const [name, entry] of await entries(before)) {
      expect(after.get(name)?.data.equals(entry.data)).toBe(true);
      expect(after.get(name)?.date.toISOString()).toBe(date.toISOString());
    }
  });

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
