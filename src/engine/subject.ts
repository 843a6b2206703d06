import type { Scenario } from '../model/scenario.js';
import type { MunicipalityResult, Projection, RegionalResult } from './project.js';

/** The region as a whole: its results are the sums over its municipalities (§5). */
export interface RegionSubject {
  readonly kind: 'region';
}

/** One municipality of the region, by its id. */
export interface MunicipalitySubject {
  readonly kind: 'municipality';
  readonly id: string;
}

/**
 * What a result, a report or a comparison is about: the region as a whole or one
 * municipality. Also the parameter scope a line reads (parameter-book.ts).
 */
export type Subject = RegionSubject | MunicipalitySubject;

/** The region as a whole. */
export const REGION: RegionSubject = Object.freeze({ kind: 'region' });

/** The municipality with this id. */
export function municipalitySubject(id: string): MunicipalitySubject {
  return { kind: 'municipality', id };
}

/** What a scenario is about: the municipality its file names (its focus), or the region for a region file. */
export function scenarioSubject(scenario: Scenario): Subject {
  return scenario.focus === undefined ? REGION : municipalitySubject(scenario.focus);
}

/** The subject as a key of maps by scope (`Projection.parameters`): `region`, or the municipality's id. */
export function subjectKey(subject: Subject): string {
  return subject.kind === 'region' ? 'region' : subject.id;
}

/** A municipality's name as its file gives it; its id if the scenario does not know it. */
export function municipalityName(scenario: Scenario, id: string): string {
  return scenario.municipalities.find((m) => m.id === id)?.name ?? id;
}

/** The subject's name as a reader knows it: the region's name, or the municipality's. */
export function subjectName(scenario: Scenario, subject: Subject): string {
  return subject.kind === 'region' ? scenario.region.name : municipalityName(scenario, subject.id);
}

/**
 * The projection's result for a configuration and a subject: a municipality's result, or the
 * region's sums. Undefined for a configuration the projection does not have, or a
 * municipality that has no result under it.
 */
export function resultFor(projection: Projection, configuration: string, subject: MunicipalitySubject): MunicipalityResult | undefined;
export function resultFor(projection: Projection, configuration: string, subject: RegionSubject): RegionalResult | undefined;
export function resultFor(projection: Projection, configuration: string, subject: Subject): MunicipalityResult | RegionalResult | undefined;
export function resultFor(projection: Projection, configuration: string, subject: Subject): MunicipalityResult | RegionalResult | undefined {
  return subject.kind === 'region' ? projection.regional.get(configuration) : projection.results.get(configuration)?.get(subject.id);
}
