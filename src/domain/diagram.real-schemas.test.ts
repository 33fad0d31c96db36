import { describe, expect, it } from 'vitest';
import { corpusAvailable, loadRealSchema, realSchemaNames } from '../testing/real-schemas';
import { isFolder, isSystemCollection } from './collections';
import { toDiagram } from './diagram';
import { relationKey } from './model';
import { buildModelIndex } from './model-index';

const TOGGLES = [false, true].flatMap((showJunctions) =>
  [false, true].map((showSystem) => ({ showJunctions, showSystem })),
);

describe.skipIf(!corpusAvailable).each(realSchemaNames())('diagram of %s', (name) => {
  // Read when a test runs, not while suites are collected (skipped suites are collected too).
  const subject = () => {
    const schema = loadRealSchema(name);
    const index = buildModelIndex(schema);
    const junctions = new Set(
      index.relationships.flatMap((r) => (r.junction ? [r.junction.collection] : [])),
    );
    return { schema, index, inferred: index, junctions };
  };

  it.each(TOGGLES)('is consistent with %o', (options) => {
    const { schema, index, junctions } = subject();
    const { nodes, edges } = toDiagram(index, options);
    const byId = new Map(nodes.map((n) => [n.id, n]));

    expect(byId.size).toBe(nodes.length);
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);

    for (const edge of edges) {
      const source = byId.get(edge.source);
      const target = byId.get(edge.target);
      expect(source && target, edge.id).toBeTruthy();
      for (const [node, handle] of [
        [source, edge.sourceHandle],
        [target, edge.targetHandle],
      ] as const) {
        if (handle != null)
          expect(node?.data.fields.find((f) => f.field === handle)?.relational, `${edge.id} ${handle}`).toBe(
            true,
          );
      }
      if (!options.showSystem)
        expect(isSystemCollection(edge.source) && isSystemCollection(edge.target)).toBe(false);
    }

    for (const node of nodes) {
      const declared = schema.collections.find((c) => c.collection === node.id);
      expect(node.data.declared).toBe(declared !== undefined);
      if (declared) expect(isFolder(declared)).toBe(false);
      if (!options.showJunctions) expect(junctions.has(node.id)).toBe(false);
      if (node.data.isSystem && !options.showSystem)
        expect(edges.some((e) => e.source === node.id || e.target === node.id)).toBe(true);
    }

    // Every declared user table is a node unless it is a hidden junction.
    const tables = schema.collections.filter((c) => !isFolder(c) && !isSystemCollection(c.collection));
    for (const c of tables)
      expect(byId.has(c.collection) || (!options.showJunctions && junctions.has(c.collection))).toBe(true);
  });

  it('draws every relation row that has a target when junctions and system are shown', () => {
    const { index, inferred } = subject();
    const { edges } = toDiagram(index, { showJunctions: true, showSystem: true });
    const drawn = new Set(edges.flatMap((e) => e.data.relationKeys));
    const drawable = inferred.relationships
      .flatMap((r) => r.relations)
      .filter((r) => r.related_collection != null || (r.meta?.one_allowed_collections ?? []).length > 0);
    expect(drawable.map(relationKey).filter((k) => !drawn.has(k))).toEqual([]);
  });

  it('draws one edge per relationship target with junctions hidden, except at hidden junctions', () => {
    const { index, inferred, junctions } = subject();
    const { edges } = toDiagram(index, { showJunctions: false, showSystem: true });
    const expected = inferred.relationships
      .flatMap((r) => r.targets.map((t) => [r.source.collection, t.collection]))
      .filter((ends) => ends.every((c) => !junctions.has(c!)));
    expect(edges).toHaveLength(expected.length);
    expect(edges.every((e) => !e.data.junctionPart)).toBe(true);
  });
});
