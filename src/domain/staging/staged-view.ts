// What the diagram draws while changes are staged: the model as it will be, plus what the set
// removes (still drawn, marked "removed"), with every collection and relationship it touches
// marked added, removed or changed (compareModels of the server's model and the staged one).
import type { DiagramMarks, Mark } from '../diagram-types';
import type { DirectusSchema } from '../directus-types';
import { relationKey } from '../model';
import { compareModels } from '../review/compare';

const fieldKey = (f: { collection: string; field: string }) => `${f.collection}.${f.field}`;

/** The staged model with what it removes from the server's put back, so it can be drawn. */
export function withRemoved(staged: DirectusSchema, server: DirectusSchema): DirectusSchema {
  const collections = new Set(staged.collections.map((c) => c.collection));
  const fields = new Set(staged.fields.map(fieldKey));
  const relations = new Set(staged.relations.map(relationKey));
  return {
    collections: [...staged.collections, ...server.collections.filter((c) => !collections.has(c.collection))],
    fields: [...staged.fields, ...server.fields.filter((f) => !fields.has(fieldKey(f)))],
    relations: [...staged.relations, ...server.relations.filter((r) => !relations.has(relationKey(r)))],
  };
}

/**
 * Collections are marked when they or their fields change (the node draws its fields); a
 * relationship by its own change only, so a changed foreign-key action marks its edge alone.
 */
export function stagedMarks(server: DirectusSchema, staged: DirectusSchema): DiagramMarks {
  const collections = new Map<string, Mark>();
  const relationships = new Map<string, Mark>();
  for (const group of compareModels(server, staged).collections) {
    if (group.change) collections.set(group.collection, group.change.kind);
    else if (group.fields.length) collections.set(group.collection, 'changed');
    for (const change of group.relationships) relationships.set(change.id, change.kind);
  }
  return { collections, relationships };
}

export const NO_MARKS: DiagramMarks = { collections: new Map(), relationships: new Map() };
