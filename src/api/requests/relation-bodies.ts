// The relation objects the current API takes. Always the full object: a PATCH drops and
// re-creates the foreign key with on_delete/on_update taken only from the body, so anything
// left out is reset (see domain/editing/draft.ts updateRequestBody).
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { primaryKeyOf } from './context';

export interface CurrentRelationBody {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: {
    one_field: string | null;
    sort_field: string | null;
    one_deselect_action: string;
    junction_field: string | null;
    one_allowed_collections: string[] | null;
    one_collection_field: string | null;
  } | null;
  schema: { on_delete: string; on_update: string } | null;
}

export function currentRelationBody(relation: DirectusRelation): CurrentRelationBody {
  const meta = relation.meta;
  const schema = relation.schema;
  return {
    collection: relation.collection,
    field: relation.field,
    related_collection: relation.related_collection,
    meta: meta
      ? {
          one_field: meta.one_field ?? null,
          sort_field: meta.sort_field ?? null,
          one_deselect_action: meta.one_deselect_action ?? 'nullify',
          junction_field: meta.junction_field ?? null,
          one_allowed_collections: meta.one_allowed_collections ? [...meta.one_allowed_collections] : null,
          one_collection_field: meta.one_collection_field ?? null,
        }
      : null,
    schema:
      relation.related_collection === null
        ? null
        : { on_delete: schema?.on_delete ?? 'NO ACTION', on_update: schema?.on_update ?? 'NO ACTION' },
  };
}

/**
 * GraphQL's schema input requires table, column, foreign_key_table, foreign_key_column and
 * on_update whenever `schema` is given (recorded/directus-12.4.0-sqlite/62), though the server
 * only uses the actions: they are filled in from the relation and the model.
 */
export function graphqlRelationData(relation: DirectusRelation, schema: DirectusSchema) {
  const body = currentRelationBody(relation);
  const related = relation.related_collection;
  return {
    ...body,
    schema:
      body.schema && related
        ? {
            table: relation.collection,
            column: relation.field,
            foreign_key_table: related,
            foreign_key_column: primaryKeyOf(schema, related) ?? relation.schema?.foreign_key_column ?? 'id',
            ...body.schema,
          }
        : null,
  };
}
