import type { SourceRef } from '../errors.js';

/** The texts of loading messages, in one place (each stage has its messages module). */
export const yamlMessages = {
  syntax: (detail: string) => `YAML syntax error: ${detail}`,
  syntaxHint: 'check the indentation and the punctuation (":", "-", brackets and quotes) on this line and the one before',
  duplicateKey: (key: string, firstAt: string) => `"${key}" appears twice in this map (first at line ${firstAt})`,
  sameKey: (written: string, first: string, firstAt: string, key: string) =>
    `${written} is the same key as ${first} at line ${firstAt}: YAML reads both as "${key}"`,
  duplicateKeyHint: 'remove one of the two, or merge them: a later one would silently replace the first',
  tabHint: 'indent with spaces, not tabs',
  colonHint: 'text that holds ": " must be quoted, for example label: "Noord: samen"',
  unclosedQuote: (quote: string) => `YAML syntax error: this quote (${quote}) is never closed`,
  unclosedQuoteHint: 'add the closing quote at the end of the text, or leave out the opening one',
  unclosed: (open: '{' | '[') => `YAML syntax error: this "${open}" is never closed`,
  unclosedHint: (open: '{' | '[') =>
    `end the ${open === '{' ? 'map' : 'list'} with "${open === '{' ? '}' : ']'}"; if it continues on the next line, indent that line further than the key`,
  aliases: (max: number) => `more than ${max} YAML aliases: this looks like an alias bomb, not a scenario file`,
  aliasesRepeat: (max: number) => `the aliases up to here repeat more than ${max.toLocaleString('en')} characters: this looks like an alias bomb, not a scenario file`,
  unknownAlias: (name: string) => `the alias *${name} names no anchor &${name} before it`,
  unknownAliasHint: 'an alias repeats a value marked with &name earlier in the file: add the anchor there, or write the value out',
  aliasCycle: 'this alias stands for a map or list that holds it: it would repeat without end',
  aliasesHint: 'write the values out; a scenario file needs few aliases, if any',
  prototypeKey: '"__proto__" cannot be a field name, an id or a year',
  prototypeKeyHint: 'rename it: an id is a letter, then letters, digits, _ or -',
  tooDeep: (max: number) => `maps and lists are nested more than ${max} levels deep here: a scenario file needs about 8`,
  parserGaveUp: 'YAML syntax error: from about here on the nesting is too deep, or the indentation too irregular, to read',
  tooDeepHint: 'check the indentation and the brackets: each deeper indent, "- ", "[" or "{" opens a level, and a bracket must be closed',
  collectionKey: 'a key must be a name or a number, not a map or a list',
  collectionKeyHint: 'write the field name before the ":"; a "?" or a bracket at the start of a key makes it a map or a list',
  notAMap: 'expected a map of fields at the top of the file',
  controlCharacter: 'this text holds a control character (such as an escape or a NUL), which a label, name or source cannot have',
  notACharacter: (code: string) => `this text holds ${code}, which is not a character of text: a label, name or source cannot have it (a workbook could not store it)`,
  notACharacterHint: 'remove it: in a quoted text, an escape such as "\\uFFFF" writes it',
  controlCharacterHint: 'retype the text; a control character often comes along when text is pasted from another program',
  notAMapHint: 'run and validate take a region or municipality file (YAML) that starts with fields such as "region:"',
  empty: 'the file is empty: expected a region or municipality file',
  regionIsMunicipality: (path: string) => `${path} is a municipality file, not a region file`,
  regionIsMunicipalityHint: 'make "region" point at the region file that lists this municipality',
  listedTwice: (path: string) => `${path} is listed twice`,
  listedTwiceHint: 'list every municipality file once',
};

export const fileMessages = {
  notFound: (path: string) => `file not found: ${path}`,
  notReadable: (path: string, reason: string) => `cannot read ${path}: ${reason}`,
  isDirectory: (path: string) => `${path} is a folder, not a file`,
  notRegular: (path: string, kind: string) => `${path} is ${kind}, not a file`,
  notRegularHint: 'name a YAML or CSV file saved on the disk; soweco-bc does not read from devices, pipes or sockets',
  tooLarge: (path: string, size: string, max: string) => `${path} is ${size}, more than the ${max} this kind of file may have`,
  grewTooLarge: (path: string, max: string) => `${path} grew past the ${max} this kind of file may have while it was read`,
  binary: 'this is a binary file, not text: expected a YAML or CSV text file',
  notText: (byte: number) => `this file is not UTF-8, and as Windows-1252 text it holds byte 0x${byte.toString(16).toUpperCase()}, which is no character`,
  notTextHint: 'save the file as UTF-8 (in Excel: "CSV UTF-8"; in an editor: encoding UTF-8)',
  unfitName: (code: string) => `the file name holds ${code}, a character that the reports cannot show`,
  unfitNameHint: 'rename the file (or its folder) with ordinary letters, digits and punctuation',
};

/** Texts about the chain of `extends` from a variant to the files it varies. */
export const variantMessages = {
  cycle: (path: string, files: number) =>
    `"extends" goes round in a cycle: ${path} is already one of the ${files} variant file${files === 1 ? '' : 's'} in this chain`,
  cycleHint: 'a chain of variants must end at a region or municipality file: make one of them extend that file',
  tooDeep: (max: number) => `this chain of variants is longer than ${max}: more than ${max} variant files extend one another`,
  tooDeepHint: 'extend the region or municipality file, or a variant closer to it, directly: copy the few changes of the variants in between',
};

/** Texts about YAML tags (`!!set`, `!foo`): the input files have none. */
export const yamlTagMessages = {
  tag: (tag: string, kind: string | undefined) => `the YAML tag ${tag}${kind === undefined ? '' : ` (${kind})`} is not supported: the files hold maps, lists, texts and numbers only`,
  tagHint: 'leave out the tag: write a map as { a: 1 }, a list as [a, b], text in quotes and a date as YYYY-MM-DD',
};
/** An id that would give a report a file name it cannot have, or that of another report. */
export const reportNameMessages = {
  clash: (owner: string, other: string, otherAt: SourceRef, name: string) =>
    `the reports of ${owner} and of ${other} (${fileAndLine(otherAt)}) would be one file: ${name}`,
  caseClash: (owner: string, other: string, otherAt: SourceRef, name: string, otherName: string) =>
    `${owner} differs from ${other} (${fileAndLine(otherAt)}) only in capitals: ${name} and ${otherName} are one file on Windows and macOS`,
  unsafe: (owner: string, name: string, why: string) => `${owner} cannot name a report: ${name} ${why}`,
  reserved: (stem: string) => `is not a possible file name on Windows (${stem} is reserved for a device)`,
  hint: 'ids name the report files (<municipality>.xlsx, <municipality>-samenvatting.md, <region>-vergelijking.xlsx, <region>-samenvatting.md): give this one an id of its own',
};

function fileAndLine(at: SourceRef): string {
  return at.line === undefined ? at.file : `${at.file}:${at.line}`;
}

/** Texts about organisation ids and how an organisation's members settle (methodology, settlement). */
export const settlementMessages = {
  idTwice: (id: string, configuration: string) => `organisation id "${id}" is used twice in configuration "${configuration}"`,
  idTwiceHint: 'give every organisation of a configuration its own id',
  idWithEach: (id: string) => `organisation id "${id}" would name several organisations: "members: each" makes one per municipality`,
  idWithEachHint: 'leave out the id, or list the members of this organisation',
  alone: 'a settlement needs members who share: with "members: each" every organisation has one member',
  aloneHint: 'list the members that settle together, or leave out "settlement"',
  keyKind: 'the key is either { fixed: … } or { by: … }',
  keyKindHint: 'for example key: { fixed: { noord: 0.6, oost: 0.4 } } or key: { by: se_share }',
  byOnly: (field: string) => `"${field}" goes with a "by" key, not with a fixed one`,
  byOnlyHint: 'a fixed key is the same every year: leave it out',
  lagAndReference: '"lag" and "reference_year" exclude each other',
  lagAndReferenceHint: 'reference_year freezes the shares of one year; lag: 1 takes last year\'s: keep one',
  lag: (lag: number) => `lag ${lag} is not supported: a key follows the volume of this year, or of last year (lag: 1)`,
  lagHint: 'write lag: 1, or leave it out for this year\'s shares',
  unknownMember: (member: string, suggestion: string) => `"${member}" is not a member of this organisation${suggestion}`,
  membersHint: (members: readonly string[]) => `the key names each member once: ${members.join(', ')}`,
  unknownLine: (line: string, model: string, suggestion: string) => `unknown line "${line}" in model "${model}"${suggestion}`,
  linesHint: (model: string, lines: readonly string[]) => `the lines of model "${model}" are: ${lines.join(', ')}`,
  lineTwice: (line: string) => `line "${line}" is listed twice in "pooled"`,
  lineTwiceHint: 'name every pooled line once',
  percentOfUnpooled: (line: string, missing: readonly string[]) =>
    `pooled line "${line}" is a percentage of ${missing.map((m) => `"${m}"`).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} not pooled`,
  percentOfUnpooledHint: 'pool those lines too, or leave this one out: a pooled percentage is taken of pooled amounts',
};

/** Texts about fees between organisations: `supplier` of an organisation, `fee` of a line (methodology, fees between organisations). */
export const feeMessages = {
  onRevenue: (line: string) => `line "${line}" is revenue: only a cost line can be a fee paid to a supplier`,
  onRevenueHint: 'leave out "fee", or make the line kind: cost',
  unknownSupplier: (supplier: string, configuration: string, suggestion: string) =>
    `supplier "${supplier}" is not the id of an organisation of configuration "${configuration}"${suggestion}`,
  suppliersHint: (ids: readonly string[]) =>
    ids.length === 0 ? 'give the supplying organisation an id (id: …) and name it here' : `the organisation ids of this configuration are: ${ids.join(', ')}`,
  circle: (chain: readonly string[]) => `the suppliers form a circle: ${chain.join(' → ')}`,
  circleHint: 'an organisation cannot supply itself, directly or through others: remove one "supplier"',
  supplierBuys: (supplier: string, itsSupplier: string) => `supplier "${supplier}" is itself supplied by "${itsSupplier}": a supplier cannot be a buyer`,
  supplierBuysHint: 'name the last organisation of the chain as the supplier, or remove one "supplier"',
};

/** The texts of checks on execution models' lines (models.ts). */
export const modelMessages = {
  elasticityUnit: (name: string, unit: string | undefined) =>
    `parameter "${name}" is used as a volume elasticity, a ratio from 0 to 1, but its unit is ${unit === undefined ? 'not given' : `"${unit}"`}`,
  elasticityUnitHint: (name: string) => `give "${name}" the line "unit: ratio" under "parameters"`,
};

/** The texts of the messages about a fixed key's shares (settlement and dissolution alike). */
export const fixedKeyMessages = {
  shareOutside: (holder: string, share: string) => `the share of "${holder}" is ${share}: a share lies between 0 and 1`,
  shareOutsideHint: 'write the share as a fraction, such as 0.4387 for 43.87%',
  missing: (missing: readonly string[]) => `the key gives no share for ${missing.map((m) => `"${m}"`).join(', ')}`,
  notOne: (total: string) => `the shares sum to ${total}, not exactly 1`,
  notOneHint: 'adjust a share (usually the largest) so that the shares sum to exactly 1',
};
