import { isMap, isScalar, isSeq, parseDocument, type Document, type Node } from 'yaml';
import { decimalFromText, ONE, type Dec } from '../../model/decimal.js';
import { InternalError, userError } from '../../errors.js';
import type { InitTexts } from './texts.js';

// Where a new municipality goes in each configuration of a region file, and the region file's
// text with those places written in. The members of an organisation are filled in order
// (input-format.md, "configurations"): a list places those it names, `all` every municipality
// not yet placed, together, `each` every one not yet placed, alone. So in a valid
// configuration only the last organisation says `all` or `each`, and a newcomer lands there
// unless the file says otherwise: that is its current place, and changing it means writing a
// list where `all` stood (the members it has now, without the newcomer).

/** One place for the newcomer in a configuration. */
export type Place =
  /** With the members of an organisation that has several (a list or `all`); `members` are the existing ones. */
  | { readonly kind: 'join'; readonly organisation: number; readonly name: string; readonly members: readonly string[]; readonly fixedKey: boolean }
  /** Alone, in an organisation of its own that the configuration's `members: each` makes. */
  | { readonly kind: 'each'; readonly organisation: number; readonly model: string }
  /** Alone, in a new organisation of the model (the configuration has no `members: each`). */
  | { readonly kind: 'new'; readonly model: string };

/** The places a configuration offers the newcomer, and the one it would get without a change (absent if the configuration would place it nowhere). */
export interface PlacementQuestion {
  readonly configuration: string;
  readonly label: string;
  readonly places: readonly Place[];
  readonly current?: number;
}

/** An organisation as written: its model, id, members, and whether its settlement key gives fixed shares. */
interface WrittenOrganisation {
  readonly model: string;
  readonly id?: string;
  readonly members: 'all' | 'each' | readonly string[];
  readonly fixedKey: boolean;
}

/** The region file's text, parsed with the places of its nodes kept, so that edits leave every other character as it was. */
export function regionDocument(text: string): Document {
  return parseDocument(text, { keepSourceTokens: false });
}

/**
 * For each configuration of the region, the places the newcomer can take: joining any
 * organisation with several members, or alone (in the configuration's `members: each`, or, if
 * it has none, in a new organisation of any model of the region).
 */
export function placementQuestions(doc: Document, municipalities: readonly string[], models: readonly string[]): PlacementQuestion[] {
  const configurations = doc.get('configurations', true);
  if (!isMap(configurations)) return [];
  return configurations.items.map((pair) => {
    const id = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const label = String(doc.getIn(['configurations', id, 'label']) ?? id);
    const organisations = writtenOrganisations(doc, id);
    const resolved = resolveMembers(organisations, municipalities);
    const places: Place[] = organisations.flatMap((o, i): Place[] =>
      o.members === 'each' ? [{ kind: 'each', organisation: i, model: o.model }] : [{ kind: 'join', organisation: i, name: o.id ?? o.model, members: resolved[i] ?? [], fixedKey: o.fixedKey }],
    );
    if (!organisations.some((o) => o.members === 'each')) places.push(...models.map((model): Place => ({ kind: 'new', model })));
    const last = organisations.length - 1;
    const lastMembers = organisations[last]?.members;
    const current = lastMembers === 'all' || lastMembers === 'each' ? places.findIndex((p) => p.kind !== 'new' && p.organisation === last) : -1;
    return { configuration: id, label, places, ...(current >= 0 ? { current } : {}) };
  });
}

function writtenOrganisations(doc: Document, configuration: string): WrittenOrganisation[] {
  const organisations = doc.getIn(['configurations', configuration, 'organisations'], true);
  if (!isSeq(organisations)) return [];
  return organisations.items.map((item) => {
    const o = isMap(item) ? (item.toJSON() as Record<string, unknown>) : {};
    const members = o.members === 'all' || o.members === 'each' ? o.members : Array.isArray(o.members) ? o.members.map(String) : [];
    const settlement = o.settlement as { key?: { fixed?: unknown } } | undefined;
    return { model: String(o.model), ...(typeof o.id === 'string' ? { id: o.id } : {}), members, fixedKey: settlement?.key?.fixed !== undefined };
  });
}

/** Each written organisation's members, filled in order as the loader fills them (configurations.ts); `each` gives all its members together. */
function resolveMembers(organisations: readonly WrittenOrganisation[], municipalities: readonly string[]): string[][] {
  const placed = new Set<string>();
  return organisations.map((o) => {
    const members = Array.isArray(o.members) ? [...(o.members as readonly string[])] : municipalities.filter((m) => !placed.has(m));
    members.forEach((m) => placed.add(m));
    return members;
  });
}

/** A change of the text: the characters from `start` to `end` become `text`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A chosen place, with the newcomer's share where it joins an organisation whose key gives fixed shares. */
export interface Placement {
  readonly question: PlacementQuestion;
  readonly place: Place;
  readonly share?: Dec;
}

/**
 * The region file's text with the newcomer placed as chosen in every configuration, and given
 * a share of 0 in a fixed dissolution key (it was no member of the organisation that is
 * dissolved). Only the nodes that change are rewritten; comments and layout elsewhere stay.
 */
export function placedRegionText(text: string, id: string, placements: readonly Placement[], t: InitTexts): string {
  const doc = regionDocument(text);
  const edits = placements.flatMap((p) => placementEdits(doc, text, id, p, t));
  const dissolution = doc.getIn(['dissolution', 'key', 'fixed'], true);
  if (isMap(dissolution)) edits.push(replaced(dissolution, flowMap([...fixedShares(dissolution), [id, '0']])));
  return edits.sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.text + t.slice(e.end), text);
}

/** Whether the region file has a fixed dissolution key, to which the newcomer is added with a share of 0. */
export function hasFixedDissolutionKey(doc: Document): boolean {
  return isMap(doc.getIn(['dissolution', 'key', 'fixed'], true));
}

function placementEdits(doc: Document, text: string, id: string, { question, place, share }: Placement, t: InitTexts): Edit[] {
  const organisationsPath = ['configurations', question.configuration, 'organisations'];
  if (place.kind === 'each' || (place.kind === 'join' && question.current !== undefined && question.places[question.current] === place && !place.fixedKey)) return [];
  if (place.kind === 'join') {
    const edits: Edit[] = [];
    const members = doc.getIn([...organisationsPath, place.organisation, 'members'], true) as Node | undefined;
    if (isSeq(members)) edits.push(replaced(members, flowList([...place.members, id])));
    if (place.fixedKey) {
      const key = doc.getIn([...organisationsPath, place.organisation, 'settlement', 'key', 'fixed'], true);
      if (!isMap(key) || share === undefined) throw cannotPlace(question.configuration, t);
      const rest = ONE.minus(share);
      edits.push(replaced(key, flowMap([...fixedShares(key).map(([m, s]): [string, string] => [m, decimalFromText(s).times(rest).toFixed()]), [id, share.toFixed()]])));
    }
    return edits;
  }
  const organisations = doc.getIn(organisationsPath, true);
  if (!isSeq(organisations)) throw cannotPlace(question.configuration, t);
  const edits: Edit[] = [];
  // the newcomer leaves the `all` it would have joined: that organisation keeps the members it has now
  const current = question.current === undefined ? undefined : question.places[question.current];
  if (current?.kind === 'join') {
    const members = doc.getIn([...organisationsPath, current.organisation, 'members'], true) as Node | undefined;
    if (members === undefined || !isScalar(members)) throw cannotPlace(question.configuration, t);
    edits.push(replaced(members, flowList(current.members)));
  }
  edits.push(appended(organisations, text, `{ model: ${place.model}, members: [${id}] }`));
  return edits;
}

function fixedShares(key: Node): [string, string][] {
  if (!isMap(key)) return [];
  return key.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), String(isScalar(pair.value) ? pair.value.source ?? pair.value.value : pair.value)]);
}

function replaced(node: Node, text: string): Edit {
  const [start, end] = node.range ?? [0, 0];
  return { start, end, text };
}

function flowList(items: readonly string[]): string {
  return `[${items.join(', ')}]`;
}

function flowMap(pairs: readonly (readonly [string, string])[]): string {
  return `{ ${pairs.map(([k, v]) => `${k}: ${v}`).join(', ')} }`;
}

/** An item added at the end of a list: inside a `[ … ]`, or as a `- ` line of its own under the last item. */
function appended(list: Node, text: string, item: string): Edit {
  if (!isSeq(list)) throw new InternalError('only a list gets an item appended');
  const last = list.items.at(-1) as Node | undefined;
  const end = last?.range?.[1] ?? list.range?.[1] ?? 0;
  if (list.flow === true) return { start: end, end, text: `, ${item}` };
  const first = (list.items[0] as Node | undefined)?.range?.[0] ?? 0;
  const lineStart = text.lastIndexOf('\n', first - 1) + 1;
  const indent = text.slice(lineStart, text.indexOf('-', lineStart));
  if (text[end - 1] === '\n') return { start: end, end, text: `${indent}- ${item}\n` };
  const lineEnd = text.indexOf('\n', end);
  const at = lineEnd < 0 ? text.length : lineEnd;
  return { start: at, end: at, text: `\n${indent}- ${item}` };
}

function cannotPlace(configuration: string, t: InitTexts) {
  return userError('input', { file: 'init', path: `configurations.${configuration}` }, t.cannotPlace(configuration), t.cannotPlaceHint);
}
