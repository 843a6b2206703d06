import { stringify } from 'yaml';

/** What a saved variant holds: the file it extends, why, and its overrides (as with `--set`). */
export interface VariantContent {
  readonly extends: string;
  readonly description: string;
  readonly set: readonly string[];
}

/** A scenario variant file (src/load/schema/variant-file.ts) as YAML text, ready to be run. */
export function variantYaml(content: VariantContent, header: string): string {
  return `${header}${stringify({ extends: content.extends, description: content.description, set: [...content.set] }, { lineWidth: 0 })}`;
}
