import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TINY, tinyCopy } from './testdir.js';

/**
 * The tiny region with a line of every kind in the model "eigen", each with numbers written
 * in the line and a `years` range (so that rows are 0 outside it): per inhabitant, a fixed
 * amount that follows the SE fully, and a percentage of both. Returns the folder.
 */
export function everyKindRegion(): string {
  const region = readFileSync(join(TINY, 'regio.yaml'), 'utf8');
  const anchor = '          amount: overhead_eigen, volume_elasticity: 0.5 }';
  if (!region.includes(anchor)) throw new Error('the tiny region changed: update everyKindRegion');
  return tinyCopy({
    'regio.yaml': region.replace(anchor, `${anchor}
      - { id: regio, label: Regiobijdrage, kind: cost, driver: per_inhabitant, amount: 2.5, years: { from: 2023 } }
      - { id: regie_extra, label: Extra regie, kind: cost, driver: fixed, amount: 40000, volume_elasticity: 1, years: { from: 2022, to: 2028 } }
      - { id: btw, label: BTW, kind: cost, driver: percent_of, of: [regio, regie_extra], amount: 0.21, years: { to: 2027 } }`),
  });
}
