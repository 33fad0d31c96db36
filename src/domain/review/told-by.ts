// What an added or removed relationship already tells: its alias fields, its foreign-key fields
// and its junction collection came or went with it. Listing them again, or marking their
// collection as changed, would say one change several times.
import type { Relationship } from '../model';
import type { ChangeKind, Comparison, FieldChange } from './compare';

export interface ToldByRelationships {
  /** `collection.field` → the kind of the relationship change that tells it. */
  fields: ReadonlyMap<string, ChangeKind>;
  /** Junction collections → the kind of the relationship change that tells them. */
  junctions: ReadonlyMap<string, ChangeKind>;
}

function fieldKeys(relationship: Relationship): string[] {
  const ends = relationship.junction ? [relationship.source, ...relationship.targets] : relationship.targets;
  const aliases = ends.flatMap((end) => (end.field ? [`${end.collection}.${end.field}`] : []));
  const keys = relationship.relations.map((row) => `${row.collection}.${row.field}`);
  return [...aliases, ...keys];
}

export function toldByRelationships(comparison: Comparison): ToldByRelationships {
  const fields = new Map<string, ChangeKind>();
  const junctions = new Map<string, ChangeKind>();
  for (const group of comparison.collections)
    for (const change of group.relationships) {
      if (change.kind === 'changed') continue;
      const relationship = change.after ?? change.before;
      if (!relationship) continue;
      for (const key of fieldKeys(relationship)) fields.set(key, change.kind);
      if (relationship.junction) junctions.set(relationship.junction.collection, change.kind);
    }
  return { fields, junctions };
}

/** A field change told by an added or removed relationship of the same kind. */
export function isToldBy(told: ToldByRelationships, change: FieldChange): boolean {
  return told.fields.get(`${change.collection}.${change.field}`) === change.kind;
}
