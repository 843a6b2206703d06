import type { SourceRef } from '../../errors.js';
import type { Dec } from '../../model/decimal.js';
import { NET_LINE } from '../../model/realised.js';
import type { Scenario } from '../../model/scenario.js';
import type { Realised } from '../../model/realised.js';
import type { Projection } from '../project.js';
import { regionLineAmount } from '../evaluate-region.js';
import { REGION, municipalitySubject, type Subject } from '../subject.js';

/**
 * The realised figures a calibration holds the forecast against (docs/methodology.md#calibrate):
 * every amount a municipality in scope, or the region (its sums), states for a year of the run's
 * horizon. A figure on {@link NET_LINE} is compared with the configuration's net cost, any other
 * with its line's amount.
 */
export interface StatedFigure {
  /** Whose figure: a municipality's, or the region's sums. */
  readonly subject: Subject;
  readonly configuration: string;
  /** A line id of the subject's result in the configuration, or {@link NET_LINE}. */
  readonly line: string;
  readonly year: number;
  readonly realised: Dec;
  readonly at: SourceRef;
}

/**
 * The stated figures of the municipality the scenario is about (for a region file: every
 * municipality's, then the region's own), in the years of the horizon, in the order of the
 * files. Years outside the horizon (a variant that shortens it) are not compared, as
 * docs/input-format.md#realised says. By year, and within a year in the order of the files.
 * With `configuration`, only that configuration's figures.
 */
export function statedFigures(scenario: Scenario, configuration?: string): StatedFigure[] {
  const { start, end } = scenario.region.horizon;
  const inScope = scenario.municipalities.filter((m) => scenario.focus === undefined || m.id === scenario.focus);
  const stated: { subject: Subject; realised: Realised | undefined }[] = [
    ...inScope.map((m) => ({ subject: municipalitySubject(m.id), realised: m.realised })),
    ...(scenario.focus === undefined ? [{ subject: REGION, realised: scenario.regionRealised }] : []),
  ];
  const figures = stated.flatMap(({ subject, realised }) =>
    [...(realised?.lines ?? new Map())].filter(([c]) => configuration === undefined || c === configuration).flatMap(([configuration, byLine]) =>
      [...byLine].flatMap(([line, byYear]) =>
        [...byYear].filter(([year]) => year >= start && year <= end).map(([year, figure]) => ({ subject, configuration, line, year, realised: figure.amount, at: figure.at })),
      ),
    ),
  );
  return figures.sort((a, b) => a.year - b.year);
}

/**
 * The forecast of a stated figure: its line's amount (what the municipality bears, after
 * settlement; for the region, the sum over its municipalities), or the net cost for
 * {@link NET_LINE}. Undefined when the projection has no such line (loading refuses a stated
 * line the scenario's configuration does not have).
 */
export function forecastOf(projection: Projection, figure: StatedFigure): Dec | undefined {
  const t = figure.year - projection.region.horizon.start;
  if (figure.subject.kind === 'region') {
    if (figure.line === NET_LINE) return projection.regional.get(figure.configuration)?.net[t];
    return regionLineAmount(projection, figure.configuration, figure.line, t);
  }
  const result = projection.results.get(figure.configuration)?.get(figure.subject.id);
  if (result === undefined) return undefined;
  if (figure.line === NET_LINE) return result.net[t];
  return result.lines.find((l) => l.line.id === figure.line)?.amounts[t];
}
