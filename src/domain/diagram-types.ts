// Framework-free diagram: topology and sizes. Where nodes go is the canvas's business.
import type { RelationshipKind } from './model';

/** How a collection or relationship differs from a reference model (staged changes, comparisons). */
export type Mark = 'added' | 'removed' | 'changed';

export interface DiagramMarks {
  collections: ReadonlyMap<string, Mark>;
  /** By relationship id. */
  relationships: ReadonlyMap<string, Mark>;
  /** By `collection.field`, for the rows drawn. */
  fields?: ReadonlyMap<string, Mark>;
}

export interface DiagramOptions {
  /** Draw junction collections and each junction relation, instead of one edge across. */
  showJunctions: boolean;
  /** Draw every declared directus_* collection and system↔system relationships. */
  showSystem: boolean;
  /** Collections whose folded fields are shown. */
  expanded?: ReadonlySet<string>;
  /** Drawn and announced on the nodes and edges they name. */
  marks?: DiagramMarks;
}

export interface DiagramField {
  field: string;
  type: string;
  isPrimaryKey: boolean;
  isForeignKey: boolean;
  isAlias: boolean;
  /** Has a handle: the many-side field of a relation, or an alias named by a relation's one_field. */
  relational: boolean;
  mark?: Mark | null;
}

export interface DiagramNode {
  /** The collection name. */
  id: string;
  width: number;
  height: number;
  data: {
    collection: string;
    isJunction: boolean;
    isSystem: boolean;
    /** False for a collection that relations reference but collections[] does not declare. */
    declared: boolean;
    /** The folder (meta.group) the collection sits in, if any. */
    group: string | null;
    /** The rows drawn: all fields, or the key and relational fields first when folded. */
    fields: DiagramField[];
    /** Fields left out of `fields` until the node is expanded. */
    foldedCount: number;
    expanded: boolean;
    mark: Mark | null;
  };
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  /** The source field when the source node has a handle for it. */
  sourceHandle: string | null;
  targetHandle: string | null;
  data: {
    relationshipId: string;
    kind: RelationshipKind;
    /** The relation rows this edge stands for (`collection.field`). */
    relationKeys: string[];
    /** Accessible name, e.g. "articles.author → authors (M2O)". */
    label: string;
    /** One relation of a junction, drawn on its own because junctions are shown. */
    junctionPart: boolean;
    /** Relations of the hidden junction that are not drawn while junctions are hidden. */
    hiddenRelationKeys: string[];
    mark: Mark | null;
  };
}

export interface Diagram {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}
