import type { Language } from '../i18n/index.js';
import type { Chart } from './document.js';

/** The size a chart is laid out at, in CSS pixels (about 16 × 8 cm on paper), and drawn at twice that for print. */
export const CHART_WIDTH = 640;
export const CHART_HEIGHT = 360;
const SCALE = 2;

/**
 * The charts' font: Liberation Sans (Debian's fonts-liberation2), whose letters are as wide as
 * Arial's, the widths ECharts assumes when it lays out text without a browser; then DejaVu
 * Sans, which every Debian with LibreOffice has.
 */
const FONT = "'Liberation Sans', Arial, 'DejaVu Sans', sans-serif";
const DEFAULT_FONT = 'Liberation Sans';

/** Advantage green, disadvantage red, the same meaning as in the workbooks; lines in distinct, print-safe colours. */
const ADVANTAGE = '#2E7D32';
const DISADVANTAGE = '#C62828';
const LINE_COLOURS = ['#1F4E79', '#C55A11', '#548235', '#7030A0', '#BF9000', '#2F5597', '#A5A5A5', '#843C0C'];

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

/**
 * Draws a summary chart as a PNG: Apache ECharts lays it out as SVG (server-side, no browser
 * or canvas), resvg turns the SVG into pixels with the system's fonts. Both are loaded only
 * here, when a Word document is written, so that other commands start as fast as before.
 */
export async function chartPng(chart: Chart, language: Language): Promise<Buffer> {
  const echarts = await import('echarts');
  const { Resvg } = await import('@resvg/resvg-js');
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height: CHART_HEIGHT });
  let svg: string;
  try {
    instance.setOption(chart.kind === 'bars' ? barOption(chart, language) : lineOption(chart, language));
    svg = instance.renderToSVGString();
  } finally {
    // an undisposed chart keeps a timer that keeps the process alive
    instance.dispose();
  }
  const resvg = new Resvg(svg, { fitTo: { mode: 'zoom', value: SCALE }, background: '#FFFFFF', font: { loadSystemFonts: true, defaultFontFamily: DEFAULT_FONT } });
  return resvg.render().asPng();
}

function numberFormat(language: Language): (value: number) => string {
  const format = new Intl.NumberFormat(locales[language], { maximumFractionDigits: 0 });
  // ECharts' own minus is a hyphen; a council table writes the minus sign
  return (value) => format.format(value).replace('-', '−');
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
