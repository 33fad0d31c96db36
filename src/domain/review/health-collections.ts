// Findings about collections that relations and fields name but the model does not hold.
//
// A collection exists when collections[] declares it, when it is Directus's own (snapshots never
// declare those), or when fields[] has fields for it: then the table is there and only its
// declaration is missing (a snapshot cut by hand). A name with none of these is gone.
import { isSystemCollection } from '../collections';
import type { Change } from '../changes/change';
import type { DirectusRelation } from '../directus-types';
import { relationKey } from '../model';
import type { ModelIndex } from '../model-index';
import { allowedCollections, isManyToAnyItem } from '../relation-meta';
import { at } from './health-inference';
import type { Finding } from './health-types';

interface Presence {
  declared: (name: string) => boolean;
  hasFields: (name: string) => boolean;
  exists: (name: string) => boolean;
}

function presence(index: ModelIndex): Presence {
  const withFields = new Set(index.schema.fields.map((f) => f.collection));
  const declared = (name: string) => index.collection(name) !== undefined;
  const hasFields = (name: string) => withFields.has(name);
  return {
    declared,
    hasFields,
    exists: (name) => declared(name) || isSystemCollection(name) || hasFields(name),
  };
}

function uniqueRelations(index: ModelIndex): DirectusRelation[] {
  return index.schema.relations.filter((r) => index.relation(r.collection, r.field) === r);
}

function undeclared(index: ModelIndex, p: Presence): Finding[] {
  const relations = uniqueRelations(index);
  const names = new Set<string>(index.schema.fields.map((f) => f.collection));
  for (const r of relations)
    for (const name of [r.collection, r.related_collection, ...allowedCollections(r)])
      if (name) names.add(name);
  return [...names]
    .filter((name) => !p.declared(name) && !isSystemCollection(name) && p.hasFields(name))
    .sort()
    .map((name): Finding => {
      const fields = index.fields(name).length;
      const used = relations.filter(
        (r) => r.collection === name || r.related_collection === name || allowedCollections(r).includes(name),
      ).length;
      return {
        code: 'undeclared-collection',
        severity: 'error',
        message:
          `${name} has ${fields} field${fields === 1 ? '' : 's'} and ${used} relation${used === 1 ? '' : 's'} but is not in collections[]. ` +
          'The snapshot is incomplete (cut by hand?) or the collection was removed without its fields; Directus cannot apply it as it is.',
        location: { collection: name },
        fix: null,
      };
    });
}

/** Directus's RelationsService.deleteOne refuses a relation whose collection or field is gone. */
function deleteRelation(index: ModelIndex, relation: DirectusRelation): Change | null {
  if (!index.field(relation.collection, relation.field)) return null;
  return { type: 'deleteRelation', relation, deleteField: false };
}

function missingEnds(index: ModelIndex, p: Presence): Finding[] {
  return uniqueRelations(index).flatMap((relation): Finding[] => {
    const key = relationKey(relation);
    if (!p.exists(relation.collection))
      return [
        {
          code: 'orphan-relation',
          severity: 'warning',
          message:
            `${key} belongs to ${relation.collection}, which has no declaration and no fields: the collection is gone and its relation row was left behind. ` +
            "Directus's API refuses to delete a relation whose collection is gone, so remove the row from directus_relations (or from this file).",
          location: at(relation),
          fix: null,
        },
      ];
    const related = relation.related_collection;
    if (related && !p.exists(related)) {
      const fix = deleteRelation(index, relation);
      return [
        {
          code: 'missing-related-collection',
          severity: 'error',
          message: `${key} points at ${related}, which does not exist. Deleting the relation keeps the column ${key} and its values.`,
          location: at(relation),
          fix,
          ...(fix ? { fixLabel: `Delete the relation ${key} (the field stays)` } : {}),
        },
      ];
    }
    return isManyToAnyItem(relation) ? missingAllowed(relation, p) : [];
  });
}

/** Directus drops a deleted collection from every one_allowed_collections (CollectionsService.deleteOne); the fix does the same. */
function missingAllowed(relation: DirectusRelation, p: Presence): Finding[] {
  const allowed = allowedCollections(relation);
  const missing = allowed.filter((name) => !p.exists(name));
  if (missing.length === 0) return [];
  const rest = allowed.filter((name) => p.exists(name));
  const key = relationKey(relation);
  const fix: Change | null =
    relation.meta && rest.length > 0
      ? {
          type: 'updateRelation',
          before: relation,
          after: { ...relation, meta: { ...relation.meta, one_allowed_collections: rest } },
          createFields: [],
        }
      : null;
  return [
    {
      code: 'missing-allowed-collection',
      severity: 'warning',
      message: `The many-to-any ${key} allows ${missing.join(', ')}, which ${missing.length === 1 ? 'does' : 'do'} not exist.`,
      location: at(relation),
      fix,
      ...(fix ? { fixLabel: `Remove ${missing.join(', ')} from the allowed collections` } : {}),
    },
  ];
}

export function collectionFindings(index: ModelIndex): Finding[] {
  const p = presence(index);
  return [...undeclared(index, p), ...missingEnds(index, p)];
}
