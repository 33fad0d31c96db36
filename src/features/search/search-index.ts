// What search can find: collections, then fields and relations (named `collection.field`).
import type { ModelIndex } from '../../domain/model-index';

export interface SearchHit {
  /** What the result is named: `articles`, `articles.author`. */
  name: string;
  kind: 'collection' | 'field';
  collection: string;
  /** For a field that ends a relationship: that relationship. */
  relationshipId: string | null;
  detail: string;
}

export function searchHits(index: ModelIndex): SearchHit[] {
  const hits: SearchHit[] = [];
  const tables = index.collections.filter((c) => index.isTable(c.collection));
  for (const { collection } of tables)
    hits.push({
      name: collection,
      kind: 'collection',
      collection,
      relationshipId: null,
      detail: 'collection',
    });
  for (const { collection } of tables)
    for (const field of index.fields(collection)) {
      const own = index.relationshipOf(collection, field.field);
      const viaAlias = own
        ? undefined
        : index.relationsIn(collection).find((r) => r.meta?.one_field === field.field);
      const relationship =
        own ?? (viaAlias ? index.relationshipOf(viaAlias.collection, viaAlias.field) : undefined);
      hits.push({
        name: `${collection}.${field.field}`,
        kind: 'field',
        collection,
        relationshipId: relationship?.id ?? null,
        detail: relationship ? `${field.type}, relation` : field.type,
      });
    }
  return hits;
}

/** Case-insensitive: names that start with the query first, then names that contain it. */
export function findHits(hits: readonly SearchHit[], query: string, limit = 50): SearchHit[] {
  const q = query.trim().toLowerCase();
  if (!q) return hits.filter((h) => h.kind === 'collection').slice(0, limit);
  const starts: SearchHit[] = [];
  const contains: SearchHit[] = [];
  for (const hit of hits) {
    const name = hit.name.toLowerCase();
    const field = name.slice(name.indexOf('.') + 1);
    if (name.startsWith(q) || (hit.kind === 'field' && field.startsWith(q))) starts.push(hit);
    else if (name.includes(q)) contains.push(hit);
    if (starts.length >= limit) break;
  }
  return [...starts, ...contains].slice(0, limit);
}
