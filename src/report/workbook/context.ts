import type { Projection } from '../../engine/index.js';
import type { Language } from '../i18n/index.js';
import type { WorkbookLabels } from '../i18n/workbook-labels.js';
import type { PopulationCells } from '../small-cells.js';
import { RowRegistry } from './layout.js';
import type { Quantity } from '../../model/formula.js';

/** What every sheet of one municipality's workbook needs to know. */
export interface WorkbookContext {
  readonly projection: Projection;
  readonly municipality: string;
  readonly language: Language;
  readonly labels: WorkbookLabels;
  /** The tool's version and the report date, for the notes and footers. */
  readonly version: string;
  readonly date: string | undefined;
  readonly sheets: {
    readonly summary: string;
    readonly assumptions: string;
    readonly population: string;
    readonly notes: string;
    readonly dissolution: string;
    /** Configuration id → its sheet. */
    readonly configurations: ReadonlyMap<string, string>;
  };
  /** Rows of the assumptions and population sheets, by key, for formulas elsewhere. */
  readonly assumptionRows: RowRegistry;
  readonly populationRows: RowRegistry;
  /** Rows of the dissolution sheet (sheets/dissolution.ts), by key. */
  readonly dissolutionRows: RowRegistry;
  /** What the population sheet may show of this municipality (small cells, src/report/small-cells.ts). */
  readonly cells: PopulationCells;
  /** The footer text of every page. */
  readonly footer: string;
}

/** Whether the workbook's municipality has inflow streams: its population is then not the employee file's alone. */
export function hasInflow(ctx: Pick<WorkbookContext, 'projection' | 'municipality'>): boolean {
  return (ctx.projection.populations.get(ctx.municipality)?.byStream.size ?? 0) > 0;
}

/** Row keys of the assumptions sheet. */
export const assumptionKey = {
  startYear: 'start-year',
  endYear: 'end-year',
  discountRate: 'discount-rate',
  parameter: (scope: string, name: string) => `parameter:${scope}:${name}`,
  index: (id: string) => `index:${id}`,
  constant: (model: string, line: string, workForm = '') => `constant:${model}:${line}:${workForm}`,
  elasticity: (model: string, line: string) => `elasticity:${model}:${line}`,
  oneOff: (model: string, line: string) => `one-off:${model}:${line}`,
};

/** Row keys of the population sheet. */
export const populationKey = {
  volume: (municipality: string, quantity: Quantity, workForm = 'total') => `volume:${municipality}:${quantity}:${workForm}`,
  /** The work forms merged into "other work forms" (small cells). */
  otherForms: (municipality: string, quantity: Quantity) => `other-forms:${municipality}:${quantity}`,
  yearEnd: (municipality: string) => `year-end:${municipality}`,
  inhabitants: (municipality: string) => `inhabitants:${municipality}`,
  /** The summed other members of a large organisation (see member-rows.ts). */
  others: (organisation: string, quantity: Quantity) => `others:${organisation}:${quantity}`,
  othersInhabitants: (organisation: string) => `others-inhabitants:${organisation}`,
};
