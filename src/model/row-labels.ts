/**
 * The names of the rows a line's formula shows that need no more than a name, such as its
 * base amount or volume factor; their words, per language, are in the workbook's labels.
 */
export const ROW_LABELS = ['base', 'organisation_se', 'volume_factor', 'organisation_total', 'rate', 'inhabitants'] as const;

export type RowLabelName = (typeof ROW_LABELS)[number];
