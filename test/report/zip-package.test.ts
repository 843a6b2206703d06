import JSZip from 'jszip';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../src/report/zip-package.js';

const date = new Date(Date.UTC(2026, 4, 17, 13, 45, 30));

/** A part path as packages have them: folders and a file name, now and then with a letter outside ASCII. */
const path = fc.array(fc.stringMatching(/^[A-Za-z[][A-Za-z0-9_.\]é]{0,11}$/), { minLength: 1, maxLength: 3 }).map((segments) => segments.join('/'));

describe('zipPackage: a package zipped once with Node zlib', () => {
  it('is read back by JSZip as exactly the parts given, in their order, each DEFLATE-compressed with the one date', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.record({ path, bytes: fc.uint8Array({ maxLength: 3000 }) }), { selector: (p) => p.path, maxLength: 8 }), async (parts) => {
        const zip = await JSZip.loadAsync(zipPackage(parts, date));
        const files = Object.values(zip.files);
        expect(files.map((f) => f.name)).toEqual(parts.map((p) => p.path));
        for (const [i, file] of files.entries()) {
          expect(file.dir).toBe(false);
          expect(file.date.toISOString()).toBe('2026-05-17T13:45:30.000Z');
          expect(await file.async('uint8array')).toEqual(parts[i]?.bytes);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives the same bytes for the same parts, and other bytes for another date', () => {
    const parts = [{ path: '[Content_Types].xml', bytes: Buffer.from('<Types/>'.repeat(200)) }, { path: 'xl/a.xml', bytes: Buffer.from('<a>é</a>') }];
    expect(zipPackage(parts, date).equals(zipPackage(parts, date))).toBe(true);
    expect(zipPackage(parts, date).equals(zipPackage(parts, new Date(Date.UTC(2000, 0, 1))))).toBe(false);
  });

  it('stamps a date before 1980, which a zip cannot hold, as 1 January 1980', async () => {
    const zip = await JSZip.loadAsync(zipPackage([{ path: 'a.xml', bytes: Buffer.from('a') }], new Date(0)));
    expect(zip.file('a.xml')?.date.toISOString()).toBe('1980-01-01T00:00:00.000Z');
  });

  it('stamps the date as MS-DOS does, in two-second steps, and marks a name outside ASCII as UTF-8', () => {
    const bytes = zipPackage([{ path: 'café.xml', bytes: Buffer.from('x') }], date);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(6) & 0x0800).toBe(0x0800);
    expect(bytes.readUInt16LE(10)).toBe((13 << 11) | (45 << 5) | 15);
    expect(bytes.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (5 << 5) | 17);
  });
});
