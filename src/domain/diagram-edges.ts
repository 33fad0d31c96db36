import type { DirectusRelation } from './directus-types';
import { junctionPartLabel, relationshipLabel } from './edge-labels';
import { relationKey } from './model';
import type { Relationship } from './model';
import { allowedCollections, oneField } from './relation-meta';
import type { DiagramEdge } from './diagram-types';

/** An edge before handles are checked against the nodes' fields. */
export interface EdgeDraft {
  id: string;
  source: string;
  target: string;
  sourceField: string | null;
  targetField: string | null;
  data: DiagramEdge['data'];
}

/**
 * The edges of one relationship. A junction relationship is one edge parent → related (one per
 * allowed collection for M2A), or, with junctions shown, one edge per junction relation.
 */
export function relationshipEdges(relationship: Relationship, showJunctions: boolean): EdgeDraft[] {
  if (relationship.junction && showJunctions)
    return relationship.relations.flatMap((r) => junctionPartEdges(relationship, r));
  const many = relationship.targets.length > 1 || relationship.kind === 'm2a';
  return relationship.targets.map((target) => ({
    id: many ? `${relationship.id}→${target.collection}` : relationship.id,
    source: relationship.source.collection,
    target: target.collection,
    sourceField: relationship.source.field,
    targetField: target.field,
    data: {
      relationshipId: relationship.id,
      kind: relationship.kind,
      relationKeys: relationship.relations.map(relationKey),
      label: relationshipLabel(relationship, target),
      junctionPart: false,
      hiddenRelationKeys: [],
      mark: null,
    },
  }));
}

function junctionPartEdges(relationship: Relationship, relation: DirectusRelation): EdgeDraft[] {
  const key = relationKey(relation);
  const isItem = relation.related_collection == null;
  const targets = isItem ? allowedCollections(relation) : [relation.related_collection as string];
  return targets.map((target) => ({
    id: isItem ? `${relationship.id}|${key}→${target}` : `${relationship.id}|${key}`,
    source: relation.collection,
    target,
    sourceField: relation.field,
    targetField: isItem ? null : oneField(relation),
    data: {
      relationshipId: relationship.id,
      kind: relationship.kind,
      relationKeys: [key],
      label: junctionPartLabel(relation, target),
      junctionPart: true,
      hiddenRelationKeys: [],
      mark: null,
    },
  }));
}
