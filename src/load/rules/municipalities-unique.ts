import { resolve } from 'node:path';
import type { Issue } from '../../errors.js';
import { pathRelativeTo } from '../input-file.js';
import { yamlMessages } from '../messages.js';
import type { YamlFile } from '../yaml-document.js';
import { checkMessages as checks } from '../check-messages.js';

/** Every file under the region's `municipalities` is listed once (by where it is, however it is written). */
export function checkListedOnce(region: YamlFile, named: readonly string[]): Issue[] {
  const paths = named.map((n) => resolve(pathRelativeTo(region.file, n)));
  return paths.flatMap((p, i) =>
    paths.indexOf(p) === i ? [] : [{ at: region.locate(['municipalities', i]), message: yamlMessages.listedTwice(named[i] ?? p), hint: yamlMessages.listedTwiceHint }],
  );
}

/** Every municipality file of a region has its own `municipality.id`; a repeat is reported where it is written. */
export function checkIdsUnique(files: readonly { readonly path: string; readonly id?: string; readonly yaml: YamlFile }[]): Issue[] {
  return files.flatMap((f, i) => {
    const first = files.findIndex((g) => g.id === f.id);
    if (f.id === undefined || first === i) return [];
    return [{
      at: f.yaml.locate(['municipality', 'id']),
      message: checks.idUsed(f.id, files[first]?.path ?? ''),
      hint: checks.idUsedHint,
    }];
  });
}
