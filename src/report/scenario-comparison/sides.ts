import { REGION, municipalityName, subjectKey, subjectName, type ConfigurationDifference, type Projection, type SeriesDifference, type Subject } from '../../engine/index.js';
import type { ScenarioComparisonLabels } from '../i18n/scenario-comparison-labels.js';

/** One side of a comparison: the file the user named and its projection. */
export interface ComparedSide {
  readonly file: string;
  readonly projection: Projection;
}

export interface ComparedSides {
  readonly a: ComparedSide;
  readonly b: ComparedSide;
}

/** A side as its file, with the variant's description when it has one: `almelo-krimp.yaml (Rijksbijdrage daalt)`. */
export function sideText(side: ComparedSide): string {
  const description = side.projection.scenario.variant?.description;
  return description === undefined ? side.file : `${side.file} (${description})`;
}

/** What the comparison is about: `Noord (Kleine regio)`, or the region as a whole. */
export function comparisonSubject(subject: Subject, sides: ComparedSides, labels: ScenarioComparisonLabels): string {
  const { scenario, region } = sides.b.projection;
  if (subject.kind === 'region') return labels.regionSubject(region.name);
  return `${subjectName(scenario, subject)} (${region.name})`;
}

/** A series as a reader knows it: its name, with the scopes that see it when the name occurs more than once. */
export function seriesLabel(d: SeriesDifference, all: readonly SeriesDifference[], sides: ComparedSides, labels: ScenarioComparisonLabels): string {
  if (d.kind === 'index') return labels.index(d.name);
  if (all.filter((x) => x.name === d.name).length < 2) return d.name;
  const name = (scope: string) => (scope === subjectKey(REGION) ? labels.region : municipalityName(sides.b.projection.scenario, scope));
  return `${d.name} [${d.scopes.map(name).join(', ')}]`;
}

/** A configuration's organisations in one line: `samen: noord, oost [pooled: all; key: by se_share]; inkoop: zuid [supplier: samen (noord, oost)]`. */
export function organisationsText(side: ConfigurationDifference['a']): string | undefined {
  return side?.organisations.map((o) => {
    const notes = [...(o.settlement === undefined ? [] : [o.settlement]), ...(o.supplier === undefined ? [] : [`supplier: ${o.supplier}`])];
    return `${o.model}: ${o.members.join(', ')}${notes.length === 0 ? '' : ` [${notes.join('; ')}]`}`;
  }).join('; ');
}
