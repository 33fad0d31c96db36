// A new relationship prefilled the way the Data Studio fills its field setup, and the existing
// junctions a new many-to-many can reuse instead of creating a duplicate.
import type { ForeignKeyAction } from '../directus-types';
import type { RelationshipKind } from '../model';
import type { ModelIndex } from '../model-index';
import { junctionField, oneField } from '../relation-meta';
import type { JunctionChoice, NewRelationship } from './change';
import { freeCollectionName, freeFieldName, keyName } from './naming';

export const JUNCTION_KINDS: readonly RelationshipKind[] = ['m2m', 'm2a', 'translations', 'files'];
export const isJunctionKind = (kind: RelationshipKind) => JUNCTION_KINDS.includes(kind);

/** Where the related collection is fixed by the kind. */
export function fixedRelated(kind: RelationshipKind): string | null {
  return kind === 'file' || kind === 'files' ? 'directus_files' : null;
}

/**
 * The Data Studio's default: SET NULL, except NO ACTION for a self-reference (SQL Server
 * refuses SET NULL/CASCADE there as "cycles or multiple cascade paths") and for a NOT NULL field.
 */
export function defaultOnDelete(
  index: ModelIndex,
  collection: string,
  field: string,
  related: string,
): ForeignKeyAction {
  if (collection === related) return 'NO ACTION';
  if (index.field(collection, field)?.schema?.is_nullable === false) return 'NO ACTION';
  return 'SET NULL';
}

/** The default junction for a kind, named as the Data Studio names it. */
export function defaultJunction(
  index: ModelIndex,
  kind: RelationshipKind,
  collection: string,
  field: string,
  related: string[],
): JunctionChoice | null {
  if (!isJunctionKind(kind)) return null;
  const first = related[0] ?? '';
  const base =
    kind === 'm2a'
      ? `${collection}_${field}`
      : kind === 'translations'
        ? `${collection}_translations`
        : kind === 'files'
          ? `${collection}_files`
          : `${collection}_${first}`;
  const parentKey = keyName(index, collection);
  let relatedKey =
    kind === 'm2a'
      ? 'item'
      : kind === 'files'
        ? 'directus_files_id'
        : index.primaryKey(first)
          ? keyName(index, first)
          : `${first}_${kind === 'translations' ? 'code' : 'id'}`;
  if (relatedKey === parentKey) relatedKey = `related_${relatedKey}`;
  return { collection: freeCollectionName(index, base), parentKey, relatedKey, reuse: false };
}

export function defaultNewRelationship(
  index: ModelIndex,
  kind: RelationshipKind,
  collection: string,
  related: string[],
): NewRelationship {
  const fixed = fixedRelated(kind);
  const targets = fixed ? [fixed] : kind === 'translations' && related.length === 0 ? ['languages'] : related;
  const first = targets[0] ?? '';
  const field =
    kind === 'm2o'
      ? freeFieldName(index, collection, keyName(index, first))
      : kind === 'file'
        ? freeFieldName(index, collection, 'file')
        : kind === 'translations'
          ? freeFieldName(index, collection, 'translations')
          : kind === 'files'
            ? freeFieldName(index, collection, 'files')
            : kind === 'm2a'
              ? freeFieldName(index, collection, 'items')
              : freeFieldName(index, collection, first || 'items');
  const reverseField = kind === 'o2m' ? freeFieldName(index, first, keyName(index, collection)) : null;
  return {
    kind,
    collection,
    field,
    related: targets,
    reverseField,
    junction: defaultJunction(index, kind, collection, field, targets),
    useExistingField: false,
    sortField: null,
    deselectAction: 'nullify',
    onDelete:
      kind === 'm2o' || kind === 'file'
        ? defaultOnDelete(index, collection, field, first)
        : kind === 'o2m'
          ? defaultOnDelete(index, first, reverseField ?? '', collection)
          : 'SET NULL',
    relatedOnDelete: 'SET NULL',
  };
}

export interface ReusableJunction extends JunctionChoice {
  /** The parent side already has its alias: reusing it would duplicate that many-to-many. */
  parentAlias: string | null;
}

/** Junctions that already link `collection` and `related` as a many-to-many pair. */
export function reusableJunctions(
  index: ModelIndex,
  collection: string,
  related: string,
): ReusableJunction[] {
  const found: ReusableJunction[] = [];
  for (const relationship of index.relationships) {
    if (!relationship.junction || relationship.kind === 'm2a') continue;
    for (const toParent of relationship.relations) {
      const other = relationship.relations.find((r) => r !== toParent);
      if (!other || toParent.related_collection !== collection || other.related_collection !== related)
        continue;
      if (junctionField(toParent) !== other.field) continue;
      found.push({
        collection: toParent.collection,
        parentKey: toParent.field,
        relatedKey: other.field,
        reuse: true,
        parentAlias: oneField(toParent),
      });
    }
  }
  return found;
}

/** The relation that owns the new relationship (the junction's relation to the parent, or the foreign key). */
export function owningRelation(spec: NewRelationship): { collection: string; field: string } {
  if (spec.junction) return { collection: spec.junction.collection, field: spec.junction.parentKey };
  if (spec.kind === 'o2m') return { collection: spec.related[0] ?? '', field: spec.reverseField ?? '' };
  return { collection: spec.collection, field: spec.field };
}

/** The id the new relationship will have: the key of the relation that owns it. */
export function newRelationshipId(spec: NewRelationship): string {
  const { collection, field } = owningRelation(spec);
  return `${collection}.${field}`;
}
