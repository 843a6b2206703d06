import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TINY, tinyCopy } from './testdir.js';

/**
 * A copy of the tiny example with small cells to protect (issue 10, item 21): a third work
 * form, begeleid werken, that only one employee of oost is in (born 14 August 1957, fte 0.87,
 * AOW on 14 August 2024, so present 8/12 of 2024); and zuid, as in the example, falls to 3
 * people in 2030. Returns the folder.
 */
export function smallCellsRegion(): string {
  const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8')
    .replace('  beschut_binnen: { label: Beschut binnen }\n', '  beschut_binnen: { label: Beschut binnen }\n  begeleid_werken: { label: Begeleid werken }\n')
    .replaceAll('amount: { beschut_binnen: tw_beschut, detachering: tw_detachering }', 'amount: { beschut_binnen: tw_beschut, detachering: tw_detachering, begeleid_werken: tw_detachering }')
    .replace('amount: { beschut_binnen: 5000, detachering: tw_detachering }', 'amount: { beschut_binnen: 5000, detachering: tw_detachering, begeleid_werken: 4000 }');
  const oost = `${readFileSync(join(TINY, 'data', 'oost.csv'), 'utf8').trimEnd()}\nO018;1957-08-14;0,87;begeleid_werken;1,1\n`;
  return tinyCopy({ 'regio.yaml': region, 'data/oost.csv': oost });
}
