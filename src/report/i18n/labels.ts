/** Every text a report shows, in one shape per language. */
export interface Labels {
  readonly summaryTitle: (municipality: string, region: string) => string;
  readonly regionTitle: (region: string) => string;
  readonly horizon: (start: number, end: number, rate: string) => string;
  /** `withInflow`: the municipality has inflow streams, so the head count is not the employee file's alone. */
  readonly population: (first: string, startYear: number, last: string, endYear: number, withInflow: boolean) => string;
  /** In place of a headcount of 1 to `min − 1` people (small cells). */
  readonly fewerThan: (min: number) => string;
  /** In place of a headcount that mixes inflow with 1 to 4 employees (small cells). */
  readonly notShown: string;
  readonly configuration: string;
  readonly cumulative: string;
  readonly npv: string;
  readonly deltaCumulative: string;
  readonly deltaNpv: string;
  /** The terminal's column of a settled member's verevening over the horizon (docs/methodology.md#settlement). */
  readonly verevening: string;
  readonly breakEven: string;
  readonly baselineMark: string;
  readonly never: string;
  readonly cheapest: string;
  readonly footnote: (baseline: string) => string;
  /** The block of an open run with inflow: the difference with the baseline with and without the newcomers (docs/methodology.md#open-closed). */
  readonly worlds: {
    readonly title: (baseline: string) => string;
    readonly open: string;
    readonly closed: string;
    readonly newcomers: string;
    readonly note: string;
  };
  /** The line after a run that wrote a workbook. */
  readonly reportWritten: (path: string) => string;
  readonly batch: {
    readonly header: readonly [string, string, string, string, string];
    readonly region: (name: string) => string;
    readonly failed: string;
    readonly written: (files: number, folder: string, failed: number) => string;
  };
}
