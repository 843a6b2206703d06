import type { Language } from '../report/i18n/index.js';

/** Who else's report a name belongs to: a municipality (batch writes `<id>.xlsx`), or another file of the run. */
export type NameOwner = { readonly kind: 'municipality'; readonly id: string } | { readonly kind: 'file'; readonly path: string };

/** The texts about the names of the reports of a run (run-report-names.ts), in the user's language. */
export interface ReportNameTexts {
  readonly taken: (file: string, name: string, owner: NameOwner) => string;
  readonly reserved: (file: string, name: string, device: string) => string;
  readonly hint: string;
  /** `sensitivity`, `risk` or `solve` on a region file with `--out`. */
  readonly regionAnalysis: (command: string) => string;
  readonly regionAnalysisHint: string;
}

const EN: ReportNameTexts = {
  taken: (file, name, owner) =>
    `reports are named after the file run: ${file} would write ${name}, the name of the report of ${owner.kind === 'municipality' ? `municipality "${owner.id}"` : owner.path}`,
  reserved: (file, name, device) => `reports are named after the file run: ${file} would write ${name}, which is not a possible file name on Windows (${device} is reserved for a device)`,
  hint: 'give the file a name of its own (a copy, or a variant with extends:, works the same); nothing was written',
  regionAnalysis: (command) => `${command} on a region file writes no workbook: its sheets belong to a municipality's workbook`,
  regionAnalysisHint: 'run it on a municipality file for the workbook, write the region\'s reports with run or batch, or leave out --out',
};

const NL: ReportNameTexts = {
  taken: (file, name, owner) =>
    `rapporten heten naar het bestand dat u draait: ${file} zou ${name} schrijven, de naam van het rapport van ${owner.kind === 'municipality' ? `gemeente "${owner.id}"` : owner.path}`,
  reserved: (file, name, device) => `rapporten heten naar het bestand dat u draait: ${file} zou ${name} schrijven, en dat kan op Windows geen bestandsnaam zijn (${device} is daar een apparaat)`,
  hint: 'geef het bestand een eigen naam (een kopie, of een variant met extends:, werkt hetzelfde); er is niets geschreven',
  regionAnalysis: (command) => `${command} op een regiobestand schrijft geen werkmap: de bladen ervan horen bij de werkmap van een gemeente`,
  regionAnalysisHint: 'draai het op een gemeentebestand voor de werkmap, schrijf de rapporten van de regio met run of batch, of laat --out weg',
};

/** The texts of {@link ReportNameTexts} in `language`. */
export function reportNameTexts(language: Language): ReportNameTexts {
  return language === 'nl' ? NL : EN;
}
