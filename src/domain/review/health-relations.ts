// Findings about relation rows themselves: untracked ones, key types that cannot match, and
// junctions shared by two relationships.
import { isSystemCollection } from '../collections';
import type { Change } from '../changes/change';
import type { DirectusRelation } from '../directus-types';
import { canHoldKey, keysCompatible, keyStorage } from '../key-types';
import { relationKey } from '../model';
import type { ModelIndex, PrimaryKey } from '../model-index';
import { allowedCollections, isManyToAnyItem } from '../relation-meta';
import { at } from './health-inference';
import type { Finding } from './health-types';

const uniqueRelations = (index: ModelIndex) =>
  index.schema.relations.filter((r) => index.relation(r.collection, r.field) === r);

/**
 * PATCH /relations on a relation without meta makes Directus create its directus_relations row
 * (RelationsService.updateOne); the PATCH also re-creates the foreign key from the body's
 * schema, which is why `after` keeps the relation's schema as it is.
 */
function track(relation: DirectusRelation): Change {
  return {
    type: 'updateRelation',
    before: relation,
    after: {
      ...relation,
      meta: {
        many_collection: relation.collection,
        many_field: relation.field,
        one_collection: relation.related_collection,
        one_field: null,
        one_collection_field: null,
        one_allowed_collections: null,
        junction_field: null,
        sort_field: null,
        one_deselect_action: 'nullify',
      },
    },
    createFields: [],
  };
}

function untracked(relation: DirectusRelation): Finding | null {
  if (relation.meta) return null;
  const key = relationKey(relation);
  const to = relation.related_collection ?? 'no collection';
  if (isSystemCollection(relation.collection))
    return {
      code: 'untracked-relation',
      severity: 'info',
      message:
        `${key} → ${to} is Directus's own foreign key, listed without meta: snapshots of older Directus versions include it, ` +
        "today's leave untracked relations out. Nothing to fix.",
      location: at(relation),
      fix: null,
    };
  if (!relation.schema)
    return {
      code: 'relation-without-meta-or-schema',
      severity: 'warning',
      message:
        `${key} → ${to} has neither meta (Directus does not track it) nor schema (no foreign key in the database). ` +
        'No Directus server lists such a relation, so the file was probably edited by hand: create the relation in Directus, or remove it from the file.',
      location: at(relation),
      fix: null,
    };
  return {
    code: 'untracked-relation',
    severity: 'warning',
    message:
      `${key} → ${to} is a foreign key Directus does not track (meta: null): the Data Studio shows the field as a plain value, ` +
      'not as a relation, and schema snapshots leave it out.',
    location: at(relation),
    fix: track(relation),
    fixLabel: `Track ${key} in Directus (add its meta; the foreign key stays as it is)`,
  };
}

const keyLike = (key: PrimaryKey) => key.declared ?? { type: key.type, meta: null, schema: null };

function keyTypes(index: ModelIndex, relation: DirectusRelation): Finding[] {
  const column = index.field(relation.collection, relation.field);
  if (!column) return [];
  const key = relationKey(relation);
  const item = isManyToAnyItem(relation);
  const targets =
    relation.related_collection != null
      ? [relation.related_collection]
      : item
        ? allowedCollections(relation)
        : [];
  return targets.flatMap((target): Finding[] => {
    const primary = index.primaryKey(target);
    if (!primary) return [];
    const fits = item ? canHoldKey(column, keyLike(primary)) : keysCompatible(column, keyLike(primary));
    if (fits) return [];
    const stores = keyStorage(column);
    const needs = keyStorage(keyLike(primary));
    return [
      {
        code: 'key-type-mismatch',
        severity: 'error',
        message: item
          ? `The many-to-any item ${key} stores ${stores} and cannot hold the ${needs} keys of ${target}.`
          : `${key} stores ${stores} but points at ${target}.${primary.field}, which stores ${needs}. ` +
            'PostgreSQL refuses such a foreign key; SQLite accepts it and the relation never matches.',
        location: at(relation),
        fix: null,
      },
    ];
  });
}

/** Two relationships on one junction confuse Directus, which looks them up by collection (directus#22651). */
function sharedJunctions(index: ModelIndex): Finding[] {
  const byJunction = new Map<string, string[]>();
  for (const relationship of index.relationships) {
    const junction = relationship.junction?.collection;
    if (!junction) continue;
    byJunction.set(junction, [...(byJunction.get(junction) ?? []), relationship.id]);
  }
  return [...byJunction]
    .filter(([, ids]) => ids.length > 1)
    .map(([junction, ids]) => ({
      code: 'shared-junction' as const,
      severity: 'warning' as const,
      message:
        `${junction} is the junction of ${ids.length} relationships (${ids.join(', ')}). Directus finds junction relations ` +
        'by collection and mixes them up (directus#22651): give each relationship its own junction.',
      location: { collection: junction },
      fix: null,
    }));
}

export function relationFindings(index: ModelIndex): Finding[] {
  const relations = uniqueRelations(index);
  return [
    ...relations.flatMap((r) => [untracked(r)].filter((f): f is Finding => f !== null)),
    ...relations.flatMap((r) => keyTypes(index, r)),
    ...sharedJunctions(index),
  ];
}
