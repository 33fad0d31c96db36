// How Relata reaches Directus: one interface, one implementation per dialect (current REST,
// the id-addressed REST of the 9.0 release candidates, GraphQL), and a snapshot file read with
// no server (src/api/file). The app above it plans changes; a gateway only reads the model and
// commits planned steps.
import type { Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';

export type Dialect = 'rest' | 'rest-legacy' | 'graphql' | 'file';

export const DIALECT_LABEL: Record<Dialect, string> = {
  rest: 'REST',
  'rest-legacy': 'REST (id-addressed, 9.0 RC)',
  graphql: 'GraphQL',
  file: 'Snapshot file',
};

export interface CommitOptions {
  /** Apply even when what the steps replace changed meanwhile (the user chose Overwrite). */
  overwrite?: boolean;
}

export interface Gateway {
  readonly dialect: Dialect;
  /** Collections, fields and relations, as the signed-in user may read them. */
  readModel(signal?: AbortSignal): Promise<DirectusSchema>;
  /**
   * Applies the steps all or nothing. Throws ConflictError (nothing applied) when what the
   * steps replace is no longer what the server holds, and RelataError for anything refused.
   */
  commit(steps: readonly Step[], options?: CommitOptions): Promise<void>;
}
