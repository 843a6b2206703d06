import { KEY, type Terminal } from './pty.js';

// The answers that many tests give the interactive commands on the tiny example, written
// once: in what-if, a change of the subsidy; in init, a new municipality `west` of 12,000
// inhabitants whose cohort file init makes itself.

/** In what-if: picks rijksbijdrage_per_se and answers `answer` (such as -3%) for its new value. */
export async function changeSubsidy(t: Terminal, answer: string): Promise<void> {
  await t.answer('What now?', '');
  await t.waitFor('Which assumption?');
  await t.choose('rijksbijdrage', '❯ rijksbijdrage_per_se =');
  await t.answer('New value of', answer);
}

/** Answers id (west), name (the default), CBS code (none) and inhabitants (12000). */
export async function introduceWest(t: Terminal): Promise<void> {
  await t.answer('Id of the new municipality', 'west');
  await t.answer('Name:', '');
  await t.answer('CBS code', '');
  await t.answer('Inhabitants:', '12000');
}

/** Lets init make the cohort file: 6 people in Beschut binnen, 4 in Detachering, aged 50 on average, working 0.85. */
export async function describeCohorts(t: Terminal): Promise<void> {
  await t.answer('Employees:', '');
  await t.answer('How many SW employees in Beschut binnen?', `${KEY.clearLine}6`);
  await t.answer('How many SW employees in Detachering?', `${KEY.clearLine}4`);
  await t.answer('average age', `${KEY.clearLine}50`);
  await t.answer('part-time factor', `${KEY.clearLine}0.85`);
}

/** After "Add west.yaml to the municipalities": keeps west where the tiny region puts it now (gr: with the others; samen2: alone) and confirms writing. */
export async function placeWestAsNow(t: Terminal): Promise<void> {
  await t.answer('Where does West go in configuration gr', '');
  await t.answer('Where does West go in configuration samen2', '');
  await t.answer('Write these files?', 'y');
}
