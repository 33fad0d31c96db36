// Test and benchmark inputs (Node only, never imported by the app): Directus schemas turned into
// layout graphs the way the canvas will, without going through the diagram pipeline.
import type { DirectusSchema } from '../../../domain/directus-types';
import { loadRealSchema } from '../../../testing/real-schemas';
import type { LayoutEdge, LayoutGraph, LayoutNode } from './types';

export const HEADER = 44;
export const ROW = 26;
export const SHOWN_ROWS = 12;
export const WIDTH = 260;

/**
 * One node per collection (height 44 + 26 per field, at most 12 rows), one edge per relation
 * from its collection to related_collection; directus_* nodes only where a relation uses them.
 * With `ports`, an edge leaves from its field's row when that row is among the shown ones.
 */
export function schemaToLayoutGraph(schema: DirectusSchema, { ports = true } = {}): LayoutGraph {
  const relations = schema.relations.filter(
    (r): r is typeof r & { related_collection: string } => r.related_collection != null,
  );
  const referenced = new Set(relations.flatMap((r) => [r.collection, r.related_collection]));
  const names = [
    ...new Set([
      ...schema.collections.filter((c) => c.schema != null).map((c) => c.collection),
      ...referenced,
    ]),
  ].filter((name) => !name.startsWith('directus_') || referenced.has(name));
  const fieldsOf = new Map<string, string[]>();
  for (const field of schema.fields)
    fieldsOf.set(field.collection, [...(fieldsOf.get(field.collection) ?? []), field.field]);

  const nodes = names.map((id): LayoutNode => {
    const rows = (fieldsOf.get(id) ?? []).slice(0, SHOWN_ROWS);
    const node: LayoutNode = { id, width: WIDTH, height: HEADER + ROW * rows.length };
    const portFields = relations.filter((r) => r.collection === id && rows.includes(r.field));
    if (ports && portFields.length > 0)
      node.ports = portFields.map((r) => ({
        id: r.field,
        side: 'right',
        y: HEADER + ROW * rows.indexOf(r.field) + ROW / 2,
      }));
    return node;
  });
  const edges = relations.map((r): LayoutEdge => ({
    id: `${r.collection}.${r.field}`,
    source: r.collection,
    target: r.related_collection,
    sourcePort: ports ? r.field : null,
    targetPort: null,
  }));
  return { nodes, edges };
}

/** A real schema from the corpus (found through the one setting in src/testing/real-schemas.ts). */
export function loadRealSchemaAnywhere(name: string): DirectusSchema {
  return loadRealSchema(name);
}
