// `npm run check:docx`: the council summaries as Word documents open in LibreOffice Writer.
// Writes the shipped region's reports, converts Almelo's and the region's .docx to PDF with
// LibreOffice (as a council's griffie would print them) and checks the PDF's text and its two
// pictures with poppler's pdftotext and pdfimages. Slow (LibreOffice starts), so not part of
// `npm test`; CI runs it after the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'soweco-bc-check-docx-'));
const failures = [];

/** What each document's PDF must show: its title, headings, captions and every configuration. */
const CONFIGURATIONS = [
  'Huidige GR (status quo)', 'Soweco als Maatschappelijke Onderneming', 'Ieder zelf (gemeentelijke uitvoering)',
  'Samen met vier (voorstel RvC)', 'Gerealiseerd per 2021 (NUO, DVO en lokale partners)',
];
const EXPECTED = {
  'almelo-samenvatting': ['Businesscase uitvoering WSW — Almelo', 'Uitkomst', 'Belangrijkste aannames', 'Figuur 1.', 'Figuur 2.', 'Tabel 1.', 'Tabel 2.', ...CONFIGURATIONS],
  'regio-soweco-samenvatting': ['alle gemeenten samen', 'Wie gaat erop vooruit', 'Figuur 1.', 'Figuur 2.', 'Tabel 1.', ...CONFIGURATIONS],
};

try {
  const out = join(work, 'reports');
  execFileSync(process.execPath, [join(ROOT, 'bin/soweco-bc.js'), 'batch', join(ROOT, 'scenarios/regio-soweco.yaml'), '--out', out, '--jobs', '1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const names = Object.keys(EXPECTED);
  execFileSync('soffice', [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--nologo', '--nodefault', '--nolockcheck',
    '--convert-to', 'pdf', '--outdir', join(work, 'pdf'), ...names.map((n) => join(out, `${n}.docx`))], { stdio: 'ignore', timeout: 300_000 });
  for (const name of names) check(name, join(work, 'pdf', `${name}.pdf`));
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) console.error(`check:docx: ${f}`);
  process.exit(1);
}
console.log(`check:docx: ${Object.keys(EXPECTED).length} Word documents opened in LibreOffice Writer, with their text and two charts each`);

function check(name, pdf) {
  // soffice exits 0 even when it could not open a document
  if (!existsSync(pdf)) return void failures.push(`${name}.docx: LibreOffice wrote no PDF (it could not open the document)`);
  const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  for (const expected of EXPECTED[name]) {
    if (!text.includes(expected)) failures.push(`${name}.pdf lacks "${expected}"`);
  }
  // `pdfimages -list` lists each picture as "image", its transparency as "smask"
  const images = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).split('\n').filter((line) => /^\s*\d+\s+\d+\s+image\b/.test(line));
  if (images.length !== 2) failures.push(`${name}.pdf has ${images.length} pictures, expected the 2 charts`);
}
