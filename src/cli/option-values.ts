import { InvalidArgumentError } from 'commander';
import { texts } from '../language.js';
import { didYouMean } from '../suggest.js';
import { POPULATION_WORLDS, type PopulationWorld } from '../model/population-world.js';
import { readTypedNumber } from '../typed-number.js';

/** The texts of refused option values. */
export const optionValueMessages = texts('option values', {
  en: {
    emptyPath: 'expected a path, got an empty text',
    fraction: 'expected a fraction between 0 and 1, such as 0.1 or 10%',
    wholeNumber: (min: number, max: number) => `expected a whole number from ${min} to ${max}`,
    positive: 'expected a whole number ≥ 1',
    iterations: (max: number) => `expected a whole number of draws from 1 to ${max} (a million)`,
    population: 'expected open (with the inflow streams) or closed (the WSW employees alone)',
  },
  nl: {
    emptyPath: 'verwacht een pad, gevonden: een lege tekst',
    fraction: 'verwacht een fractie tussen 0 en 1, zoals 0.1, 0,1 of 10%',
    wholeNumber: (min: number, max: number) => `verwacht een geheel getal van ${min} tot ${max}`,
    positive: 'verwacht een geheel getal ≥ 1',
    iterations: (max: number) => `verwacht een geheel aantal trekkingen van 1 tot ${max} (een miljoen)`,
    population: 'verwacht open (met de instroom) of closed (alleen de WSW-medewerkers)',
  },
});

// How commander reads the values of arguments and options: each parser returns the value or
// throws InvalidArgumentError, which commander reports as a usage error (exit 2).

/** A path on the command line: an empty one names no file, and would leave the file's name out of every message. */
export function path(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError(optionValueMessages.emptyPath);
  return value;
}

/** A repeatable option: every value given, in order. */
export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** `--population`: one of the worlds, written as the help lists it; a near miss (`clsoed`) is named. */
export function populationWorld(value: string): PopulationWorld {
  const world = POPULATION_WORLDS.find((w) => w === value);
  if (world === undefined) throw new InvalidArgumentError(`${optionValueMessages.population}${didYouMean(value, POPULATION_WORLDS)}`);
  return world;
}

/** A number on the command line, by the one rule for typed numbers (typed-number.ts): `1.000` is refused, not read as 1. */
function typed(value: string, options: { percent?: boolean }, expected: string): number {
  const read = readTypedNumber(value, options);
  if (!read.ok) throw new InvalidArgumentError(read.reason === 'unclear' ? `${read.message}; ${read.hint}` : expected);
  return Number(read.text) / (read.percent ? 100 : 1);
}

/** A fraction strictly between 0 and 1, also as a percentage (`10%`). */
export function fraction(value: string): number {
  const expected = optionValueMessages.fraction;
  const n = typed(value, { percent: true }, expected);
  if (n <= 0 || n >= 1) throw new InvalidArgumentError(expected);
  return n;
}

/** A parser of a whole number from `min` to `max`, for commander. */
export function wholeNumber(min: number, max: number, expected?: string): (value: string) => number {
  return (value) => {
    const refused = expected ?? optionValueMessages.wholeNumber(min, max);
    const n = typed(value, {}, refused);
    if (!Number.isSafeInteger(n) || n < min || n > max) throw new InvalidArgumentError(refused);
    return n;
  };
}

/** A whole number of at least 1 (a count of threads, of rows). */
export const positiveInteger = (value: string): number => wholeNumber(1, Number.MAX_SAFE_INTEGER, optionValueMessages.positive)(value);

/**
 * More draws than this add nothing a council can see (the percentiles of 10,000 draws are
 * within about 1% of their limits, of a million within 0.1%), and take minutes and memory.
 */
export const MAX_ITERATIONS = 1_000_000;

/** The Monte Carlo generator mixes the seed as a 32-bit number: a larger one would repeat a smaller one's draws. */
export const MAX_SEED = 2 ** 32 - 1;
