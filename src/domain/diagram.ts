import { isSystemCollection } from './collections';
import { relationshipEdges } from './diagram-edges';
import type { EdgeDraft } from './diagram-edges';
import { diagramFieldsFor, type FieldRows } from './diagram-fields';
import { NODE_WIDTH, nodeHeight } from './diagram-layout';
import type { Diagram, DiagramEdge, DiagramNode, DiagramOptions, Mark } from './diagram-types';
import { relationKey } from './model';
import type { Relationship } from './model';
import type { ModelIndex } from './model-index';

/**
 * The model → nodes and edges, with sizes but no positions. Nodes are collections with a table
 * (folders are not); directus_* collections appear only where a shown edge touches them unless
 * showSystem; junction collections are hidden unless showJunctions, together with every edge
 * touching them, and the junction's own edge says which relations that hides.
 */
export function toDiagram(index: ModelIndex, options: DiagramOptions): Diagram {
  const { junctions } = index;
  const hidden = (collection: string) => !options.showJunctions && junctions.has(collection);
  const drafts = index.relationships
    .filter((r) => options.showSystem || !onlySystem(r))
    .flatMap((r) => relationshipEdges(r, options.showJunctions))
    .filter((e) => !hidden(e.source) && !hidden(e.target));
  if (!options.showJunctions) noteHiddenRelations(index, drafts);

  const names = new Set<string>();
  for (const c of index.collections) {
    const system = isSystemCollection(c.collection);
    if (index.isTable(c.collection) && !hidden(c.collection) && (!system || options.showSystem))
      names.add(c.collection);
  }
  const undeclared = [...new Set(drafts.flatMap((e) => [e.source, e.target]))]
    .filter((n) => !index.collection(n))
    .sort();
  for (const e of drafts) for (const n of [e.source, e.target]) if (index.collection(n)) names.add(n);
  const ordered = [...index.collections.map((c) => c.collection).filter((n) => names.has(n)), ...undeclared];

  const rowsOf = diagramFieldsFor(index);
  const nodes = ordered.map((collection): DiagramNode => {
    const expanded = options.expanded?.has(collection) ?? false;
    const { fields, foldedCount } = markFields(rowsOf, collection, expanded, options.marks?.fields);
    const group = index.collection(collection)?.meta?.group;
    return {
      id: collection,
      width: NODE_WIDTH,
      height: nodeHeight(fields.length, foldedCount > 0 || expanded),
      data: {
        collection,
        isJunction: junctions.has(collection),
        isSystem: isSystemCollection(collection),
        declared: index.collection(collection) !== undefined,
        group: typeof group === 'string' && group !== '' ? group : null,
        fields,
        foldedCount,
        expanded,
        mark: options.marks?.collections.get(collection) ?? null,
      },
    };
  });
  const marks = options.marks?.relationships;
  if (marks?.size) for (const draft of drafts) draft.data.mark = marks.get(draft.data.relationshipId) ?? null;
  return { nodes, edges: finishEdges(drafts, nodes) };
}

/** Rows with their marks; a collection whose marked field is folded away is drawn unfolded. */
function markFields(
  rowsOf: ReturnType<typeof diagramFieldsFor>,
  collection: string,
  expanded: boolean,
  marks: ReadonlyMap<string, Mark> | undefined,
): FieldRows {
  const rows = rowsOf(collection, expanded);
  if (!marks?.size) return rows;
  const marked = (field: string) => marks.get(`${collection}.${field}`);
  const all =
    rows.foldedCount && marksIn(marks, collection) > rows.fields.filter((f) => marked(f.field)).length
      ? rowsOf(collection, true)
      : rows;
  return {
    foldedCount: all.foldedCount,
    fields: all.fields.map((f) => {
      const mark = marked(f.field);
      return mark ? { ...f, mark } : f;
    }),
  };
}

function marksIn(marks: ReadonlyMap<string, Mark>, collection: string): number {
  let count = 0;
  for (const key of marks.keys()) if (key.startsWith(`${collection}.`)) count += 1;
  return count;
}

function onlySystem(relationship: Relationship): boolean {
  const ends = [relationship.source.collection, ...relationship.targets.map((t) => t.collection)];
  if (relationship.junction) ends.push(relationship.junction.collection);
  return ends.every(isSystemCollection);
}

/**
 * A hidden junction can carry relations of its own (AgencyOS's page_blocks.user_created):
 * nothing is hidden silently, so the junction's edge lists them.
 */
function noteHiddenRelations(index: ModelIndex, drafts: EdgeDraft[]) {
  for (const draft of drafts) {
    const relationship = index.relationship(draft.data.relationshipId);
    const junction = relationship?.junction?.collection;
    if (!relationship || !junction) continue;
    const own = new Set(relationship.relations.map(relationKey));
    const other = [...index.relationsOut(junction), ...index.relationsIn(junction)]
      .map(relationKey)
      .filter((key) => !own.has(key));
    draft.data.hiddenRelationKeys = [...new Set(other)];
  }
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
