import { describe, expect, it } from 'vitest';
import { aField, aSchema } from '../../../testing/builders';
import { aManyToOne } from '../../../testing/scenarios';
import { HEADER, ROW, schemaToLayoutGraph } from './fixtures';

describe('schemaToLayoutGraph', () => {
  const schema = aSchema(
    aManyToOne({ collection: 'articles', field: 'author', related: 'authors' }),
    aManyToOne({ collection: 'articles', field: 'user_created', related: 'directus_users' }),
    { fields: Array.from({ length: 15 }, (_, i) => aField({ collection: 'authors', field: `f${i}` })) },
  );

  it('makes a node per collection (id first), capped at 12 rows, and system nodes only where referenced', () => {
    const { nodes } = schemaToLayoutGraph(schema);
    expect(nodes.map((n) => [n.id, n.height])).toEqual([
      ['articles', HEADER + 3 * ROW],
      ['authors', HEADER + 12 * ROW],
      ['directus_users', HEADER],
    ]);
  });

  it('makes an edge per relation, leaving from its field row', () => {
    const { nodes, edges } = schemaToLayoutGraph(schema);
    expect(edges).toEqual([
      {
        id: 'articles.author',
        source: 'articles',
        target: 'authors',
        sourcePort: 'author',
        targetPort: null,
      },
      {
        id: 'articles.user_created',
        source: 'articles',
        target: 'directus_users',
        sourcePort: 'user_created',
        targetPort: null,
      },
    ]);
    expect(nodes[0]?.ports).toEqual([
      { id: 'author', side: 'right', y: HEADER + ROW + ROW / 2 },
      { id: 'user_created', side: 'right', y: HEADER + 2 * ROW + ROW / 2 },
    ]);
    expect(schemaToLayoutGraph(schema, { ports: false }).nodes.every((n) => !n.ports)).toBe(true);
  });
});
