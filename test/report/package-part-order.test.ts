import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { project } from '../../src/engine/index.js';
import { loadScenario } from '../../src/load/index.js';
import { buildComparisonWorkbook } from '../../src/report/comparison/index.js';
import { buildMunicipalityWorkbook } from '../../src/report/workbook/index.js';
import { TINY } from '../support/testdir.js';

// Issue 16: the parts of a workbook are sorted by code unit instead of by localeCompare, whose
// first call costs the start-up of ICU's collation. For the parts a workbook holds, both
// orders are the same: the workbooks keep their bytes.

const SETTLED = fileURLToPath(new URL('../fixtures/tiny-settlement', import.meta.url));
const TIMEOUT = 60_000;

async function partNames(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  return Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name);
}

/** The order the parts were zipped in before: [Content_Types].xml first, the rest by localeCompare. */
function byLocaleCompare(names: readonly string[]): string[] {
  const first = '[Content_Types].xml';
  return [...names].sort((a, b) => (a === first ? -1 : b === first ? 1 : a.localeCompare(b)));
}

describe('the parts of a package', () => {
  it('of a workbook with charts are in the order localeCompare gave them', async () => {
    const bytes = await buildMunicipalityWorkbook(project(loadScenario(join(TINY, 'noord.yaml'))), 'noord', { language: 'nl', version: '9.9.9' });
    const names = await partNames(bytes);
    expect(names.some((n) => n.startsWith('xl/charts/'))).toBe(true);
    expect(names).toEqual(byLocaleCompare(names));
  }, TIMEOUT);

  it('of a regional comparison of a settled region are in the order localeCompare gave them', async () => {
    const bytes = await buildComparisonWorkbook(project(loadScenario(join(SETTLED, 'regio.yaml'))), { language: 'en', version: 'test' });
    const names = await partNames(bytes);
    expect(names.length).toBeGreaterThan(10);
    expect(names).toEqual(byLocaleCompare(names));
  }, TIMEOUT);
});
