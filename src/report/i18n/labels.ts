/** Every text a report shows, in one shape per language. */
export interface Labels {
  readonly summaryTitle: (municipality: string, region: string) => string;
  readonly regionTitle: (region: string) => string;
  readonly horizon: (start: number, end: number, rate: string) => string;
  readonly population: (first: string, startYear: number, last: string, endYear: number) => string;
  readonly configuration: string;
  readonly cumulative: string;
  readonly npv: string;
  readonly deltaCumulative: string;
  readonly deltaNpv: string;
  readonly breakEven: string;
  readonly baselineMark: string;
  readonly never: string;
  readonly cheapest: string;
  readonly footnote: (baseline: string) => string;
}
