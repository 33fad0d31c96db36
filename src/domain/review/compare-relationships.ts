// Relationships of two models matched by their stable id (the owning relation's
// `collection.field`), so an M2O that gains its O2M alias is one relationship that changed
// kind, not one removed and one added.
import type { DirectusRelation } from '../directus-types';
import { relationDifferences } from '../editing/conflicts';
import type { RelationDifference } from '../editing/conflicts';
import { relationKey } from '../model';
import type { Relationship } from '../model';
import type { ChangeKind } from './compare-types';

export interface RelationshipDifference extends RelationDifference {
  /** The relation row it is about; null for the relationship's kind. */
  relation: string | null;
}

export interface RelationshipChange {
  kind: ChangeKind;
  id: string;
  before: Relationship | null;
  after: Relationship | null;
  differences: RelationshipDifference[];
}

/** `path: 'relation'` says a row joined (before null) or left (after null) the relationship. */
function rowDifferences(before: Relationship, after: Relationship): RelationshipDifference[] {
  const afterRows = new Map(after.relations.map((r) => [relationKey(r), r]));
  const beforeKeys = new Set(before.relations.map(relationKey));
  const changed = before.relations.flatMap((row): RelationshipDifference[] => {
    const key = relationKey(row);
    const other: DirectusRelation | undefined = afterRows.get(key);
    if (!other) return [{ path: 'relation', before: key, after: null, relation: key }];
    return relationDifferences(row, other).map((difference) => ({ ...difference, relation: key }));
  });
  const joined = after.relations
    .map(relationKey)
    .filter((key) => !beforeKeys.has(key))
    .map((key): RelationshipDifference => ({ path: 'relation', before: null, after: key, relation: key }));
  return [...changed, ...joined];
}

export function relationshipDifferences(before: Relationship, after: Relationship): RelationshipDifference[] {
  const kind: RelationshipDifference[] =
    before.kind === after.kind
      ? []
      : [{ path: 'kind', before: before.kind, after: after.kind, relation: null }];
  return [...kind, ...rowDifferences(before, after)];
}

export function relationshipChanges(
  base: readonly Relationship[],
  head: readonly Relationship[],
): RelationshipChange[] {
  const headById = new Map(head.map((r) => [r.id, r]));
  const baseIds = new Set(base.map((r) => r.id));
  const changes: RelationshipChange[] = [];
  for (const before of base) {
    const after = headById.get(before.id);
    if (!after) {
      changes.push({ kind: 'removed', id: before.id, before, after: null, differences: [] });
      continue;
    }
    const differences = relationshipDifferences(before, after);
    if (differences.length) changes.push({ kind: 'changed', id: before.id, before, after, differences });
  }
  for (const after of head)
    if (!baseIds.has(after.id))
      changes.push({ kind: 'added', id: after.id, before: null, after, differences: [] });
  return changes;
}

/** The collection a relationship is listed under: its owning side (the parent for junction kinds). */
export function relationshipCollection(change: RelationshipChange): string {
  const relationship = change.after ?? change.before;
  return relationship ? relationship.source.collection : change.id;
}
