// Relata's vocabulary, written once. Directus names the many-to-any item side twice:
// "m2a" in the Data Studio and "a2o" in the API; here it is always "m2a".
import type { DirectusRelation } from './directus-types';

export type RelationshipKind = 'm2o' | 'o2m' | 'm2m' | 'm2a' | 'translations' | 'file' | 'files';

export const KIND_LABEL: Record<RelationshipKind, string> = {
  m2o: 'M2O',
  o2m: 'O2M',
  m2m: 'M2M',
  m2a: 'M2A',
  translations: 'translations',
  file: 'file',
  files: 'files',
};

/** A relation is addressed by its many side, exactly as the API does. */
export type RelationKey = `${string}.${string}`;
export function relationKey(relation: Pick<DirectusRelation, 'collection' | 'field'>): RelationKey {
  return `${relation.collection}.${relation.field}`;
}

export interface Junction {
  collection: string;
  /** The junction's foreign key to the parent (the side whose alias opens the relationship). */
  parentField: string;
  /** The junction's other key: to the related collection, or the M2A `item` field. */
  relatedField: string;
}

/**
 * One relationship as a Directus user thinks of it: a single M2O (optionally with its O2M
 * alias), or a junction-based pair of relations (M2M, translations, files, M2A).
 */
export interface Relationship {
  /**
   * Stable id: the key of the relation that owns it (for junction kinds the junction's relation
   * to the parent), so it survives a change of kind (an M2O gaining its O2M alias).
   */
  id: string;
  kind: RelationshipKind;
  /** The relation rows behind it; for junction kinds the parent-side relation comes first. */
  relations: DirectusRelation[];
  /** The owning side: the FK collection for M2O/O2M/file, the parent for junction kinds. */
  source: { collection: string; field: string | null };
  /** The related side(s). M2A has one per allowed collection; a dangling M2A may have none. */
  targets: { collection: string; field: string | null }[];
  junction: Junction | null;
}

/** Why a relation did not fit Directus's own rules; inference still keeps the relation. */
export type InferenceWarningCode =
  | 'duplicate-relation'
  | 'dangling-junction-field'
  | 'm2a-without-partner'
  | 'm2a-half-configured'
  | 'missing-alias-field'
  | 'missing-related-collection';

export interface InferenceWarning {
  relation: RelationKey;
  message: string;
  code: InferenceWarningCode;
}

export interface InferredModel {
  relationships: Relationship[];
  warnings: InferenceWarning[];
}
