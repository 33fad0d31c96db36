import type { DirectusRelation } from './directus-types';
import { KIND_LABEL } from './model';
import type { Relationship } from './model';

// Accessible names of edges. Arrows: → (U+2192) for one relation, ⇄ (U+21C4) across a junction.

type Target = Relationship['targets'][number];

/** The name of the edge that stands for a whole relationship (to one of its targets). */
export function relationshipLabel(relationship: Relationship, target: Target): string {
  const { kind, source, junction } = relationship;
  const from = source.field ? `${source.collection}.${source.field}` : source.collection;
  if (junction) {
    const via = `(${KIND_LABEL[kind]} via ${junction.collection})`;
    if (source.field) return `${from} ⇄ ${target.collection} ${via}`;
    return `${junction.collection}: ${source.collection} ⇄ ${target.collection} ${via}`;
  }
  const to = kind === 'o2m' && target.field ? `${target.collection}.${target.field}` : target.collection;
  return `${from} → ${to} (${KIND_LABEL[kind]})`;
}

/** The name of one relation of a junction, drawn on its own; `target` is an allowed collection for an M2A item. */
export function junctionPartLabel(relation: DirectusRelation, target: string): string {
  const kind = relation.related_collection == null ? 'M2A' : 'M2O';
  return `${relation.collection}.${relation.field} → ${target} (${kind})`;
}
