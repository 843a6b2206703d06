import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

// Run by `npm run build`: records the commit the build was made from, so that
// `soweco-bc --version` can say it (an installed package has no git history to ask).
let commit = 'unknown';
try {
  commit = execFileSync('git', ['describe', '--always', '--dirty', '--abbrev=12'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
} catch {
  // not a git checkout (a source tarball): the version alone must do
}
writeFileSync(new URL('../build-info.json', import.meta.url), `${JSON.stringify({ commit })}\n`);
