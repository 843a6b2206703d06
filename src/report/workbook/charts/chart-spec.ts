/** A cell range with the values it holds when the workbook is written (the chart's cache). */
export interface ChartData<T extends number | string> {
  /** An absolute reference such as `'Samenvatting'!$D$20:$R$20`. */
  readonly ref: string;
  readonly values: readonly T[];
}

export interface ChartSeries {
  readonly name: ChartData<string>;
  readonly categories: ChartData<number> | ChartData<string>;
  /** A value that is not a finite number (a cell that holds a mark, not a figure) is left out of the cache. */
  readonly values: ChartData<number>;
  /** The series' colour (RRGGBB), where its meaning sets it; else the next of SERIES_COLOURS (chart-xml.ts). */
  readonly colour?: string;
  /** A line series' points marked: a series of a few points (realised years) shows even where a point has no neighbour. */
  readonly markers?: boolean;
}

/** Where a chart sits: zero-based columns and rows of its top-left and bottom-right corners. */
export interface ChartAnchor {
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

/**
 * A native chart: a line chart over years, a horizontal bar chart over categories, or
 * columns over years with the series stacked (parts of a whole, such as a head count).
 */
export interface ChartSpec {
  readonly kind: 'line' | 'bar' | 'stackedColumn';
  readonly title: string;
  readonly series: readonly ChartSeries[];
  readonly valueFormat: string;
  readonly anchor: ChartAnchor;
  /** Bar charts: how much the bars of a category overlap, in percent (100 for a tornado). */
  readonly overlap?: number;
  /** The value axis: its title, and its bounds where the chart scales it to the data (axis.ts). */
  readonly valueAxis?: ValueAxis;
  /**
   * A single series of differences with the baseline: each bar coloured by its meaning,
   * an advantage (negative: cheaper) green and a disadvantage red (styles.ts).
   */
  readonly colourBySign?: boolean;
}

/** A value axis's title and, where given, its fixed bounds (else the spreadsheet program chooses, from 0). */
export interface ValueAxis {
  readonly title: string;
  readonly min?: number;
  readonly max?: number;
}
