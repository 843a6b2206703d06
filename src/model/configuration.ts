import type { SourceRef } from '../errors.js';

/** An instance of an execution model with its members, in the region's municipality order. */
export interface Organisation {
  readonly model: string;
  readonly members: readonly string[];
  readonly at: SourceRef;
}

/** A regional scenario: every municipality in exactly one organisation (§4). */
export interface Configuration {
  readonly id: string;
  readonly label: string;
  readonly description?: string;
  readonly organisations: readonly Organisation[];
  readonly at: SourceRef;
}
