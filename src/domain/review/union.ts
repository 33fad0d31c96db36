// Two states of a model drawn as one: the newer state with what the older one had and the newer
// lost put back, so a removed collection, field or relationship is still drawn (marked removed)
// where it was. Marks come from compareModels.
import type { DiagramMarks, Mark } from '../diagram-types';
import type { DirectusSchema } from '../directus-types';
import { relationKey } from '../model';
import type { Comparison } from './compare';
import { isToldBy, toldByRelationships } from './told-by';

/** The head model plus every collection, field and relation row only the base has. */
export function unionOfStates(base: DirectusSchema, head: DirectusSchema): DirectusSchema {
  const collections = new Set(head.collections.map((c) => c.collection));
  const fields = new Set(head.fields.map((f) => `${f.collection}.${f.field}`));
  const relations = new Set(head.relations.map(relationKey));
  return {
    collections: [...head.collections, ...base.collections.filter((c) => !collections.has(c.collection))],
    fields: [...head.fields, ...base.fields.filter((f) => !fields.has(`${f.collection}.${f.field}`))],
    relations: [...head.relations, ...base.relations.filter((r) => !relations.has(relationKey(r)))],
  };
}

export interface ComparisonMarks extends DiagramMarks {
  fields: ReadonlyMap<string, Mark>;
}

/**
 * A collection is marked by its own change (added, removed, its meta changed), or `changed` when
 * one of its fields is; the fields of an added or removed collection are told by the collection.
 * A relationship is marked by its change, and does not mark its collections: the edge says it,
 * and the alias and key fields that came or went with it are marked on their rows only.
 */
export function comparisonMarks(comparison: Comparison): ComparisonMarks {
  const told = toldByRelationships(comparison);
  const collections = new Map<string, Mark>();
  const relationships = new Map<string, Mark>();
  const fields = new Map<string, Mark>();
  for (const group of comparison.collections) {
    const whole = group.change && group.change.kind !== 'changed' ? group.change.kind : null;
    const own = group.fields.filter((f) => f.kind !== whole);
    for (const change of own) fields.set(`${change.collection}.${change.field}`, change.kind);
    const changedItself = own.some((f) => !isToldBy(told, f));
    const mark = group.change?.kind ?? (changedItself ? 'changed' : null);
    if (mark) collections.set(group.collection, mark);
    for (const change of group.relationships) relationships.set(change.id, change.kind);
  }
  return { collections, relationships, fields };
}
