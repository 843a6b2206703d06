import type { SourceRef } from '../errors.js';
import type { Dec } from './decimal.js';
import type { EmployeeGroup } from './employee.js';
import type { InflowStream } from './inflow.js';
import type { Realised } from './realised.js';
import type { ParameterSet } from './series.js';
import type { Uncertainty } from './uncertainty.js';

export interface Municipality {
  readonly id: string;
  readonly name: string;
  readonly cbsCode?: string;
  readonly inhabitants?: Dec;
  readonly file: string;
  readonly employeesFile: string;
  readonly employees: readonly EmployeeGroup[];
  /** New people flowing in (docs/methodology.md#inflow); absent or empty: a closed population. */
  readonly inflow?: readonly InflowStream[];
  /** This municipality's overrides of region parameters (whole series). */
  readonly parameters: ParameterSet;
  /** The region's uncertainty with this municipality's additions and replacements. */
  readonly uncertainty?: Uncertainty;
  /** What really happened (docs/input-format.md#realised), to hold a forecast against; absent: none stated. */
  readonly realised?: Realised;
  readonly at: SourceRef;
}
