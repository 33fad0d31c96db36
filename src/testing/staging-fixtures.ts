// A pending set on the demo-shaped model, as the end-to-end story stages it: a new M2M (pages ⇄
// tags), an on_delete change of comments.article, and the deletion of articles.category.
import type { Change } from '../domain/changes/change';
import { defaultNewRelationship } from '../domain/changes/new-relationship';
import type { DirectusRelation, DirectusSchema, ForeignKeyAction } from '../domain/directus-types';
import { buildModelIndex } from '../domain/model-index';

export function relationIn(schema: DirectusSchema, collection: string, field: string): DirectusRelation {
  const relation = schema.relations.find((r) => r.collection === collection && r.field === field);
  if (!relation) throw new Error(`no relation ${collection}.${field}`);
  return relation;
}

export function newManyToMany(schema: DirectusSchema, collection = 'pages', related = 'tags'): Change {
  const relationship = defaultNewRelationship(buildModelIndex(schema), 'm2m', collection, [related]);
  return { type: 'createRelationship', relationship };
}

export function onDeleteChange(
  schema: DirectusSchema,
  collection: string,
  field: string,
  onDelete: ForeignKeyAction,
): Change {
  const before = relationIn(schema, collection, field);
  if (!before.schema) throw new Error(`${collection}.${field} has no foreign key`);
  return {
    type: 'updateRelation',
    before,
    after: { ...before, schema: { ...before.schema, on_delete: onDelete } },
    createFields: [],
  };
}

export function deleteRelationChange(schema: DirectusSchema, collection: string, field: string): Change {
  return { type: 'deleteRelation', relation: relationIn(schema, collection, field), deleteField: false };
}

export function demoSet(schema: DirectusSchema): Change[] {
  return [
    newManyToMany(schema),
    onDeleteChange(schema, 'comments', 'article', 'CASCADE'),
    deleteRelationChange(schema, 'articles', 'category'),
  ];
}
