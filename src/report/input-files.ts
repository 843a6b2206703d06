import { isSeq, parseDocument } from 'yaml';
import type { Dec } from '../model/decimal.js';

/** What `init` learned about a new municipality. */
export interface NewMunicipality {
  readonly id: string;
  readonly name: string;
  readonly cbsCode?: string;
  readonly inhabitants: number;
  /** The region file and the employee CSV, relative to the municipality file. */
  readonly region: string;
  readonly employees: string;
}

/** The municipality file (input-format.md) for a new municipality. */
export function municipalityYaml(m: NewMunicipality, schemaComment: boolean): string {
  const fields = [`id: ${m.id}`, `name: ${JSON.stringify(m.name)}`, ...(m.cbsCode === undefined ? [] : [`cbs_code: ${m.cbsCode}`]), `inhabitants: ${m.inhabitants}`];
  return [
    ...(schemaComment ? ['# yaml-language-server: $schema=soweco-bc.schema.json'] : []),
    `# ${m.name}: made with soweco-bc init. Add parameters: to give ${m.name} its own figures.`,
    `region: ${m.region}`,
    `municipality: { ${fields.join(', ')} }`,
    `employees: ${m.employees}`,
    '',
  ].join('\n');
}

/** The answers that describe a population without personal data. */
export interface CohortAnswers {
  readonly start: number;
  /** People per work form id, in the region's order. */
  readonly counts: readonly (readonly [string, number])[];
  readonly averageAge: number;
  readonly ftePerPerson: Dec;
}

/** How far birth years spread around the average (a triangle of this half-width): WSW populations span about 30 years of age. */
const SPREAD = 14;

/**
 * A cohort CSV from a few answers: each work form's people spread over birth years in a
 * triangle around the average age, by largest remainder so the counts add up exactly;
 * fte and se are the cohorts' totals. Ages stay between 18 and 66 at the start.
 */
export function cohortCsv(a: CohortAnswers): string {
  const centre = a.start - a.averageAge;
  const years = Array.from({ length: 2 * SPREAD + 1 }, (_, i) => centre - SPREAD + i).filter((y) => a.start - y >= 18 && a.start - y <= 66);
  const weights = years.map((y) => SPREAD + 1 - Math.abs(y - centre));
  const total = weights.reduce((s, w) => s + w, 0);
  const rows = ['birth_year,work_form,count,fte,se'];
  for (const [form, count] of a.counts) {
    const exact = weights.map((w) => (count * w) / total);
    const counts = exact.map(Math.floor);
    const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((p, q) => q[0] - p[0] || p[1] - q[1]);
    const missing = count - counts.reduce((s, c) => s + c, 0);
    for (let k = 0; k < missing; k++) counts[order[k]?.[1] ?? 0]! += 1;
    years.forEach((year, i) => {
      const n = counts[i] ?? 0;
      if (n === 0) return;
      const fte = a.ftePerPerson.times(n).toDecimalPlaces(2);
      rows.push(`${year},${form},${n},${fte.toString()},${fte.toString()}`);
    });
  }
  return `${rows.join('\n')}\n`;
}

/**
 * The region file's text with a municipality file added to `municipalities`, the rest of the
 * file untouched: a one-line `[ … ]` list gets it before its `]`, a block list a line of its
 * own after its last item. Any other layout is rewritten by the YAML library (comments kept).
 */
export function regionWithMunicipality(regionText: string, municipalityPath: string): string {
  const flow = /^(municipalities:\s*\[)([^\]\n]*?)(\s*\][^\n]*)$/m.exec(regionText);
  if (flow !== null) {
    const items = (flow[2] ?? '').trimEnd();
    const replacement = `${flow[1] ?? ''}${items}${items.trim() === '' ? ' ' : ', '}${municipalityPath}${flow[3] ?? ''}`;
    return regionText.slice(0, flow.index) + replacement + regionText.slice(flow.index + flow[0].length);
  }
  const block = /^municipalities:[ \t]*(#[^\n]*)?\n((?:[ \t]*-[^\n]*\n?)+)/m.exec(regionText);
  if (block !== null) {
    const items = block[2] ?? '';
    const indent = /^([ \t]*)-/.exec(items)?.[1] ?? '  ';
    const end = block.index + block[0].length;
    const separator = items.endsWith('\n') ? '' : '\n';
    return `${regionText.slice(0, end)}${separator}${indent}- ${municipalityPath}\n${regionText.slice(end)}`;
  }
  const doc = parseDocument(regionText);
  const list = doc.get('municipalities', true);
  if (isSeq(list)) list.add(doc.createNode(municipalityPath));
  return doc.toString({ lineWidth: 0 });
}
