import { readFileSync } from 'node:fs';

/** The version in package.json. */
export function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

/** The version with the commit the build was made from: `1.0.0 (commit 3f2a9c1b7d4e)`. */
export function versionWithCommit(): string {
  let commit = 'unknown';
  try {
    commit = (JSON.parse(readFileSync(new URL('../build-info.json', import.meta.url), 'utf8')) as { commit: string }).commit;
  } catch {
    // built without build-info.json (a plain `tsc`): say so rather than fail
  }
  return `${packageVersion()} (commit ${commit})`;
}
