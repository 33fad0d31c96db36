import type { DirectusRelation } from './directus-types';
import { fieldSpecials, findField } from './fields';
import { unusedRows, warn } from './inference-context';
import type { Found, InferenceContext, RelationRow } from './inference-context';
import { relationKey } from './model';
import type { Relationship, RelationshipKind } from './model';
import { junctionField, oneField } from './relation-meta';

const FILES = 'directus_files';
const JUNCTION_ALIAS_SPECIALS = ['m2m', 'translations', 'files'];

/**
 * Claims pairs of relations on one junction collection whose junction_field name each other
 * (M2M, translations, files). A junction_field that names no such partner is reported and the
 * relation is left for the standalone pass.
 */
export function inferJunctionPairs(context: InferenceContext): Found[] {
  const found: Found[] = [];
  for (const row of unusedRows(context)) {
    if (context.used.has(row.index)) continue;
    const wanted = junctionField(row.relation);
    if (!wanted) continue;
    const partner = unusedRows(context).find(
      (other) =>
        other.index !== row.index &&
        other.relation.collection === row.relation.collection &&
        other.relation.field === wanted &&
        junctionField(other.relation) === row.relation.field,
    );
    if (!partner || row.relation.related_collection == null || partner.relation.related_collection == null) {
      warn(
        context,
        row.relation,
        'dangling-junction-field',
        `junction_field "${wanted}" of ${relationKey(row.relation)} names no relation that points back`,
      );
      continue;
    }
    context.used.add(row.index);
    context.used.add(partner.index);
    found.push({ order: row.index, relationship: pairRelationship(context, row, partner) });
  }
  return found;
}

function pairRelationship(context: InferenceContext, first: RelationRow, second: RelationRow): Relationship {
  const specials = (relation: DirectusRelation) => aliasSpecials(context, relation);
  const [parent, other] = chooseParent(first.relation, second.relation, specials);
  const kind = pairKind(first.relation, second.relation, specials);
  return {
    id: relationKey(parent),
    kind,
    relations: [parent, other],
    source: { collection: parent.related_collection ?? parent.collection, field: oneField(parent) },
    targets: [{ collection: other.related_collection ?? other.collection, field: oneField(other) }],
    junction: { collection: parent.collection, parentField: parent.field, relatedField: other.field },
  };
}

type Specials = (relation: DirectusRelation) => string[];

function aliasSpecials(context: InferenceContext, relation: DirectusRelation): string[] {
  const alias = oneField(relation);
  if (!alias || relation.related_collection == null) return [];
  return fieldSpecials(findField(context.fields, relation.related_collection, alias));
}

function pairKind(a: DirectusRelation, b: DirectusRelation, specials: Specials): RelationshipKind {
  if ([a, b].some((r) => specials(r).includes('translations'))) return 'translations';
  if ([a, b].some((r) => r.related_collection === FILES)) return 'files';
  return 'm2m';
}

/**
 * The parent is the side whose alias opens the relationship in the Data Studio. With aliases
 * on both sides, the one marked m2m/translations/files wins (the reverse is often plain o2m);
 * with none, the side that is not directus_files. A tie goes to the relation Directus created
 * first (the lower meta.id: the Data Studio, and Relata, create the parent's first), then to the
 * smaller relation key. Never to input order: GET /relations lists a junction's relations newest
 * first on SQLite, so a new M2M aliased on both sides would change parent, and id, once read back.
 */
function chooseParent(
  a: DirectusRelation,
  b: DirectusRelation,
  specials: Specials,
): [DirectusRelation, DirectusRelation] {
  const aliasA = oneField(a) != null;
  const aliasB = oneField(b) != null;
  const marked = (r: DirectusRelation) => specials(r).some((s) => JUNCTION_ALIAS_SPECIALS.includes(s));
  if (aliasA !== aliasB) return aliasA ? [a, b] : [b, a];
  if (aliasA && marked(a) !== marked(b)) return marked(a) ? [a, b] : [b, a];
  const files = (r: DirectusRelation) => r.related_collection === FILES;
  if (!aliasA && files(a) !== files(b)) return files(a) ? [b, a] : [a, b];
  return createdFirst(a, b);
}

function createdFirst(a: DirectusRelation, b: DirectusRelation): [DirectusRelation, DirectusRelation] {
  const idA = a.meta?.id;
  const idB = b.meta?.id;
  if (idA != null && idB != null && idA !== idB) return idA < idB ? [a, b] : [b, a];
  return relationKey(a) <= relationKey(b) ? [a, b] : [b, a];
}
