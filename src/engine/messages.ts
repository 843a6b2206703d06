import type { Issue, SourceRef } from '../errors.js';
import type { Dec } from '../model/decimal.js';
import type { Parameter } from '../model/series.js';
import type { SeriesGap } from './series.js';
import { texts } from '../language.js';

/** The texts of the engine's messages. */
const engineTexts = texts('engine', {
  en: {
    neededBy: (line: string, model: string) => `line "${line}" of model "${model}" needs it`,
    indexYearMissing: (index: string, year: number, name: string, neededBy: string) => `index "${index}" has no rate for ${year} and no default; parameter "${name}" is indexed with it and ${neededBy}`,
    indexShortHint: (index: string) => `index "${index}" does not cover the horizon: give the parameter another index, or give "${index}" a default rate`,
    endMovedHint: (year: number, index: string) => `the horizon ends in ${year} because of this change: end it earlier, or give index "${index}" a default rate`,
    addDefaultHint: (year: number) => `add "default: <rate>" or a value for ${year} under "values"`,
    noValue: (name: string, year: number, first: number, neededBy: string) => `parameter "${name}" has no value for ${year}: its first explicit year is ${first}, and ${neededBy}`,
    startMovedHint: (year: number, first: number, name: string, gapYear: number) => `the horizon starts in ${year} because of this change: start it in ${first} or later, or give "${name}" a value for ${gapYear} in its file`,
    addValueHint: (year: number) => `add a value for ${year} (or earlier) under "values"`,
    elasticityRange: (name: string, value: string, year: number, line: string, model: string) => `parameter "${name}" is ${value} in ${year}, but line "${line}" of model "${model}" reads it as a volume elasticity, a ratio from 0 to 1`,
    elasticityRangeHint: (name: string) => `give "${name}" values from 0 (the amount stays fixed) to 1 (it follows the SE fully) in every year the line applies`,
    unitNotGiven: 'not given',
    elasticityUnit: (name: string, line: string, model: string, unit: string) => `parameter "${name}" is read as a volume elasticity, a ratio from 0 to 1, by line "${line}" of model "${model}", but its unit here is ${unit}`,
    elasticityUnitHint: (name: string) => `give "${name}" the line "unit: ratio" here, as in the region file`,
    excluded: (count: number, start: number) => `${count === 1 ? '1 person reaches' : `${count} people reach`} the AOW age on or before 1 January ${start}: left out of the projection`,
  },
  nl: {
    neededBy: (line: string, model: string) => `regel "${line}" van model "${model}" heeft hem nodig`,
    indexYearMissing: (index: string, year: number, name: string, neededBy: string) => `index "${index}" heeft geen percentage voor ${year} en geen standaard; parameter "${name}" wordt ermee geïndexeerd en ${neededBy}`,
    indexShortHint: (index: string) => `index "${index}" dekt de horizon niet: geef de parameter een andere index, of geef "${index}" een standaardpercentage`,
    endMovedHint: (year: number, index: string) => `de horizon eindigt in ${year} door deze wijziging: laat hem eerder eindigen, of geef index "${index}" een standaardpercentage`,
    addDefaultHint: (year: number) => `voeg "default: <percentage>" toe of een waarde voor ${year} onder "values"`,
    noValue: (name: string, year: number, first: number, neededBy: string) => `parameter "${name}" heeft geen waarde voor ${year}: het eerste gegeven jaar is ${first}, en ${neededBy}`,
    startMovedHint: (year: number, first: number, name: string, gapYear: number) => `de horizon begint in ${year} door deze wijziging: laat hem in ${first} of later beginnen, of geef "${name}" een waarde voor ${gapYear} in het bestand`,
    addValueHint: (year: number) => `voeg een waarde voor ${year} (of eerder) toe onder "values"`,
    elasticityRange: (name: string, value: string, year: number, line: string, model: string) => `parameter "${name}" is ${value} in ${year}, maar regel "${line}" van model "${model}" leest hem als volume-elasticiteit, een verhouding van 0 tot 1`,
    elasticityRangeHint: (name: string) => `geef "${name}" waarden van 0 (het bedrag blijft gelijk) tot 1 (het volgt de SE volledig) in elk jaar waarin de regel geldt`,
    unitNotGiven: 'niet gegeven',
    elasticityUnit: (name: string, line: string, model: string, unit: string) => `parameter "${name}" wordt door regel "${line}" van model "${model}" gelezen als volume-elasticiteit, een verhouding van 0 tot 1, maar de eenheid is hier ${unit}`,
    elasticityUnitHint: (name: string) => `geef "${name}" hier de regel "unit: ratio", zoals in het regiobestand`,
    excluded: (count: number, start: number) => `${count === 1 ? '1 persoon bereikt' : `${count} personen bereiken`} de AOW-leeftijd op of vóór 1 januari ${start}: niet meegenomen in de projectie`,
  },
});
const t = engineTexts;

/** Where a parameter's value was needed: which model line, in which year range. */
export interface Need {
  readonly model: string;
  readonly line: string;
}

/** The ends of the horizon that a variant or an override moved, and the place that moved each. */
export interface HorizonMoves {
  readonly start?: { readonly year: number; readonly at: SourceRef };
  readonly end?: { readonly year: number; readonly at: SourceRef };
}

/**
 * The issue for a parameter that has no value in a year a line needs (methodology §2, rule 3).
 * When a variant or an override moved the horizon past the years a series of the files
 * covers, that change is the cause: the issue points there.
 */
export function seriesGapIssue(parameter: Parameter, gap: SeriesGap, need: Need, moves: HorizonMoves): Issue {
  const name = parameter.name;
  const neededBy = t.neededBy(need.line, need.model);
  if (gap.reason === 'index_year_missing') {
    const message = t.indexYearMissing(gap.index.id, gap.year, name, neededBy);
    const ref = parameter.index;
    if (ref?.kind === 'series' && parameter.origin === 'scenario' && ref.at.file !== gap.index.at.file) {
      // an override or variant gave the parameter this index: that is where to change it
      return { at: ref.at, message, hint: t.indexShortHint(gap.index.id) };
    }
    if (moves.end !== undefined && gap.index.origin !== 'scenario') {
      return { at: moves.end.at, message, hint: t.endMovedHint(moves.end.year, gap.index.id) };
    }
    return { at: gap.index.at, message, hint: t.addDefaultHint(gap.year) };
  }
  const message = t.noValue(name, gap.year, gap.firstYear, neededBy);
  if (moves.start !== undefined && parameter.origin !== 'scenario') {
    return { at: moves.start.at, message, hint: t.startMovedHint(moves.start.year, gap.firstYear, name, gap.year) };
  }
  return { at: parameter.at, message, hint: t.addValueHint(gap.year) };
}

/** The issue for a parameter read as a volume elasticity whose value in a year the line applies is outside [0, 1] (§4). */
export function elasticityRangeIssue(parameter: Parameter, year: number, value: Dec, need: Need): Issue {
  return {
    at: parameter.at,
    message: t.elasticityRange(parameter.name, value.toString(), year, need.line, need.model),
    hint: t.elasticityRangeHint(parameter.name),
  };
}

/** The issue for a parameter read as a volume elasticity whose unit is not `ratio` (a municipality's own series; the loader checks the region's). */
export function elasticityUnitIssue(parameter: Parameter, need: Need): Issue {
  const unit = parameter.unit === undefined ? t.unitNotGiven : `"${parameter.unit}"`;
  return {
    at: parameter.at,
    message: t.elasticityUnit(parameter.name, need.line, need.model, unit),
    hint: t.elasticityUnitHint(parameter.name),
  };
}

/** The warning for people already past their AOW date when the horizon starts (§3). */
export function excludedWarning(at: SourceRef, count: number, start: number): Issue {
  return { at, message: t.excluded(count, start) };
}
