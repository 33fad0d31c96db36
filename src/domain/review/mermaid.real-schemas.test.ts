import { describe, expect, it } from 'vitest';
import { readSnapshotAt } from '../../cli/read-snapshot';
import { realSchemaNames } from '../../testing/real-schemas';
import { corpusLocation, corpusPresent } from '../../testing/review-corpus';
import { isFolder } from '../collections';
import { buildModelIndex } from '../model-index';
import { allowedCollections } from '../relation-meta';
import { toMermaid } from './mermaid';

describe.skipIf(!corpusPresent)('Mermaid text of the real schemas', () => {
  it.each(realSchemaNames())('%s has an entity for every table that has a relation', (name) => {
    const { schema } = readSnapshotAt(corpusLocation(name));
    const text = toMermaid(buildModelIndex(schema));
    const related = new Set(
      schema.relations.flatMap((r) => [
        r.collection,
        ...(r.related_collection ? [r.related_collection] : allowedCollections(r)),
      ]),
    );
    const tables = schema.collections.filter((c) => !isFolder(c) && related.has(c.collection));
    const entities = new Set(
      [...text.matchAll(/^ {2}(\S+?)(?:\[".*"\])? \{$|^ {2}(\S+)$/gm)].map((m) => m[1] ?? m[2]),
    );
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(entities, table.collection).toContain(table.collection);
    // GitHub's Mermaid refuses a diagram over 50,000 characters by default.
    expect(text.length).toBeLessThan(50_000);
  });
});
