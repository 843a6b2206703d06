/**
 * How a work form may be written where a person types it (a CSV from an HR system, an answer):
 * as its id (`beschut_binnen`) or its label (`Beschut binnen`), in any capitals, with spaces,
 * hyphens or underscores between the words. One rule, {@link workFormKey}, makes both sides
 * alike before they are compared (docs/input-format.md, "Work forms").
 */

/** `Beschut binnen`, ` beschut-binnen `, `BESCHUT_BINNEN` → `beschut_binnen`. */
export function workFormKey(written: string): string {
  return written.trim().toLocaleLowerCase('nl-NL').replace(/[\s_-]+/g, '_');
}

/** A work form of the region: its id and the label the region file gives it. */
export interface WorkFormName {
  readonly id: string;
  readonly label: string;
}

/**
 * A finder of the region's work form a person meant: by id or label, by {@link workFormKey};
 * undefined for what is none of them. Two work forms that the rule cannot tell apart (ids
 * `a_b` and `a-b`) are matched only as written exactly.
 */
export function workFormFinder(forms: readonly WorkFormName[]): (written: string) => string | undefined {
  const byKey = new Map<string, string | null>();
  for (const form of forms) {
    for (const key of new Set([workFormKey(form.id), workFormKey(form.label)])) {
      const other = byKey.get(key);
      byKey.set(key, other === undefined || other === form.id ? form.id : null);
    }
  }
  const ids = new Set(forms.map((f) => f.id));
  return (written) => (ids.has(written) ? written : byKey.get(workFormKey(written)) ?? undefined);
}
