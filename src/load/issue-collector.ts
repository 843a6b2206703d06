import type { Issue } from '../errors.js';
import type { FieldPath } from './field-path.js';
import type { YamlFile } from './yaml-document.js';

/** Collects the problems of one YAML file, each at the place of its field. */
export interface IssueCollector {
  readonly yaml: YamlFile;
  readonly issues: Issue[];
  /** Records a problem with the field at `path` (at its key when `key` is set). */
  report(path: FieldPath, message: string, hint?: string, options?: { key?: boolean }): void;
}

export function collectIssues(yaml: YamlFile, issues: Issue[] = []): IssueCollector {
  return {
    yaml,
    issues,
    report(path, message, hint, options) {
      const at = yaml.locate(path, options);
      issues.push(hint === undefined ? { at, message } : { at, message, hint });
    },
  };
}
