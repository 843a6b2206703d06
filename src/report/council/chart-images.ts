import { createRequire } from 'node:module';
import type { Language } from '../i18n/index.js';
import { formatFixed } from '../number-format.js';
import { CHART_FONT_FAMILIES, chartFontFiles } from './chart-fonts.js';
import type { Chart } from './document.js';
import { encodePng } from './png.js';

/** The size a chart is laid out at, in CSS pixels (about 16 × 8 cm on paper), and drawn at twice that for print. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
const SCALE = 2;

/** The charts' fonts as CSS names them (chart-fonts.ts says which and why), then any sans-serif. */
const FONT = [...CHART_FONT_FAMILIES.map((family) => (family.includes(' ') ? `'${family}'` : family)), 'sans-serif'].join(', ');

/** Advantage green, disadvantage red, the same meaning as in the workbooks; lines in distinct, print-safe colours. */
const ADVANTAGE = '#2E7D32';
const DISADVANTAGE = '#C62828';
const LINE_COLOURS = ['#1F4E79', '#C55A11', '#548235', '#7030A0', '#BF9000', '#2F5597', '#A5A5A5', '#843C0C'];

/**
 * Draws a summary chart as a PNG: Apache ECharts lays it out as SVG (`chartSvg`), resvg turns
 * the SVG into pixels with the charts' fonts, Node's zlib packs them. ECharts and resvg are
 * loaded only here, when a Word document is written, so that other commands start as fast as before.
 */
export function chartPng(chart: Chart, language: Language): Buffer {
  const svg = chartSvg(chart, language);
  const { Resvg } = resvg();
  const image = new Resvg(svg, { ...RESVG_OPTIONS, font: fontOptions() }).render();
  // the white background makes every pixel opaque, so resvg's premultiplied pixels are the straight ones a PNG holds
  return encodePng(image.pixels, image.width, image.height);
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvgLoaded: ResvgModule | undefined;

/**
 * resvg, a CommonJS package with a native module, required rather than imported: the command
 * line's chunks are compiled as scripts (build/code-cache.ts), in which Node's `import()` needs
 * its experimental loader, which prints a warning to the user.
 */
function resvg(): ResvgModule {
  resvgLoaded ??= createRequire(import.meta.url)('@resvg/resvg-js') as ResvgModule;
  return resvgLoaded;
}

type ECharts = typeof import('echarts');
let loaded: ECharts | undefined;

/**
 * ECharts as its single CommonJS bundle: the same code as its ES modules, which are hundreds
 * of files, in a fifth of their loading time (some 0.1 s instead of 0.5 s, once per thread).
 */
function echarts(): ECharts {
  loaded ??= createRequire(import.meta.url)('echarts') as ECharts;
  return loaded;
}

/** How resvg draws a chart: at twice its size, on white. */
export const RESVG_OPTIONS = { fitTo: { mode: 'zoom', value: SCALE }, background: '#FFFFFF' } as const;

/** A summary chart as ECharts lays it out: SVG, server-side (no browser or canvas), its text set in the charts' fonts. */
export function chartSvg(chart: Chart, language: Language): string {
  const instance = echarts().init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  try {
    instance.setOption(chart.kind === 'bars' ? barOption(chart, language) : lineOption(chart, language));
    return instance.renderToSVGString();
  } finally {
    // an undisposed chart keeps a timer that keeps the process alive
    instance.dispose();
  }
}

/** The charts' fonts; where none of them is installed, the system's fonts as resvg finds them, as the README says. */
function fontOptions(): { loadSystemFonts: boolean; fontFiles?: string[]; defaultFontFamily: string } {
  const files = chartFontFiles();
  const defaultFontFamily = CHART_FONT_FAMILIES[0]!;
  return files.length > 0 ? { loadSystemFonts: false, fontFiles: [...files], defaultFontFamily } : { loadSystemFonts: true, defaultFontFamily };
}

function numberFormat(language: Language): (value: number) => string {
  // ECharts' own minus is a hyphen; a council table writes the minus sign
  return (value) => formatFixed(value, language, 0).replace('-', '−');
}

/** Horizontal bars, one per alternative: labels stay readable however long they are. */
function barOption(chart: Extract<Chart, { kind: 'bars' }>, language: Language): Record<string, unknown> {
  const format = numberFormat(language);
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    grid: { left: 8, right: 48, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: chart.axis, nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: format } },
    yAxis: { type: 'category', inverse: true, data: [...chart.categories], axisLabel: { width: 200, overflow: 'break' } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 28,
        data: chart.values.map((value) => ({ value, itemStyle: { color: value < 0 ? ADVANTAGE : DISADVANTAGE } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => format(Math.round(p.value)) },
      },
    ],
  };
}

/** A line per configuration over the years; the axis follows the data (it does not start at 0, as the caption says). */
function lineOption(chart: Extract<Chart, { kind: 'lines' }>, language: Language): Record<string, unknown> {
  return {
    animation: false,
    textStyle: { fontFamily: FONT },
    color: LINE_COLOURS,
    // one configuration per legend line: long labels never run into each other
    legend: { bottom: 0, left: 0, orient: 'vertical', itemWidth: 18, itemHeight: 10, itemGap: 4, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 16, top: 32, bottom: 24 + 15 * chart.series.length, containLabel: true },
    xAxis: { type: 'category', data: chart.years.map(String), boundaryGap: false },
    yAxis: { type: 'value', scale: true, name: chart.axis, nameLocation: 'end', nameTextStyle: { align: 'left' }, axisLabel: { formatter: numberFormat(language) } },
    series: chart.series.map((s) => ({ type: 'line', name: s.name, data: [...s.values], symbol: 'circle', symbolSize: 4 })),
  };
}
