import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { InternalError } from '../../src/errors.js';
import { fitCellTexts } from '../../src/report/workbook/cells.js';
import { finishPackage } from '../../src/report/workbook/charts/package.js';
import { newWorkbook } from '../../src/report/workbook/stamp.js';
import { type CliResult, runCliEnglish } from '../support/cli.js';
import { runInProcessEnglish } from '../support/in-process.js';
import { KEY, Terminal } from '../support/pty.js';
import { describeCohorts, placeWestAsNow } from '../support/dialogues.js';
import { tinyCopy } from '../support/testdir.js';
import { edit, fixture, type Files } from './bad-input-cases.js';

// Issue 10 ("Keep every promise under attack"): YAML input that used to be read silently
// wrong, crash or take minutes. Each case runs the CLI (in this process) on an edited copy
// of fixtures/tiny.

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

/**
 * `soweco-bc <args>` (by default `run noord.yaml --json`) in a copy of the tiny example with
 * `files` replaced: in this process (what these cases test is the loading, not the process).
 */
async function run(files: Files, args: readonly string[] = ['run', 'noord.yaml', '--json']): Promise<CliResult & { dir: string }> {
  const dir = tinyCopy(files);
  copies.push(dir);
  return { ...(await runInProcessEnglish(args, { cwd: dir })), dir };
}

/** `line:col` (1-based) of the `nth` (0-based) occurrence of `needle` in `text`. */
function lineColOf(text: string, needle: string, nth = 0): string {
  let offset = -1;
  for (let i = 0; i <= nth; i++) {
    offset = text.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, offset).split('\n');
  return `${before.length}:${(before[before.length - 1]?.length ?? 0) + 1}`;
}

/** The edited file's text, for finding positions in it. */
function textOf(files: Files, path: string): string {
  return String(files[path]);
}

/** The first line of stderr must be `error: <file>:<line:col>`. */
function expectErrorAt(result: CliResult, file: string, lineCol: string): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderr.split('\n')[0]).toMatch(new RegExp(`^error: ${file.replace('.', '\\.')}:${lineCol}(\\s|$)`));
}

describe('item 5: keys that mean the same key are duplicates, however they are written', () => {
  it('values: { 2021: 40000, "2021": 4000000 } is refused at the second key, naming the first', async () => {
    const files = edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: 40000, "2021": 4000000 } }']);
    const text = textOf(files, 'regio.yaml');
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(text, '"2021"'));
    expect(result.stderr).toContain(`"2021" is the same key as 2021 at line ${lineColOf(text, '2021: 40000')}: YAML reads both as "2021"`);
    expect(result.stderr).toContain('hint: remove one of the two');
  });

  it('a year written as 0x7E5, 2021.0 or +2021 next to 2021 is the same key too (a one_off amount map)', async () => {
    const files = edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', 'amount: { 2021: 120000, 2022: 60000, 0x7E5: 1, 2021.0: 2, +2021: 3 }']);
    const text = textOf(files, 'regio.yaml');
    const result = await run(files);
    const first = lineColOf(text, '2021: 120000');
    expectErrorAt(result, 'regio.yaml', lineColOf(text, '0x7E5'));
    for (const written of ['0x7E5', '2021.0', '+2021']) expect(result.stderr).toContain(`${written} is the same key as 2021 at line ${first}`);
    expect(result.stderr).toContain('3 problems found');
  });

  it('the same key written the same way twice names the first place', async () => {
    const files = edit('regio.yaml', ['discount_rate: 0.03', 'discount_rate: 0.03\ndiscount_rate: 0.3']);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', '6:1');
    expect(result.stderr).toContain('"discount_rate" appears twice in this map (first at line 5:1)');
  });

  it('a work form written as text and as a quoted text in an amount map is one key', async () => {
    const files = edit('regio.yaml', ['amount: { beschut_binnen: 5000, detachering: tw_detachering }', 'amount: { beschut_binnen: 5000, detachering: tw_detachering, \'beschut_binnen\': 9000 }']);
    const text = textOf(files, 'regio.yaml');
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(text, "'beschut_binnen'"));
    expect(result.stderr).toContain(`'beschut_binnen' is the same key as beschut_binnen at line ${lineColOf(text, 'beschut_binnen: 5000')}`);
  });

  it('a line named twice in "of" is refused: its amount would count twice in the percentage', async () => {
    const files = edit('regio.yaml', ['of: [overhead, regie]', 'of: [overhead, regie, overhead]']);
    const result = await run(files);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^error: regio\.yaml:\d+:\d+\s+models\.eigen\.lines\[7\]\.of\[2\]$/m);
    expect(result.stderr).toContain('line "overhead" is listed twice in "of"');
  });

  it('a correlation given twice for the same pair (in either order) is refused at the second', async () => {
    const uncertainty = [
      'uncertainty:',
      '  parameters:',
      '    overhead_gr: { distribution: uniform, low: -0.1, high: 0.1 }',
      '    regie_gemeente: { distribution: uniform, low: -0.1, high: 0.1 }',
      '  correlations:',
      '    - { between: [overhead_gr, regie_gemeente], rho: 0.5 }',
      '    - { between: [regie_gemeente, overhead_gr], rho: -0.5 }',
      '',
    ].join('\n');
    const result = await run({ 'regio.yaml': `${fixture('regio.yaml')}\n${uncertainty}` });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/^error: regio\.yaml:\d+:\d+\s+uncertainty\.correlations\[1\]$/m);
    expect(result.stderr).toContain('the correlation between "regie_gemeente" and "overhead_gr" is given twice (first as correlations[0])');
  });
});

describe('item 6: a key named __proto__ is refused like any other impossible name, never dropped', () => {
  const param = '  risico_opslag: { unit: ratio, values: { 2021: 0.05 } }';
  const cases: readonly { where: string; files: Files; file?: string; args?: readonly string[] }[] = [
    { where: 'a parameter', files: edit('regio.yaml', [param, `${param}\n  __proto__: { unit: EUR, values: { 2021: 5 } }`]) },
    { where: 'a work form', files: edit('regio.yaml', ['  detachering: { label: Detachering }', '  detachering: { label: Detachering }\n  __proto__: { label: X }']) },
    { where: 'a configuration', files: edit('regio.yaml', ['  samen2:', '  __proto__: { organisations: [ { model: gr, members: all } ] }\n  samen2:']) },
    { where: 'a key of an amount map (work form)', files: edit('regio.yaml', ['amount: { beschut_binnen: 5000, detachering: tw_detachering }', 'amount: { beschut_binnen: 5000, detachering: tw_detachering, __proto__: 5 }']) },
    { where: 'a key of a one_off amount map', files: edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', 'amount: { 2021: 120000, 2022: 60000, __proto__: 5 }']) },
    { where: 'a key of values', files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, values: { 2021: 40000, __proto__: 1 } }']) },
    { where: 'a field of a parameter', files: edit('regio.yaml', ['regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', 'regie_gemeente: { unit: EUR, __proto__: { unit: ratio }, values: { 2021: 40000 } }']) },
    { where: 'a top-level field', files: { 'regio.yaml': `${fixture('regio.yaml')}\n__proto__: { x: 1 }\n` } },
    { where: 'a municipality\'s parameter override', file: 'noord.yaml', files: edit('noord.yaml', ['parameters:', 'parameters:\n  __proto__: { values: { 2021: 1 } }']) },
    {
      where: 'an uncertain parameter',
      files: { 'regio.yaml': `${fixture('regio.yaml')}\nuncertainty:\n  parameters:\n    __proto__: { distribution: uniform, low: -0.1, high: 0.1 }\n` },
    },
    {
      where: 'a variant\'s parameter',
      file: 'variant.yaml',
      files: { 'variant.yaml': 'extends: noord.yaml\nparameters:\n  __proto__: { values: { 2021: 1 } }\n' },
      args: ['run', 'variant.yaml', '--json'],
    },
  ];
  for (const c of cases) {
    it(`as ${c.where}`, async () => {
      const file = c.file ?? 'regio.yaml';
      const result = await run(c.files, c.args);
      expectErrorAt(result, file, lineColOf(textOf(c.files, file), '__proto__'));
      expect(result.stderr).toContain('"__proto__" cannot be a field name, an id or a year');
    });
  }

  it('--set __proto__=5 is an unknown parameter (a usage error), not a silent no-op', async () => {
    const result = await run({}, ['run', 'noord.yaml', '--json', '--set', '__proto__=5']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('unknown parameter or index "__proto__"');
  });
});

describe('item 6: ids that name members of every JavaScript object work like any other id', () => {
  // constructor, toString, hasOwnProperty, valueOf, isPrototypeOf: a lookup in a plain
  // object would find these even when the file never defines them
  const renames: readonly (readonly [RegExp, string, string])[] = [
    [/\bdetachering\b/g, 'detachering', 'constructor'],
    [/\btw_detachering\b/g, 'tw_detachering', 'toString'],
    [/\bprijs\b/g, 'prijs', 'hasOwnProperty'],
    [/\beigen\b/g, 'eigen', 'valueOf'],
    [/\boost\b(?!\.)/g, 'oost', 'isPrototypeOf'],
  ];
  const renamed = (text: string) => renames.reduce((t, [pattern, , to]) => t.replace(pattern, to), text);
  const back = (text: string) => renames.reduce((t, [, from, to]) => t.replaceAll(`"${to}"`, `"${from}"`), text);
  // the inputs' checksums differ, of course
  const withoutInputs = (json: string): unknown => JSON.parse(json.replace(/"sha256":\s*"[0-9a-f]{64}"/g, '"sha256": ""'));

  it('the region with work form, parameter, index, model, configuration and municipality so named gives the same results', async () => {
    const plain = await run({}, ['run', 'regio.yaml', '--json']);
    expect(plain.code, plain.stderr).toBe(0);
    const files = Object.fromEntries(['regio.yaml', 'noord.yaml', 'oost.yaml', 'zuid.yaml', 'data/noord.csv', 'data/oost.csv', 'data/zuid-cohorten.csv'].map((f) => [f, renamed(fixture(f))]));
    expect(files['regio.yaml']).toContain('constructor: { label: Detachering }');
    const named = await run(files, ['run', 'regio.yaml', '--json']);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain('"isPrototypeOf"');
    expect(withoutInputs(back(named.stdout))).toEqual(withoutInputs(plain.stdout));
  });

  it('the workbook, --set on such names and the risk analysis run without error', async () => {
    const files = Object.fromEntries(['regio.yaml', 'noord.yaml', 'oost.yaml', 'zuid.yaml', 'data/noord.csv', 'data/oost.csv', 'data/zuid-cohorten.csv'].map((f) => [f, renamed(fixture(f))]));
    files['regio.yaml'] = `${files['regio.yaml']}\nuncertainty:\n  indices:\n    hasOwnProperty: { distribution: normal, sd: 0.005 }\n  parameters:\n    toString: { distribution: uniform, low: -0.1, high: 0.1 }\n`;
    const sets = ['--set', 'toString=15000', '--set', 'hasOwnProperty.default=0.02'];
    const workbook = await run(files, ['run', 'noord.yaml', '--out', 'out', ...sets]);
    expect(workbook.code, workbook.stderr).toBe(0);
    const risk = await run(files, ['risk', 'noord.yaml', '--iterations', '200', '--seed', '1', '--jobs', '1', '--json', ...sets]);
    expect(risk.code, risk.stderr).toBe(0);
    expect(risk.stdout).toContain('"valueOf"');
  });
});

/** The parts of a workbook whose XML is not well-formed, with the parser's complaint. */
async function malformedParts(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
  expect(parts).toContain('xl/sharedStrings.xml');
  const bad: string[] = [];
  for (const part of parts) {
    try {
      new SaxesParser({ xmlns: true }).write(await zip.file(part)!.async('string')).close();
    } catch (error) {
      bad.push(`${part}: ${String(error)}`);
    }
  }
  return bad;
}

describe('item 12: characters a workbook cannot hold (U+FFFF, U+FFFE, lone surrogates) are refused in every text', () => {
  const label = (text: string) => edit('regio.yaml', ['  detachering: { label: Detachering }', `  detachering: { label: ${text} }`]);
  for (const [what, text, code] of [
    ['U+FFFF written as an escape', '"Deta\\uFFFFchering"', 'U+FFFF'],
    ['U+FFFE written as an escape', '"Deta\\uFFFEchering"', 'U+FFFE'],
    ['a lone surrogate written as an escape', '"Deta\\uD800chering"', 'U+D800'],
    ['U+FFFF typed as it is', 'Deta\uFFFFchering', 'U+FFFF'],
  ] as const) {
    it(`a label with ${what} is refused at the label`, async () => {
      const files = label(text);
      const result = await run(files);
      expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), text));
      expect(result.stderr).toContain(`this text holds ${code}, which is not a character of text`);
    });
  }

  it('a control character in a label is still refused as one', async () => {
    const result = await run(label('"Deta\\u001bchering"'));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('this text holds a control character');
  });

  it('a variant\'s description with U+FFFF is refused', async () => {
    const files = { 'variant.yaml': 'extends: noord.yaml\ndescription: "Krimp \\uFFFF"\n' };
    const result = await run(files, ['run', 'variant.yaml', '--json']);
    expectErrorAt(result, 'variant.yaml', '2:14');
    expect(result.stderr).toContain('this text holds U+FFFF');
  });

  it('a file name with U+FFFF given on the command line is a usage error, shown escaped', async () => {
    const files = { 'v\uFFFF.yaml': 'extends: noord.yaml\n' };
    const result = await run(files, ['run', 'v\uFFFF.yaml', '--out', 'out']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/^error: v\\uffff\.yaml$/m);
    expect(result.stderr).toContain('the file name holds U+FFFF');
    expect(readdirSync(result.dir)).not.toContain('out');
  });

  it('a --set with a control character is a usage error (the override is shown in the reports)', async () => {
    const result = await run({}, ['run', 'noord.yaml', '--json', '--set', 'baseline=gr\u0001']);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('this override holds U+0001');
  });

  it('a CSV column named with U+FFFF and an escape is a warning that shows neither, and every part of the workbook is well-formed XML', async () => {
    const [header = '', ...rows] = fixture('data/noord.csv').trimEnd().split('\n');
    const csv = [`${header},opm\uFFFFerking\u001b[2J`, ...rows.map((r) => `${r},x`)].join('\n') + '\n';
    const result = await run({ 'data/noord.csv': csv }, ['run', 'noord.yaml', '--out', 'out']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^warning: data\/noord\.csv:1 {2}header\n {2}column .* is not used$/m);
    for (const raw of ['\u001b', '\uFFFF']) expect(result.stderr).not.toContain(raw);
    expect(await malformedParts(join(result.dir, 'out/noord.xlsx'))).toEqual([]);
  });

  it('a workbook that would hold U+FFFF all the same is never written: the last packaging step refuses it as a bug', async () => {
    const wb = newWorkbook(new Date(0));
    const ws = wb.addWorksheet('Blad');
    ws.getCell(1, 1).value = 'a\uFFFFb';
    await expect(finishPackage(wb, [], new Date(0))).rejects.toThrow(InternalError);
    ws.getCell(1, 1).value = 'ab';
    await expect(finishPackage(wb, [], new Date(0))).resolves.toBeInstanceOf(Buffer);
  });
});

/** Every worksheet's footer in a workbook, as Excel reads it (XML entities resolved). */
async function footersOf(xlsx: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const sheets = Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p));
  const footers = await Promise.all(sheets.map(async (p) => /<oddFooter>([^<]*)<\/oddFooter>/.exec(await zip.file(p)!.async('string'))?.[1] ?? ''));
  return footers.map(unescapeXml);
}

function unescapeXml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** The sheet names of a workbook, and its shared strings. */
async function sheetNamesAndStrings(xlsx: string): Promise<{ sheets: string[]; strings: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const shared = await zip.file('xl/sharedStrings.xml')!.async('string');
  return {
    sheets: [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1] ?? ''),
    strings: [...shared.matchAll(/<t(?: [^>]*)?>([^<]*)<\/t>/g)].map((m) => unescapeXml(m[1] ?? '')),
  };
}

describe('item 13: texts stay within Excel\'s limits', () => {
  const longer = (n: number) => 'x'.repeat(n);
  for (const [what, from, to, limit] of [
    ['a label', '  detachering: { label: Detachering }', `  detachering: { label: ${longer(101)} }`, 100],
    ['a region name', 'region: { id: tiny, name: Kleine regio }', `region: { id: tiny, name: ${longer(101)} }`, 100],
    ['a description', 'loon: { description: Loonindex,', `loon: { description: ${longer(1001)},`, 1000],
    ['a source', 'risico_opslag: { unit: ratio, values: { 2021: 0.05 } }', `risico_opslag: { unit: ratio, source: ${longer(1001)}, values: { 2021: 0.05 } }`, 1000],
  ] as const) {
    it(`${what} longer than ${limit} characters is refused with its length, not echoed`, async () => {
      const files = edit('regio.yaml', [from, to]);
      const result = await run(files);
      expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), longer(limit + 1)));
      expect(result.stderr).toContain(`expected at most ${limit} characters, got ${limit + 1}`);
      expect(result.stderr).not.toContain(longer(41));
    });
  }

  it('an id longer than 64 characters is refused at the key', async () => {
    const id = `p${longer(64)}`;
    const files = edit('regio.yaml', ['  tw_beschut:', `  ${id}: { values: { 2021: 1 } }\n  tw_beschut:`]);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), id));
    expect(result.stderr).toContain('expected at most 64 characters');
  });

  it('an override longer than 200 characters is refused', async () => {
    const set = `rijksbijdrage_per_se=25000.${'0'.repeat(180)}`;
    const result = await run({}, ['run', 'noord.yaml', '--json', '--set', set]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(`this override has ${set.length} characters: at most 200`);
  });

  it('names as long as allowed, full of "&" (doubled in a footer), give footers of at most 255 characters that keep version and page number', async () => {
    const amps = '&'.repeat(100);
    const files: Files = {
      ...edit('regio.yaml', ['region: { id: tiny, name: Kleine regio }', `region: { id: tiny, name: "${amps}" }`]),
      ...edit('noord.yaml', ['name: Noord,', `name: "${amps}",`]),
      'variant.yaml': 'extends: noord.yaml\nset: [ "discount_rate=0.04" ]\n',
    };
    const { dir } = await run(files, ['batch', 'regio.yaml', '--out', 'out']);
    const compared = runCliEnglish(['compare', 'noord.yaml', 'variant.yaml', '--out', 'out'], { cwd: dir });
    expect(compared.code, compared.stderr).toBe(0);
    const workbooks = readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.xlsx'));
    expect(workbooks).toEqual(expect.arrayContaining(['noord.xlsx', 'regio-vergelijking.xlsx', 'noord-vs-variant.xlsx']));
    for (const workbook of workbooks) {
      const footers = await footersOf(join(dir, 'out', workbook));
      expect(footers.length).toBeGreaterThan(0);
      for (const footer of footers) {
        expect(footer.length, `${workbook}: ${footer}`).toBeLessThanOrEqual(255);
        expect(footer).toMatch(/ — soweco-bc \S.*&R&8&P \/ &N$/);
      }
      // the municipality's own workbook and both comparisons carry the long names: shortened
      if (workbook !== 'oost.xlsx' && workbook !== 'zuid.xlsx') expect(footers[0]).toContain('… — soweco-bc ');
      expect(await malformedParts(join(dir, 'out', workbook))).toEqual([]);
    }
  });

  it('a configuration named History (kept by Excel) or with a 64-character id gets a valid sheet name', async () => {
    const long = `c${longer(63)}`;
    const files = edit('regio.yaml', ['  samen2:', `  History: { organisations: [ { model: gr, members: all } ] }\n  ${long}: { organisations: [ { model: eigen, members: each } ] }\n  samen2:`]);
    const result = await run(files, ['run', 'noord.yaml', '--out', 'out']);
    expect(result.code, result.stderr).toBe(0);
    const { sheets } = await sheetNamesAndStrings(join(result.dir, 'out/noord.xlsx'));
    expect(sheets).toContain('History 2');
    expect(sheets).toContain(long.slice(0, 31));
    for (const name of sheets) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name.toLowerCase()).not.toBe('history');
    }
  });

  it('a text longer than a cell can hold is cut to fit, ending in "…", never between the halves of a surrogate pair', () => {
    // no input reaches a cell with such a text (the input limits keep every one far shorter): the last line of defence
    const wb = newWorkbook(new Date(0));
    const ws = wb.addWorksheet('Blad');
    ws.getCell(1, 1).value = 'k'.repeat(40_000);
    ws.getCell(2, 1).value = `${'k'.repeat(32_765)}😀${'k'.repeat(10)}`; // the emoji straddles the cut
    ws.getCell(3, 1).value = 'kort';
    fitCellTexts(wb);
    const a1 = String(ws.getCell(1, 1).value);
    const a2 = String(ws.getCell(2, 1).value);
    expect(a1).toHaveLength(32_767);
    expect(a1.endsWith('k…')).toBe(true);
    expect(a2.length).toBeLessThanOrEqual(32_767);
    expect(a2.endsWith('k…')).toBe(true);
    expect(ws.getCell(3, 1).value).toBe('kort');
  });
});

describe('item 13: what the interactive commands write keeps to the same limits, so that it loads again', () => {
  it('what-if refuses a variant description over 1,000 characters, and the variant it saves runs', async () => {
    const dir = tinyCopy();
    copies.push(dir);
    const t = Terminal.startEnglish(['what-if', 'noord.yaml', '--lang', 'en'], dir);
    await t.answer('What now?', '');
    await t.waitFor('Which assumption?');
    await t.choose('discount', '❯ discount_rate =');
    await t.answer('New discount rate', '4%');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}`);
    await t.answer('Save the variant as', '');
    await t.answer('Describe the variant', `${KEY.clearLine}${'d'.repeat(1001)}`);
    await t.waitFor('at most 1000 characters');
    t.type(KEY.clearLine);
    await t.answer('', 'hoger');
    await t.waitFor('Saved noord-variant.yaml');
    await t.answer('What now? (1 change)', `${KEY.down}${KEY.down}${KEY.down}${KEY.down}`);
    expect(await t.exit()).toBe(0);
    const result = runCliEnglish(['run', 'noord-variant.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(join(dir, 'noord-variant.yaml'), 'utf8')).toContain('description: hoger');
  });
});

describe('item 16: nesting deeper than 64 levels is refused where it gets too deep, without overflowing the stack', () => {
  /** The region file with `discount_rate:` holding `levels` block maps, one inside the other, each indented one space more. */
  const blockNesting = (levels: number) => {
    const lines = Array.from({ length: levels }, (_, i) => `${' '.repeat(i + 1)}a:`);
    return edit('regio.yaml', ['discount_rate: 0.03', `discount_rate:\n${lines.join('\n')}\n${' '.repeat(levels + 1)}b: 1`]);
  };

  it('3,000 levels of block nesting: exit 1 at the 65th level (the file\'s own map is the first)', async () => {
    const files = blockNesting(3000);
    const result = await run(files);
    // the top-level map, discount_rate's map and 63 more "a:" maps make 65
    expectErrorAt(result, 'regio.yaml', '69:65'); // line 5 is discount_rate, line 6 its first "a:" (level 2)
    expect(result.stderr).toContain('maps and lists are nested more than 64 levels deep here');
    expect(result.stderr).toContain('hint: check the indentation and the brackets');
  });

  it('100,000 levels of flow nesting ([[[…]]]): exit 1 at the bracket that is one too deep', async () => {
    const files = edit('regio.yaml', ['discount_rate: 0.03', `discount_rate: ${'['.repeat(100_000)}${']'.repeat(100_000)}`]);
    const result = await run(files);
    // the top-level map is level 1, so the 64th bracket is level 65
    expectErrorAt(result, 'regio.yaml', `5:${'discount_rate: '.length + 64}`);
    expect(result.stderr).toContain('nested more than 64 levels deep');
  });

  it('a list of lists written "- - - …" 3,000 times is refused too', async () => {
    const result = await run({ 'regio.yaml': `${fixture('regio.yaml')}\nextra: ${'- '.repeat(3000)}1\n` }, ['validate', 'regio.yaml']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('nested more than 64 levels deep');
  });

  it('63 levels (64 with the file\'s map) pass the YAML check and reach the field check', async () => {
    const result = await run(blockNesting(62));
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).not.toContain('levels deep');
    expect(result.stderr).toContain('expected a yearly rate such as 0.025, got a map');
  });

  it('a flow map continued on 5,000 lines indented too little (which sends the YAML parser into a recursion per line) is a syntax error, not a crash', async () => {
    const keys = Array.from({ length: 5000 }, (_, i) => `    k${i}: 1,`).join('\n');
    const files = edit('regio.yaml', ['amount: { 2021: 120000, 2022: 60000 }', `amount: { 2021: 120000, 2022: 60000,\n${keys}\n }`]);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), 'k0: 1'));
    expect(result.stderr).toContain('YAML syntax error: from about here on the nesting is too deep, or the indentation too irregular, to read');
  });
});

describe('item 17: small files that used to take minutes load in linear time, and aliases are bounded', () => {
  const many = (n: number, line: (i: number) => string) => Array.from({ length: n }, (_, i) => line(i)).join('\n');

  it('a region file with 60,000 unknown fields (0.7 MB): every one reported, counted, and the run finishes', async () => {
    const result = await run({ 'regio.yaml': `${fixture('regio.yaml')}\n${many(60_000, (i) => `extra_${i}: 1`)}\n` });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toContain('unknown field "extra_0"');
    expect(result.stderr).toContain('60000 problems found');
  });

  it('60,000 parameters: refused by the limit of 1,000, at the map', async () => {
    const files = edit('regio.yaml', ['parameters:\n', `parameters:\n${many(60_000, (i) => `  p${i}: { values: { 2021: 1 } }`)}\n`]);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), 'parameters:'));
    expect(result.stderr).toContain('expected at most 1000 parameters, got 60010');
  });

  it('a values map with 60,000 keys that are not years: every key reported at its place, and the run finishes', async () => {
    const files = edit('regio.yaml', ['  regie_gemeente: { unit: EUR, values: { 2021: 40000 } }', `  regie_gemeente:\n    values:\n${many(60_000, (i) => `      y${i}: 1`)}\n      2021: 40000`]);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), 'y0: 1'));
    expect(result.stderr).toContain('expected a year such as 2021 as the key');
    expect(result.stderr).toContain('60000 problems found');
  });

  for (const [what, files] of [
    ['work forms', () => edit('regio.yaml', ['work_forms:\n', `work_forms:\n${many(51, (i) => `  w${i}: {}`)}\n`])],
    ['configurations', () => edit('regio.yaml', ['configurations:\n', `configurations:\n${many(51, (i) => `  c${i}: { organisations: [ { model: gr, members: all } ] }`)}\n`])],
  ] as const) {
    it(`more ${what} than the limit are refused with the count`, async () => {
      const result = await run(files());
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toContain(`expected at most 50 ${what}, got 5`);
    });
  }

  it('21 aliases of one 9 MB text are refused at the alias that repeats too much, before anything is expanded', async () => {
    const big = 'x'.repeat(9 * 1024 * 1024);
    const files = edit('regio.yaml', ['region: { id: tiny, name: Kleine regio }', `region: { id: tiny, name: &big ${big} }\n${many(21, (i) => `alias_${i}: *big`)}`]);
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), '*big'));
    expect(result.stderr).toContain('the aliases up to here repeat more than 1,000,000 characters');
    expect(result.stderr.length).toBeLessThan(2000);
  });

  it('60,000 aliases (each of its own anchor) are refused at the 101st', async () => {
    const files = { 'regio.yaml': `${fixture('regio.yaml')}\nextra:\n${many(60_000, (i) => `  - [&a${i} 1, *a${i}]`)}\n` };
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), '*a100]'));
    expect(result.stderr).toContain('more than 100 YAML aliases');
  });

  it('an alias inside the list it stands for (a cycle) is refused, not expanded without end', async () => {
    const files = { 'regio.yaml': `${fixture('regio.yaml')}\nextra: &loop [1, *loop]\n` };
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), '*loop'));
    expect(result.stderr).toContain('this alias stands for a map or list that holds it');
  });

  it('an alias used before its anchor is refused at the alias (it used to be called an alias bomb)', async () => {
    const files = { 'regio.yaml': `${fixture('regio.yaml')}\nextra: [*later, &later 1]\n` };
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), '*later'));
    expect(result.stderr).toContain('the alias *later names no anchor &later before it');
  });

  it('aliases that nest one deep list inside another past 64 levels are refused at the alias', async () => {
    const deep = `${'['.repeat(40)}1${']'.repeat(40)}`;
    // 1 (the file's map) + 30 lists around the alias + 40 lists it stands for: 71 levels
    const files = { 'regio.yaml': `${fixture('regio.yaml')}\na: &a ${deep}\nb: ${'['.repeat(30)}*a${']'.repeat(30)}\n` };
    const result = await run(files);
    expectErrorAt(result, 'regio.yaml', lineColOf(textOf(files, 'regio.yaml'), '*a'));
    expect(result.stderr).toContain('nested more than 64 levels deep');
  });

  it('an ordinary alias still works: a parameter written once and used twice gives the same result as two copies', async () => {
    const twice = edit('regio.yaml', ['  tw_beschut: { unit: EUR/FTE, values: { 2021: 6000 } }', '  tw_beschut: &tw { unit: EUR/FTE, values: { 2021: 6000 } }'], ['  tw_detachering: { unit: EUR/FTE, values: { 2021: 14000 }, index: 0.01 }', '  tw_detachering: *tw']);
    const copied = edit('regio.yaml', ['  tw_detachering: { unit: EUR/FTE, values: { 2021: 14000 }, index: 0.01 }', '  tw_detachering: { unit: EUR/FTE, values: { 2021: 6000 } }']);
    const [a, b] = [await run(twice), await run(copied)];
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const results = (json: string) => (JSON.parse(json) as { configurations: unknown }).configurations;
    expect(results(a.stdout)).toEqual(results(b.stdout));
  });
});

describe('item 19: files saved as Windows-1252 (Excel "CSV", Notepad "ANSI") are read with €, dashes and curly quotes', () => {
  // the 27 characters that Windows-1252 puts in 0x80–0x9F, where Latin-1 has control characters
  const HIGH = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';
  const BYTES = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];

  /** `text` as Windows-1252 bytes, built here rather than with a decoder under test. */
  function windows1252(text: string): Uint8Array {
    return Uint8Array.from([...text], (c) => {
      const code = c.codePointAt(0) ?? 0;
      if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
      const byte = BYTES[HIGH.indexOf(c)];
      if (byte === undefined) throw new Error(`${c} is not Windows-1252`);
      return byte;
    });
  }

  const label = 'Huidige GR – “samen” ‘nu’ € 5… (é)';
  const files = () => ({ 'regio.yaml': windows1252(textOf(edit('regio.yaml', ['gr: { label: Huidige GR,', `gr: { label: "${label}",`]), 'regio.yaml')) });

  it('a label with an en dash, curly quotes, € and … arrives as written, in the JSON and on the terminal', async () => {
    expect(files()['regio.yaml']).toContain(0x96); // really Windows-1252, not UTF-8
    const json = await run(files(), ['run', 'regio.yaml', '--json']);
    expect(json.code, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { configurations: Record<string, { label: string }> }).configurations.gr?.label).toBe(label);
    const terminal = await run(files(), ['run', 'noord.yaml', '--out', 'out']);
    expect(terminal.code, terminal.stderr).toBe(0);
    expect(terminal.stdout).toContain(label);
  });

  it('every one of the 27 characters of 0x80–0x9F decodes to itself', async () => {
    const result = await run({ 'regio.yaml': windows1252(textOf(edit('regio.yaml', ['gr: { label: Huidige GR,', `gr: { label: "${HIGH}",`]), 'regio.yaml')) }, ['run', 'regio.yaml', '--json']);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain(`"label": "${HIGH}"`);
  });

  it('a byte that Windows-1252 leaves undefined (0x81) is refused at its line, saying to save as UTF-8', async () => {
    const bytes = windows1252(textOf(edit('regio.yaml', ['gr: { label: Huidige GR,', 'gr: { label: "Huidige GR €",']), 'regio.yaml'));
    const at = bytes.indexOf(0x80);
    bytes[at] = 0x81;
    const line = Buffer.from(bytes.subarray(0, at)).toString('latin1').split('\n').length;
    const result = await run({ 'regio.yaml': bytes });
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: regio\\.yaml:${line}$`, 'm'));
    expect(result.stderr).toContain('this file is not UTF-8, and as Windows-1252 text it holds byte 0x81, which is no character');
    expect(result.stderr).toContain('hint: save the file as UTF-8');
  });

  it('init adds a municipality to a region file saved as Windows-1252 without damaging its € and dashes, and refuses an overlong name', async () => {
    const dir = tinyCopy(files());
    copies.push(dir);
    const t = Terminal.startEnglish(['init', '.'], dir);
    await t.answer('Id of the new municipality', 'west');
    await t.answer('Name:', `${KEY.clearLine}${'n'.repeat(101)}`);
    await t.waitFor('at most 100 characters');
    t.type(KEY.clearLine);
    await t.answer('', 'West');
    await t.answer('CBS code', '');
    await t.answer('Inhabitants:', '12000');
    await describeCohorts(t);
    await t.answer('Add west.yaml to the municipalities', '');
    await placeWestAsNow(t);
    await t.waitFor('Written:');
    expect(await t.exit()).toBe(0);
    const region = readFileSync(join(dir, 'regio.yaml'), 'utf8');
    expect(region).toContain(`label: "${label}"`);
    expect(region).toContain('west.yaml');
    const result = runCliEnglish(['run', 'west.yaml', '--json'], { cwd: dir });
    expect(result.code, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { configurations: Record<string, { label: string }> }).configurations.gr?.label).toBe(label);
  });

  it('an employee CSV saved as Windows-1252 with € and curly quotes in an unused column is read; an undefined byte is refused at its line', async () => {
    const [header = '', ...rows] = fixture('data/noord.csv').trimEnd().split('\n');
    const csv = (note: string) => windows1252([`${header},opmerking`, ...rows.map((r, i) => `${r},${i === 2 ? note : 'x'}`)].join('\r\n') + '\r\n');
    const read = await run({ 'data/noord.csv': csv('“€ 5–6”') });
    expect(read.code, read.stderr).toBe(0);
    const bytes = csv('€');
    bytes[bytes.indexOf(0x80)] = 0x9d;
    const refused = await run({ 'data/noord.csv': bytes });
    expect(refused.code, refused.stderr).toBe(1);
    expect(refused.stderr).toMatch(/^error: data\/noord\.csv:4$/m);
    expect(refused.stderr).toContain('byte 0x9D');
  });
});
