// "Show only what changed": the collections with a change and those one relationship away, so
// a change is seen with what it connects to.
import { isSystemCollection } from '../collections';
import type { Relationship } from '../model';
import type { ModelIndex } from '../model-index';
import type { Comparison } from './compare';

/** Every collection a relationship touches: its source, targets and junction. */
export function relationshipEnds(relationship: Relationship): string[] {
  return [
    relationship.source.collection,
    ...relationship.targets.map((t) => t.collection),
    ...(relationship.junction ? [relationship.junction.collection] : []),
  ];
}

/** The collections a comparison lists, and the ends of every relationship that changed. */
export function changedCollections(comparison: Comparison): Set<string> {
  const changed = new Set<string>();
  for (const group of comparison.collections) {
    changed.add(group.collection);
    for (const change of group.relationships)
      for (const relationship of [change.before, change.after])
        if (relationship) for (const end of relationshipEnds(relationship)) changed.add(end);
  }
  return changed;
}

/**
 * The changed collections and their direct neighbours in the given model (pass the head model;
 * a removed collection's neighbours are only in the base model, so a caller drawing both
 * unions the two). Neighbours are taken around the collections that changed themselves, not
 * around the far ends of a changed relationship, and never around Directus's own collections:
 * nearly every collection points at directus_users, so one changed user_created would
 * otherwise bring in the whole model.
 */
export function changedNeighbourhood(comparison: Comparison, index: ModelIndex): Set<string> {
  const centres = new Set(
    comparison.collections.map((g) => g.collection).filter((name) => !isSystemCollection(name)),
  );
  const neighbourhood = changedCollections(comparison);
  for (const relationship of index.relationships) {
    const ends = relationshipEnds(relationship);
    if (ends.some((end) => centres.has(end))) for (const end of ends) neighbourhood.add(end);
  }
  return neighbourhood;
}
