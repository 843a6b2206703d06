import type { SplitBasis } from '../../engine/index.js';
import type { Language } from './index.js';

/** Texts of the `evaluate` reports (terminal and workbook), one shape per language. */
export interface EvaluateLabels {
  readonly sheet: string;
  readonly title: (municipality: string) => string;
  readonly years: (years: readonly number[]) => string;
  readonly skipped: (years: readonly number[]) => string;
  readonly configuration: (label: string, id: string) => string;
  readonly columns: {
    readonly year: string; readonly line: string; readonly forecast: string; readonly realised: string; readonly difference: string;
    readonly volume: string; readonly price: string; readonly rest: string; readonly note: string;
  };
  readonly basis: Readonly<Record<SplitBasis, string>>;
  readonly statedLines: string;
  readonly net: string;
  readonly population: string;
  readonly populationColumns: {
    readonly year: string; readonly workForm: string;
    readonly seForecast: string; readonly seRealised: string; readonly fteForecast: string; readonly fteRealised: string; readonly hcForecast: string; readonly hcRealised: string;
  };
  readonly total: string;
  readonly notStated: string;
  readonly hidden: string;
  readonly impliedOutflow: string;
  readonly factor: (year: number, factor: string, rates: string) => string;
  readonly band: (belowAge: number | undefined, rate: string) => string;
  readonly noFactor: (year: number, reason: string) => string;
  readonly reasons: Readonly<Record<string, string>>;
  readonly legend: readonly string[];
  readonly chartTitle: string;
  readonly forecastNet: string;
  readonly realisedNet: string;
  readonly kindColumn: string;
  readonly cost: string;
  readonly revenue: string;
  /** The chart's value axis, and the same when the axis does not start at 0. */
  readonly axis: string;
  readonly axisFromZero: string;
}

const nl: EvaluateLabels = {
  sheet: 'Evaluatie',
  title: (m) => `Evaluatie ${m}: prognose tegenover realisatie`,
  years: (ys) => (ys.length === 0 ? 'Geen realisatie binnen de horizon' : `Realisatie vergeleken voor ${ys.length === 1 ? `het jaar ${ys[0] ?? ''}` : `${ys.length} jaren (${ys.join(', ')})`}`),
  skipped: (ys) => `Buiten de horizon, niet vergeleken: ${ys.join(', ')}`,
  configuration: (label, id) => `${label} (${id})`,
  columns: { year: 'jaar', line: 'regel', forecast: 'prognose', realised: 'realisatie', difference: 'verschil', volume: 'volume', price: 'prijs', rest: 'rest', note: 'toelichting' },
  basis: { volume: '', no_realised_volume: 'geen gerealiseerd volume', price_only: 'geen eigen volume', new: 'nieuw', not_realised: 'niet gerealiseerd', zero: '' },
  statedLines: 'opgegeven regels (kosten − opbrengsten)',
  net: 'netto kosten',
  population: 'Populatie: prognose tegenover realisatie (jaargemiddelden)',
  populationColumns: { year: 'jaar', workForm: 'arbeidsvorm', seForecast: 'SE prognose', seRealised: 'SE realisatie', fteForecast: 'fte prognose', fteRealised: 'fte realisatie', hcForecast: 'aantal prognose', hcRealised: 'aantal realisatie' },
  total: 'totaal',
  notStated: '–',
  hidden: 'x',
  impliedOutflow: 'Uitstroom die de realisatie impliceert (factor op elke uitstroomkans)',
  factor: (year, factor, rates) => `${year}: factor ${factor} (${rates})`,
  band: (below, rate) => (below === undefined ? `overig ${rate}` : `onder ${below} jaar ${rate}`),
  noFactor: (year, reason) => `${year}: geen factor: ${reason}`,
  reasons: {
    above_no_outflow: 'meer mensen dan zonder uitstroom',
    below_maximum_outflow: 'minder mensen dan bij de hoogste uitstroom',
    no_outflow_rate: 'de regio heeft geen uitstroomkans boven 0',
    small_cell: 'een kleine groep (minder dan 5 personen)',
    no_headcount: 'geen gerealiseerd aantal',
  },
  legend: [
    'Verschil = realisatie − prognose = volume + prijs + rest (docs/methodology.md#evaluate). Bedragen positief zoals in het model; de som van de',
    'opgegeven regels telt kosten positief en opbrengsten negatief. Alleen opgegeven cijfers worden vergeleken; – : niet opgegeven; x : kleine groep.',
  ],
  chartTitle: 'Netto kosten: prognose en realisatie',
  forecastNet: 'Prognose netto kosten',
  realisedNet: 'Realisatie netto kosten',
  kindColumn: 'soort',
  cost: 'kosten',
  revenue: 'opbrengsten',
  axis: 'Euro per jaar',
  axisFromZero: 'Euro per jaar (as niet vanaf 0)',
};

const en: EvaluateLabels = {
  sheet: 'Evaluation',
  title: (m) => `Evaluation of ${m}: forecast against realised`,
  years: (ys) => (ys.length === 0 ? 'No realised figures within the horizon' : `Realised figures compared for ${ys.length === 1 ? `the year ${ys[0] ?? ''}` : `${ys.length} years (${ys.join(', ')})`}`),
  skipped: (ys) => `Outside the horizon, not compared: ${ys.join(', ')}`,
  configuration: (label, id) => `${label} (${id})`,
  columns: { year: 'year', line: 'line', forecast: 'forecast', realised: 'realised', difference: 'difference', volume: 'volume', price: 'price', rest: 'rest', note: 'note' },
  basis: { volume: '', no_realised_volume: 'no realised volume', price_only: 'no volume of its own', new: 'new', not_realised: 'did not happen', zero: '' },
  statedLines: 'stated lines (costs − revenues)',
  net: 'net cost',
  population: 'Population: forecast against realised (yearly averages)',
  populationColumns: { year: 'year', workForm: 'work form', seForecast: 'SE forecast', seRealised: 'SE realised', fteForecast: 'FTE forecast', fteRealised: 'FTE realised', hcForecast: 'head count forecast', hcRealised: 'head count realised' },
  total: 'total',
  notStated: '–',
  hidden: '[c]',
  impliedOutflow: 'Outflow the realised figures imply (factor on every outflow rate)',
  factor: (year, factor, rates) => `${year}: factor ${factor} (${rates})`,
  band: (below, rate) => (below === undefined ? `other ${rate}` : `below ${below} ${rate}`),
  noFactor: (year, reason) => `${year}: no factor: ${reason}`,
  reasons: {
    above_no_outflow: 'more people than without any outflow',
    below_maximum_outflow: 'fewer people than at the highest outflow',
    no_outflow_rate: 'the region has no outflow rate above 0',
    small_cell: 'a small group (fewer than 5 people)',
    no_headcount: 'no realised head count',
  },
  legend: [
    'Difference = realised − forecast = volume + price + rest (docs/methodology.md#evaluate). Amounts positive as in the model; the sum of the',
    'stated lines counts costs positive and revenues negative. Only stated figures are compared; – : not stated; [c] : small group.',
  ],
  chartTitle: 'Net cost: forecast and realised',
  forecastNet: 'Forecast net cost',
  realisedNet: 'Realised net cost',
  kindColumn: 'kind',
  cost: 'cost',
  revenue: 'revenue',
  axis: 'Euros per year',
  axisFromZero: 'Euros per year (axis not from 0)',
};

export function evaluateLabelsFor(language: Language): EvaluateLabels {
  return language === 'en' ? en : nl;
}
