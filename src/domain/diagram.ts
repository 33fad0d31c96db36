import { isFolder, isSystemCollection } from './collections';
import type { DirectusSchema } from './directus-types';
import { relationshipEdges } from './diagram-edges';
import type { EdgeDraft } from './diagram-edges';
import { diagramFieldsFor } from './diagram-fields';
import { gridLayout, NODE_WIDTH, nodeHeight } from './diagram-layout';
import type { Diagram, DiagramEdge, DiagramNode, DiagramOptions } from './diagram-types';
import type { InferredModel, Relationship } from './model';

/**
 * Schema + relationships → nodes and edges. Nodes are collections with a table (folders are
 * not); directus_* collections appear only where a shown edge touches them unless showSystem;
 * junction collections are hidden unless showJunctions, together with every edge touching them.
 */
export function toDiagram(schema: DirectusSchema, inferred: InferredModel, options: DiagramOptions): Diagram {
  const junctions = new Set(
    inferred.relationships.flatMap((r) => (r.junction ? [r.junction.collection] : [])),
  );
  const hidden = (collection: string) => !options.showJunctions && junctions.has(collection);
  const drafts = inferred.relationships
    .filter((r) => options.showSystem || !onlySystem(r))
    .flatMap((r) => relationshipEdges(r, options.showJunctions))
    .filter((e) => !hidden(e.source) && !hidden(e.target));

  const declared = new Map(schema.collections.map((c) => [c.collection, c]));
  const names = new Set<string>();
  for (const c of schema.collections) {
    const system = isSystemCollection(c.collection);
    if (!isFolder(c) && !hidden(c.collection) && (!system || options.showSystem)) names.add(c.collection);
  }
  const undeclared = [...new Set(drafts.flatMap((e) => [e.source, e.target]))]
    .filter((n) => !declared.has(n))
    .sort();
  for (const e of drafts) [e.source, e.target].filter((n) => declared.has(n)).forEach((n) => names.add(n));
  const ordered = [...schema.collections.map((c) => c.collection).filter((n) => names.has(n)), ...undeclared];

  const fieldsOf = diagramFieldsFor(schema);
  const unplaced = ordered.map((collection): DiagramNode => {
    const fields = fieldsOf(collection);
    return {
      id: collection,
      position: { x: 0, y: 0 },
      width: NODE_WIDTH,
      height: nodeHeight(fields.length),
      data: {
        collection,
        isJunction: junctions.has(collection),
        isSystem: isSystemCollection(collection),
        declared: declared.has(collection),
        fields,
      },
    };
  });
  const positions = gridLayout(unplaced);
  const nodes = unplaced.map((node, i) => ({ ...node, position: positions[i] ?? node.position }));
  return { nodes, edges: finishEdges(drafts, nodes) };
}

function onlySystem(relationship: Relationship): boolean {
  const ends = [relationship.source.collection, ...relationship.targets.map((t) => t.collection)];
  if (relationship.junction) ends.push(relationship.junction.collection);
  return ends.every(isSystemCollection);
}

/** Handles only where the node draws one; ids made unique even for odd inputs. */
function finishEdges(drafts: EdgeDraft[], nodes: DiagramNode[]): DiagramEdge[] {
  const handles = new Set(
    nodes.flatMap((n) => n.data.fields.filter((f) => f.relational).map((f) => `${n.id}.${f.field}`)),
  );
  const handle = (collection: string, field: string | null) =>
    field != null && handles.has(`${collection}.${field}`) ? field : null;
  const seen = new Map<string, number>();
  return drafts.map(({ sourceField, targetField, ...edge }) => {
    const count = (seen.get(edge.id) ?? 0) + 1;
    seen.set(edge.id, count);
    return {
      ...edge,
      id: count === 1 ? edge.id : `${edge.id}#${count}`,
      sourceHandle: handle(edge.source, sourceField),
      targetHandle: handle(edge.target, targetField),
    };
  });
}
