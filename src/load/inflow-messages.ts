import { texts } from '../language.js';

/** The texts of the checks of a municipality's inflow streams (inflow.ts). */
export const inflowMessages = texts('inflow', {
  en: {
    streamTwice: (id: string) => `inflow stream "${id}" is declared twice`,
    streamTwiceHint: 'give every stream of a municipality its own id',
    noSize: 'a stream needs "people" (new people per year) or "target_headcount" (the head count to keep)',
    noSizeHint: 'for example people: { 2021: 12, 2022: 12 }',
    bothSizes: 'a stream has either "people" or "target_headcount", not both',
    bothSizesHint: 'remove one of the two',
    sharesSum: (sum: string) => `the shares per age add up to ${sum}, expected 1`,
    sharesSumHint: 'make the shares add up to exactly 1, e.g. { 25: 0.3, 35: 0.4, 50: 0.3 }',
    yearOutside: (year: string, start: number, end: number) => `year ${year} lies outside the horizon ${start}–${end}`,
    yearOutsideHint: 'write inflow only for years of the horizon (the region file\'s "horizon")',
  },
  nl: {
    streamTwice: (id: string) => `instroomstroom "${id}" staat er twee keer in`,
    streamTwiceHint: 'geef elke stroom van een gemeente een eigen id',
    noSize: 'een stroom heeft "people" (nieuwe mensen per jaar) of "target_headcount" (het aantal mensen dat er moet zijn) nodig',
    noSizeHint: 'bijvoorbeeld people: { 2021: 12, 2022: 12 }',
    bothSizes: 'een stroom heeft "people" of "target_headcount", niet allebei',
    bothSizesHint: 'verwijder een van de twee',
    sharesSum: (sum: string) => `de aandelen per leeftijd zijn samen ${sum}, verwacht 1`,
    sharesSumHint: 'zorg dat de aandelen samen precies 1 zijn, bijv. { 25: 0.3, 35: 0.4, 50: 0.3 }',
    yearOutside: (year: string, start: number, end: number) => `jaar ${year} ligt buiten de horizon ${start}–${end}`,
    yearOutsideHint: 'geef instroom alleen voor jaren van de horizon (de "horizon" van het regiobestand)',
  },
});
