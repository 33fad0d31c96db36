import type { DirectusRelation } from './directus-types';
import { unusedRows, warn } from './inference-context';
import type { Found, InferenceContext, RelationRow } from './inference-context';
import { relationKey } from './model';
import {
  allowedCollections,
  isHalfConfiguredManyToAny,
  isManyToAnyItem,
  junctionField,
  oneField,
} from './relation-meta';

/** Claims each many-to-any item relation together with its junction partner (parent side). */
export function inferManyToAny(context: InferenceContext): Found[] {
  const found: Found[] = [];
  for (const item of unusedRows(context)) {
    if (!isManyToAnyItem(item.relation)) continue;
    context.used.add(item.index);
    if (isHalfConfiguredManyToAny(item.relation)) {
      warn(
        context,
        item.relation,
        'm2a-half-configured',
        'Directus needs both one_collection_field and one_allowed_collections for a many-to-any',
      );
    }
    const partner = findPartner(context, item);
    if (partner) context.used.add(partner.index);
    else {
      warn(
        context,
        item.relation,
        'm2a-without-partner',
        `many-to-any item ${relationKey(item.relation)} has no junction relation to its parent`,
      );
    }
    found.push({
      order: Math.min(item.index, partner?.index ?? item.index),
      relationship: partner ? withParent(item.relation, partner.relation) : withoutParent(item.relation),
    });
  }
  return found;
}

/** The relation named by the item's junction_field, preferring one that points back. */
function findPartner(context: InferenceContext, item: RelationRow): RelationRow | undefined {
  const name = junctionField(item.relation);
  if (!name) return undefined;
  const candidates = unusedRows(context).filter(
    ({ relation }) =>
      relation.collection === item.relation.collection &&
      relation.field === name &&
      relation.related_collection != null,
  );
  return candidates.find(({ relation }) => junctionField(relation) === item.relation.field) ?? candidates[0];
}

function targetsOf(item: DirectusRelation) {
  return allowedCollections(item).map((collection) => ({ collection, field: null }));
}

function withParent(item: DirectusRelation, partner: DirectusRelation) {
  return {
    id: relationKey(partner),
    kind: 'm2a' as const,
    relations: [partner, item],
    source: { collection: partner.related_collection ?? partner.collection, field: oneField(partner) },
    targets: targetsOf(item),
    junction: { collection: item.collection, parentField: partner.field, relatedField: item.field },
  };
}

/** Without its parent the junction is not recognisable as one: the item is drawn on its own. */
function withoutParent(item: DirectusRelation) {
  return {
    id: relationKey(item),
    kind: 'm2a' as const,
    relations: [item],
    source: { collection: item.collection, field: item.field },
    targets: targetsOf(item),
    junction: null,
  };
}
