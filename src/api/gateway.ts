// How Relata reaches Directus: one interface, one implementation per dialect (current REST,
// the id-addressed REST of the 9.0 release candidates, GraphQL), and a snapshot file read with
// no server (src/api/file). The app above it plans changes; a gateway only reads the model and
// commits planned steps.
import type { Step } from '../domain/changes/steps';
import type { SchemaDiff } from '../domain/changes/verify-diff';
import type { DirectusSchema } from '../domain/directus-types';
import type { WireCall } from '../domain/editing/copy-as';
import type { Generation } from './requests/context';

export type { Generation };

export type Dialect = 'rest' | 'rest-legacy' | 'graphql' | 'file';

export const DIALECT_LABEL: Record<Dialect, string> = {
  rest: 'REST',
  'rest-legacy': 'REST (id-addressed, 9.0 RC)',
  graphql: 'GraphQL',
  file: 'Snapshot file',
};

/** What the header says: the dialect, and for GraphQL which generation of it. */
export function dialectLabel(gateway: Pick<Gateway, 'dialect' | 'generation'>): string {
  const label = DIALECT_LABEL[gateway.dialect];
  return gateway.dialect === 'graphql' && gateway.generation === 'legacy' ? `${label} (9.0 RC)` : label;
}

export interface CommitOptions {
  /** Apply even when what the steps replace changed meanwhile (the user chose Overwrite). */
  overwrite?: boolean;
}

/** What POST /schema/diff answers: the server's schema hash and what would change. */
export interface SchemaDiffResult {
  hash: string;
  diff: SchemaDiff;
}

export interface Gateway {
  readonly dialect: Dialect;
  /** The server's relations API: by collection and field, or rows by id (9.0 RCs). */
  readonly generation: Generation;
  /** Collections, fields and relations, as the signed-in user may read them. */
  readModel(signal?: AbortSignal): Promise<DirectusSchema>;
  /**
   * Applies the steps: all or nothing through /schema/apply where the server makes that
   * atomic, otherwise one call at a time, undoing the calls made if one fails. Throws
   * ConflictError (nothing applied) when what the steps replace is no longer what the server
   * holds, PartialCommitError when a failure could not be fully undone, and RelataError for
   * anything refused.
   */
  commit(steps: readonly Step[], options?: CommitOptions): Promise<void>;
  /** The calls these steps are sent as (on the ordered path), for Copy as. */
  calls(steps: readonly Step[], schema: DirectusSchema): WireCall[];
  /**
   * The Directus schema diff that makes the server hold its model with the steps made (what
   * /schema/apply takes), or null when it holds that already. Only where /schema/diff exists.
   */
  diff?(steps: readonly Step[]): Promise<SchemaDiffResult | null>;
}
