import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHART_FONT_FAMILIES, chartFontFiles } from '../../src/report/council/chart-fonts.js';
import { fontFaces } from '../../src/report/council/font-faces.js';
import { testDir } from '../support/testdir.js';

// Issue 16: resvg gets only the charts' own font files, found once per process by reading
// each system font's name and OS/2 tables. These fonts are made here, table by table.

interface FaceSpec {
  readonly names: readonly { readonly platform: 1 | 3; readonly id: number; readonly text: string }[];
  readonly weight?: number;
  readonly width?: number;
  readonly italic?: boolean;
  /** Leave the OS/2 table out (some old Macintosh fonts have none). */
  readonly noOs2?: boolean;
}

function nameTable(names: FaceSpec['names']): Buffer {
  const strings = names.map((n) => (n.platform === 1 ? Buffer.from(n.text, 'latin1') : Buffer.from(n.text, 'utf16le').swap16()));
  const records = Buffer.alloc(12 * names.length);
  let offset = 0;
  names.forEach((n, i) => {
    [n.platform, n.platform === 3 ? 1 : 0, n.platform === 3 ? 0x409 : 0, n.id, strings[i]!.length, offset].forEach((v, k) => records.writeUInt16BE(v, 12 * i + 2 * k));
    offset += strings[i]!.length;
  });
  const head = Buffer.alloc(6);
  head.writeUInt16BE(names.length, 2);
  head.writeUInt16BE(6 + records.length, 4);
  return Buffer.concat([head, records, ...strings]);
}

function os2Table(face: FaceSpec): Buffer {
  const table = Buffer.alloc(78);
  table.writeUInt16BE(face.weight ?? 400, 4);
  table.writeUInt16BE(face.width ?? 5, 6);
  table.writeUInt16BE(face.italic === true ? 1 : 0x40, 62);
  return table;
}

/** A TrueType font of a name table and an OS/2 table only, its tables starting at `base` in the file. */
function sfnt(face: FaceSpec, base = 0): Buffer {
  const tables: [string, Buffer][] = [['name', nameTable(face.names)], ...(face.noOs2 === true ? [] : [['OS/2', os2Table(face)] as [string, Buffer]])];
  const directory = Buffer.alloc(12 + 16 * tables.length);
  directory.writeUInt32BE(0x00010000, 0);
  directory.writeUInt16BE(tables.length, 4);
  let offset = base + directory.length;
  tables.forEach(([tag, data], i) => {
    directory.write(tag, 12 + 16 * i, 'latin1');
    directory.writeUInt32BE(offset, 12 + 16 * i + 8);
    directory.writeUInt32BE(data.length, 12 + 16 * i + 12);
    offset += data.length;
  });
  return Buffer.concat([directory, ...tables.map(([, data]) => data)]);
}

function collection(faces: readonly FaceSpec[]): Buffer {
  const head = Buffer.alloc(12 + 4 * faces.length);
  head.write('ttcf', 0, 'latin1');
  head.writeUInt32BE(0x00010000, 4);
  head.writeUInt32BE(faces.length, 8);
  const parts: Buffer[] = [];
  let offset = head.length;
  faces.forEach((face, i) => {
    head.writeUInt32BE(offset, 12 + 4 * i);
    const part = sfnt(face, offset);
    parts.push(part);
    offset += part.length;
  });
  return Buffer.concat([head, ...parts]);
}

const family = (text: string, platform: 1 | 3 = 3) => ({ platform, id: 1, text });

describe('the faces of a font file', () => {
  it('are read from its name and OS/2 tables: family names of either platform, regular or not', () => {
    const dir = testDir({
      'regular.ttf': sfnt({ names: [family('Liberation Sans'), { platform: 3, id: 2, text: 'Regular' }, family('Liberation Sans', 1)] }),
      'condensed.ttf': sfnt({ names: [family('DejaVu Sans Condensed'), { platform: 3, id: 16, text: 'DejaVu Sans' }], width: 3 }),
      'bold.ttf': sfnt({ names: [family('Arial')], weight: 700 }),
      'italic.ttf': sfnt({ names: [family('Arial')], italic: true }),
      'old.ttf': sfnt({ names: [family('Geneva', 1)], noOs2: true }),
    });
    expect(fontFaces(join(dir, 'regular.ttf'))).toEqual([{ families: ['Liberation Sans'], regular: true }]);
    expect(fontFaces(join(dir, 'condensed.ttf'))).toEqual([{ families: ['DejaVu Sans Condensed', 'DejaVu Sans'], regular: false }]);
    expect(fontFaces(join(dir, 'bold.ttf'))).toEqual([{ families: ['Arial'], regular: false }]);
    expect(fontFaces(join(dir, 'italic.ttf'))).toEqual([{ families: ['Arial'], regular: false }]);
    expect(fontFaces(join(dir, 'old.ttf'))).toEqual([{ families: ['Geneva'], regular: true }]);
  });

  it('of a collection are each of its fonts', () => {
    const dir = testDir({ 'both.ttc': collection([{ names: [family('Arial')], weight: 700 }, { names: [family('Helvetica')] }]) });
    expect(fontFaces(join(dir, 'both.ttc'))).toEqual([
      { families: ['Arial'], regular: false },
      { families: ['Helvetica'], regular: true },
    ]);
  });

  it('are none for a file that is no font or is cut short', () => {
    const font = sfnt({ names: [family('Arial')] });
    const dir = testDir({ 'text.ttf': 'not a font at all', 'empty.ttf': '', 'cut.ttf': font.subarray(0, 40), 'cut-names.ttf': font.subarray(0, font.length - 90) });
    for (const name of ['text.ttf', 'empty.ttf', 'cut.ttf', 'cut-names.ttf']) expect(fontFaces(join(dir, name))).toEqual([]);
  });
});

describe('the charts\' font files', () => {
  it('are found once, each a regular face of one of the charts\' families', () => {
    const files = chartFontFiles();
    expect(chartFontFiles()).toBe(files);
    const wanted = new Set(CHART_FONT_FAMILIES.map((f) => f.toLowerCase()));
    for (const file of files) {
      expect(fontFaces(file).some((face) => face.regular && face.families.some((f) => wanted.has(f.toLowerCase())))).toBe(true);
    }
  });
});
