import fc from 'fast-check';

// Scenario variants (README: What if …?) built from the tiny example's names, with values
// in and out of range: `set:` overrides are parsed from text, so they get text of every kind.

const PARAMETERS = ['rijksbijdrage_per_se', 'loonkosten_per_fte', 'tw_detachering', 'overhead_eigen', 'overhead_gr', 'risico_opslag', 'regie_gemeente'];
const NAMES = [...PARAMETERS, 'loon', 'prijs', 'discount_rate', 'horizon', 'baseline', 'onbekend'];
const FIELDS = ['', '.values.2025', '.values.2021', '.values.1899', '.values.20x5', '.index', '.default', '.start', '.end', '.values', '.values.2025.x'];
const OPERATORS = ['=', '*=', ' = ', '==', '=*'];
const VALUES = [
  '0', '-1', '-0.5', '25000', '0,025', '2,5%', '-100%', '-150%', '1e400', '1e-400', 'abc', '', 'loon', 'prijs', 'eigen', 'gr', '2030', '2000',
  '1899', '2201', '9999', '0.97', '99999999999999999999999', '.5', '5.', '%', ',', '1,2,3', '0.999999', '1', '-0', '+3',
];

const value = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...VALUES) }, { weight: 1, arbitrary: fc.double().map(String) });
const year = fc.oneof(fc.integer({ min: 1890, max: 2210 }).map(String), fc.constantFrom(...VALUES));

/** Overrides of the forms the README lists, with values in and out of range; now and then any text. */
const setText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: value.map((v) => `discount_rate=${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('start', 'end'), year).map(([end, y]) => `horizon.${end}=${y}`) },
  { weight: 1, arbitrary: fc.constantFrom('gr', 'eigen', 'samen2', 'onbekend', '').map((id) => `baseline=${id}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...PARAMETERS), fc.constantFrom('', '.values.2021', '.values.2025', '.index', '*'), value).map(([n, f, v]) => `${n}${f}=${v}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('loon', 'prijs'), fc.constantFrom('.default', '.values.2021', '.values.2024'), value).map(([n, f, v]) => `${n}${f}=${v}`) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...FIELDS), fc.constantFrom(...OPERATORS), fc.constantFrom(...VALUES)).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 24 }) },
);

const yearKey = fc.constantFrom('2021', '2025', '2030', '1990', '2200', '21');
const number = fc.oneof(fc.constantFrom(0, 1, -1, 0.5, 25000, 1e308), fc.double(), fc.integer());
const rate = fc.oneof(fc.constantFrom(0, 0.02, -0.5, -1, -2, 0.999), fc.double({ min: -3, max: 3 }));

const parameter = fc.record(
  {
    unit: fc.constantFrom('EUR', 'EUR/FTE', 'EUR/SE', 'ratio', 'euro'),
    values: fc.dictionary(yearKey, number, { maxKeys: 3 }),
    index: fc.oneof(fc.constantFrom('loon', 'prijs', 'onbekend'), rate),
  },
  { requiredKeys: ['values'] },
);

const configuration = fc.record({
  label: fc.string({ maxLength: 12 }),
  organisations: fc.array(
    fc.record({
      model: fc.constantFrom('gr', 'eigen', 'samen', 'onbekend'),
      members: fc.oneof(fc.constantFrom('all', 'each'), fc.array(fc.constantFrom('noord', 'oost', 'zuid', 'west'), { maxLength: 3 })),
    }),
    { maxLength: 3 },
  ),
});

/** A variant file's fields: `extends` always, the others now and then. */
const anyVariant: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    extends: fc.constantFrom('noord.yaml', 'noord.yaml', 'noord.yaml', 'regio.yaml', 'variant.yaml', 'oost.yaml', 'missing.yaml', ''),
    description: fc.string({ maxLength: 20 }),
    set: fc.array(setText, { maxLength: 4 }),
    horizon: fc.record({ start: fc.integer({ min: 1890, max: 2210 }), end: fc.integer({ min: 1890, max: 2210 }) }),
    discount_rate: rate,
    baseline: fc.constantFrom('gr', 'eigen', 'samen2', 'onbekend'),
    parameters: fc.dictionary(fc.constantFrom(...PARAMETERS, 'nieuw'), parameter, { maxKeys: 2 }),
    indices: fc.dictionary(fc.constantFrom('loon', 'prijs', 'nieuw'), fc.record({ default: rate, values: fc.dictionary(yearKey, rate, { maxKeys: 2 }) }, { requiredKeys: [] }), { maxKeys: 2 }),
    configurations: fc.dictionary(fc.constantFrom('gr', 'eigen', 'nieuw'), configuration, { maxKeys: 2 }),
  },
  { requiredKeys: ['extends'] },
);

/** Mostly a variant of noord.yaml with a few overrides (which must all hold to reach the calculation), else any variant. */
export const variantDocument: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ extends: fc.constant('noord.yaml'), set: fc.array(setText, { minLength: 1, maxLength: 3 }) }) },
  { weight: 1, arbitrary: anyVariant },
);
