/** A path into a YAML document: map keys and sequence indices. */
export type FieldPath = readonly (string | number)[];

/** The path as the user reads it: `models.gr.lines[2].amount`. */
export function formatFieldPath(path: FieldPath): string {
  return path.reduce<string>((text, segment) => {
    if (typeof segment === 'number') return `${text}[${segment}]`;
    return text === '' ? segment : `${text}.${segment}`;
  }, '');
}
