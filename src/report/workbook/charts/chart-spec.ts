/** A cell range with the values it holds when the workbook is written (the chart's cache). */
export interface ChartData<T extends number | string> {
  /** An absolute reference such as `'Samenvatting'!$D$20:$R$20`. */
  readonly ref: string;
  readonly values: readonly T[];
}

export interface ChartSeries {
  readonly name: ChartData<string>;
  readonly categories: ChartData<number> | ChartData<string>;
  readonly values: ChartData<number>;
}

/** Where a chart sits: zero-based columns and rows of its top-left and bottom-right corners. */
export interface ChartAnchor {
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
}

/** A native chart: a line chart over years, or a horizontal bar chart over categories. */
export interface ChartSpec {
  readonly kind: 'line' | 'bar';
  readonly title: string;
  readonly series: readonly ChartSeries[];
  readonly valueFormat: string;
  readonly anchor: ChartAnchor;
  /** Bar charts: how much the bars of a category overlap, in percent (100 for a tornado). */
  readonly overlap?: number;
}
