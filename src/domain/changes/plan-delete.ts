// Removing relations: one relation row, or a whole relationship with its alias fields and its
// junction. Relations go first, then aliases, then columns and collections, so a plan applied
// call by call loses data only at its end, when everything before it has worked.
import type { DirectusField, DirectusRelation } from '../directus-types';
import { relationKey } from '../model';
import type { ModelIndex } from '../model-index';
import { oneField } from '../relation-meta';
import type { Step } from './steps';

function fieldOf(index: ModelIndex, collection: string, field: string): DirectusField | null {
  return index.field(collection, field) ?? null;
}

export function planDeleteRelation(
  index: ModelIndex,
  relation: DirectusRelation,
  deleteField: boolean,
): Step[] {
  const current = index.relation(relation.collection, relation.field) ?? relation;
  const steps: Step[] = [{ kind: 'deleteRelation', before: current }];
  const column = deleteField ? fieldOf(index, relation.collection, relation.field) : null;
  if (column) steps.push({ kind: 'deleteField', before: column });
  return steps;
}

/** The alias fields a relation's rows name, that exist. */
function aliasesOf(index: ModelIndex, relations: readonly DirectusRelation[]): DirectusField[] {
  return relations.flatMap((relation) => {
    const alias = oneField(relation);
    const related = relation.related_collection;
    const field = alias && related ? fieldOf(index, related, alias) : null;
    return field && field.type === 'alias' ? [field] : [];
  });
}

/**
 * The other relations a junction's deletion takes with it. Directus deletes a collection with
 * every relation on it or into it, the aliases they name, and the foreign keys of other
 * collections that point into it (CollectionsService.deleteOne): planned as steps, they are
 * shown, counted as losses, and brought back by undo.
 */
function collateralOf(
  index: ModelIndex,
  junction: string,
  own: readonly DirectusRelation[],
): DirectusRelation[] {
  const mine = new Set(own.map(relationKey));
  const found = new Map<string, DirectusRelation>();
  for (const relation of [...index.relationsOut(junction), ...index.relationsIn(junction)])
    if (relation.collection === junction || relation.related_collection === junction)
      if (!mine.has(relationKey(relation))) found.set(relationKey(relation), relation);
  return [...found.values()];
}

/**
 * Not whole: the relation rows only (the fields and the junction stay). Whole: also the alias
 * fields, and the junction collection with its data (and what Directus deletes with it), or for
 * a relationship without junction the foreign-key column, so nothing is left behind.
 */
export function planDeleteRelationship(index: ModelIndex, relationshipId: string, whole: boolean): Step[] {
  const relationship = index.relationship(relationshipId);
  if (!relationship) return [];
  const own = relationship.relations.map((r) => index.relation(r.collection, r.field) ?? r);
  const junction = relationship.junction?.collection;
  const declared = junction ? index.collection(junction) : undefined;
  const collateral = whole && junction && declared ? collateralOf(index, junction, own) : [];
  const relations = [...own, ...collateral];
  const steps: Step[] = relations.map((before) => ({ kind: 'deleteRelation', before }));
  if (!whole) return steps;
  for (const alias of aliasesOf(index, relations)) steps.push({ kind: 'deleteField', before: alias });
  if (junction && declared) {
    for (const relation of collateral) {
      const column =
        relation.collection === junction ? null : fieldOf(index, relation.collection, relation.field);
      if (column && column.type !== 'alias') steps.push({ kind: 'deleteField', before: column });
    }
    steps.push({
      kind: 'deleteCollection',
      before: { collection: declared, fields: [...index.fields(junction)] },
    });
  } else if (!junction) {
    for (const relation of relations) {
      const column = fieldOf(index, relation.collection, relation.field);
      if (column && column.type !== 'alias') steps.push({ kind: 'deleteField', before: column });
    }
  }
  return steps;
}
