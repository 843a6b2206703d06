import type { Issue, SourceRef } from '../../errors.js';
import { municipalityReportNames, regionReportNames, reservedDevice } from '../../model/report-names.js';
import { reportNameMessages } from '../messages.js';

/** An id that names report files, and where it is written. */
export interface NamedOwner {
  readonly kind: 'municipality' | 'region';
  readonly id: string;
  readonly at: SourceRef;
}

/**
 * Every report of a region has a file name of its own, and one that every file system
 * accepts: no two names that are equal when letter case is ignored (Windows and macOS do not
 * tell them apart), and no name reserved on Windows. (The id schema already keeps out path
 * separators, `..`, leading and trailing dots and spaces, and ids longer than 64 characters,
 * so every name stays far below the 255 bytes a file name may have.) A problem is reported at
 * the municipality's id; two municipalities with the very same id are reported elsewhere
 * (municipalities-unique.ts).
 */
export function checkReportNames(region: NamedOwner, municipalities: readonly NamedOwner[]): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, { owner: NamedOwner; name: string }>();
  for (const owner of [region, ...municipalities]) {
    const reported = new Set<NamedOwner>(); // one issue per pair of owners, at the first name they share
    for (const name of namesOf(owner)) {
      const unsafe = unsafeName(name);
      if (unsafe !== undefined) issues.push({ at: owner.at, message: reportNameMessages.unsafe(describe(owner), name, unsafe), hint: reportNameMessages.hint });
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, { owner, name });
      } else if (!reported.has(first.owner) && !(first.owner.kind === owner.kind && first.owner.id === owner.id)) {
        reported.add(first.owner);
        const message = first.name === name
          ? reportNameMessages.clash(describe(owner), describe(first.owner), first.owner.at, name)
          : reportNameMessages.caseClash(describe(owner), describe(first.owner), first.owner.at, name, first.name);
        issues.push({ at: owner.at, message, hint: reportNameMessages.hint });
      }
    }
  }
  return issues;
}

/** Why a name cannot be a file name everywhere, if it cannot. */
function unsafeName(name: string): string | undefined {
  const device = reservedDevice(name);
  return device === undefined ? undefined : reportNameMessages.reserved(device);
}

function namesOf(owner: NamedOwner): string[] {
  const names = owner.kind === 'region' ? regionReportNames(owner.id) : municipalityReportNames(owner.id);
  return [names.workbook, names.summary];
}

function describe(owner: NamedOwner): string {
  return `${owner.kind} "${owner.id}"`;
}
