import { inflateSync } from 'node:zlib';

/** A PNG's size and pixels as 8-bit RGBA (an RGB picture's alpha 255), whatever its row filters. */
export interface Pixels {
  readonly width: number;
  readonly height: number;
  readonly rgba: Buffer;
}

const CHANNELS: Readonly<Record<number, number>> = { 2: 3, 6: 4 };

/**
 * Decodes an 8-bit RGB or RGBA PNG, not interlaced (as resvg and council/png.ts write them), by
 * the PNG specification's filters: the test's oracle for "the same picture", whatever the bytes.
 */
export function pngPixels(png: Buffer): Pixels {
  const [width, height, depth, colour, interlace] = [png.readUInt32BE(16), png.readUInt32BE(20), png[24], png[25] ?? 0, png[28]];
  const channels = CHANNELS[colour];
  if (depth !== 8 || channels === undefined || interlace !== 0) throw new Error(`unsupported PNG: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  const data: Buffer[] = [];
  for (let at = 8; at < png.length; at += 12 + png.readUInt32BE(at)) {
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') data.push(png.subarray(at + 8, at + 8 + png.readUInt32BE(at)));
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  const rgba = Buffer.alloc(width * height * 4, 255);
  let previous: Buffer = Buffer.alloc(stride);
  for (let y = 0; y < height; y++) {
    const row = unfilter(raw[y * (stride + 1)] ?? 0, Buffer.from(raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))), previous, channels);
    for (let x = 0; x < width; x++) row.copy(rgba, (y * width + x) * 4, x * channels, x * channels + channels);
    previous = row;
  }
  return { width, height, rgba };
}

function unfilter(filter: number, row: Buffer, previous: Buffer, channels: number): Buffer {
  for (let i = 0; i < row.length; i++) {
    const [a, b, c] = [i >= channels ? row[i - channels]! : 0, previous[i]!, i >= channels ? previous[i - channels]! : 0];
    const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
    if (predictor === undefined) throw new Error(`unknown PNG filter ${filter}`);
    row[i] = (row[i]! + predictor) & 255;
  }
  return row;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
