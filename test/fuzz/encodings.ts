import fc from 'fast-check';

/** How a text is saved: its encoding, and raw bytes spliced into the result (binary junk, stray BOMs). */
export interface Saving {
  readonly as: 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM' | 'utf-16le without BOM' | 'windows-1252';
  readonly bytes: readonly { readonly at: number; readonly bytes: readonly number[] }[];
}

const junk: fc.Arbitrary<readonly number[]> = fc.oneof(
  fc.constantFrom([0], [0, 0], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf], [0xc3], [0x80], [0xed, 0xa0, 0x80], [0x1a], [0x7f]),
  fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 4 }),
);

/** Mostly UTF-8 without junk, as real files are; now and then anything else. */
export const saving: fc.Arbitrary<Saving> = fc.record({
  as: fc.oneof(
    { weight: 6, arbitrary: fc.constant('utf-8' as const) },
    { weight: 1, arbitrary: fc.constantFrom('utf-8 with BOM' as const, 'utf-16le with BOM' as const, 'utf-16be with BOM' as const, 'utf-16le without BOM' as const, 'windows-1252' as const) },
  ),
  bytes: fc.oneof({ weight: 5, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(fc.record({ at: fc.nat({ max: 100_000 }), bytes: junk }), { maxLength: 3 }) }),
});

/** The bytes of `text` saved as `saving` says. */
export function save(text: string, saving: Saving): Uint8Array {
  let bytes = encode(text, saving.as);
  for (const { at, bytes: inserted } of saving.bytes) {
    const i = at % (bytes.length + 1);
    bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from(inserted), bytes.subarray(i)]);
  }
  return bytes;
}

function encode(text: string, as: Saving['as']): Buffer {
  switch (as) {
    case 'utf-8':
      return Buffer.from(text, 'utf8');
    case 'utf-8 with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf8');
    case 'utf-16le with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf16le');
    case 'utf-16be with BOM':
      return Buffer.from(`\uFEFF${text}`, 'utf16le').swap16();
    case 'utf-16le without BOM':
      return Buffer.from(text, 'utf16le');
    case 'windows-1252':
      return Buffer.from(text, 'latin1');
  }
}
