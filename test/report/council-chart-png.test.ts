import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REGION, municipalitySubject, project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { councilDocument } from '../../src/report/council-summary.js';
import { RESVG_OPTIONS, chartPng, chartSvg } from '../../src/report/council/chart-images.js';
import type { Chart } from '../../src/report/council/document.js';
import { encodePng } from '../../src/report/council/png.js';
import { pngPixels } from '../support/png-pixels.js';

// Issue 16: a chart is drawn with only the charts' own fonts (found once, not every system font
// for every chart) and packed as PNG by Node's zlib rather than resvg's encoder. The picture
// must stay the very same: the oracle is resvg as the summaries used it before, with every
// system font loaded and its own PNG encoder.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const TIMEOUT = 60_000;

const projection = project(loadScenario(join(SETTLED, 'regio.yaml')));
const charts: Chart[] = [municipalitySubject('oost'), REGION].flatMap((subject) =>
  councilDocument(projection, subject, 'nl', 'test').blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])),
);

describe('a council chart as PNG', () => {
  it('has the same pixels as resvg draws and encodes them with every system font loaded', async () => {
    expect(charts.map((c) => c.kind)).toEqual(['bars', 'lines', 'bars', 'lines']);
    for (const chart of charts) {
      const svg = chartSvg(chart, 'nl');
      const oracle = new Resvg(svg, { ...RESVG_OPTIONS, font: { loadSystemFonts: true, defaultFontFamily: 'Liberation Sans' } }).render().asPng();
      const png = chartPng(chart, 'nl');
      const [ours, theirs] = [pngPixels(png), pngPixels(oracle)];
      expect([ours.width, ours.height]).toEqual([1280, 720]);
      expect([ours.width, ours.height]).toEqual([theirs.width, theirs.height]);
      expect(ours.rgba.equals(theirs.rgba)).toBe(true);
    }
  }, TIMEOUT);

  it('is the same bytes every time', async () => {
    const chart = charts[1]!;
    expect(chartPng(chart, 'en').equals(chartPng(chart, 'en'))).toBe(true);
  }, TIMEOUT);
});

describe('the PNG encoder', () => {
  it('gives back every pixel it was given, of any size', () => {
    const image = fc.record({ width: fc.integer({ min: 1, max: 40 }), height: fc.integer({ min: 1, max: 40 }) }).chain(({ width, height }) =>
      fc.record({ width: fc.constant(width), height: fc.constant(height), rgba: fc.uint8Array({ minLength: 4 * width * height, maxLength: 4 * width * height }) }),
    );
    fc.assert(
      fc.property(image, ({ width, height, rgba }) => {
        const decoded = pngPixels(encodePng(rgba, width, height));
        expect([decoded.width, decoded.height]).toEqual([width, height]);
        expect(decoded.rgba.equals(Buffer.from(rgba))).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('refuses pixels that are not the size it is told', () => {
    expect(() => encodePng(new Uint8Array(15), 2, 2)).toThrow(RangeError);
  });
});
