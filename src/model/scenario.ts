import type { Realised } from './realised.js';
import type { Issue } from '../errors.js';
import type { Municipality } from './municipality.js';
import type { Region } from './region.js';

/** An input file that went into a run, with its SHA-256, for the report's provenance. */
export interface InputFile {
  readonly path: string;
  readonly sha256: string;
}

/** How a scenario differs from the files it starts from: variant files and command-line overrides. */
export interface VariantInfo {
  /** The variant files, outermost first. */
  readonly files: readonly string[];
  readonly description?: string;
  /** One line per replacement, in the user's words: `rijksbijdrage_per_se (almelo-krimp.yaml)`, `--set x=1`. */
  readonly overrides: readonly string[];
}

/** Everything a run is made from: the region, all its municipalities, and the warnings of loading. */
export interface Scenario {
  readonly region: Region;
  /** In the region's order. */
  readonly municipalities: readonly Municipality[];
  /** The municipality the user named, if a municipality file was given. */
  readonly focus?: string;
  /** The region's own realised figures, its sums over the municipalities (the region file's `realised` section); absent: none stated. */
  readonly regionRealised?: Realised;
  readonly inputs: readonly InputFile[];
  readonly warnings: readonly Issue[];
  /** Present when the scenario is a variant or has `--set` overrides. */
  readonly variant?: VariantInfo;
}
