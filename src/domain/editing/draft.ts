// The editable form state of an existing relation, and the body that saves it.
import type { DeselectAction, DirectusRelation, ForeignKeyAction } from '../directus-types';
import { FOREIGN_KEY_ACTIONS } from '../directus-types';
import { sameValue } from './equality';

export interface RelationDraftMeta {
  one_field: string | null;
  sort_field: string | null;
  one_deselect_action: DeselectAction;
  junction_field: string | null;
  one_allowed_collections: string[] | null;
  one_collection_field: string | null;
}

export interface RelationDraftSchema {
  on_delete: ForeignKeyAction;
  on_update: ForeignKeyAction;
}

export interface RelationDraft {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: RelationDraftMeta;
  schema: RelationDraftSchema | null;
}

/** What PATCH /relations/:collection/:field receives: the whole relation, every time. */
export interface RelationUpdateBody {
  collection: string;
  field: string;
  related_collection: string | null;
  meta: RelationDraftMeta;
  schema: RelationDraftSchema | null;
}

function foreignKeyAction(value: unknown): ForeignKeyAction {
  // Databases report the default as NO ACTION; anything unknown is shown (and saved) as that.
  const upper = typeof value === 'string' ? value.toUpperCase() : '';
  return FOREIGN_KEY_ACTIONS.find((action) => action === upper) ?? 'NO ACTION';
}

export interface DraftOptions {
  /** false on the 9.0 release candidates: relations are metadata only, never a foreign key. */
  foreignKeys?: boolean;
}

export function draftFromRelation(
  relation: DirectusRelation,
  { foreignKeys = true }: DraftOptions = {},
): RelationDraft {
  const meta = relation.meta;
  return {
    collection: relation.collection,
    field: relation.field,
    related_collection: relation.related_collection,
    meta: {
      one_field: meta?.one_field ?? null,
      sort_field: meta?.sort_field ?? null,
      one_deselect_action: meta?.one_deselect_action === 'delete' ? 'delete' : 'nullify',
      junction_field: meta?.junction_field ?? null,
      one_allowed_collections: meta?.one_allowed_collections ? [...meta.one_allowed_collections] : null,
      one_collection_field: meta?.one_collection_field ?? null,
    },
    // Directus creates a foreign key whenever related_collection is set, even for `schema: null`
    // (recorded/directus-12.4.0-sqlite/71), so such a relation always has actions to edit.
    // A many-to-any item relation has no single target, hence no foreign key.
    schema:
      relation.related_collection == null || !foreignKeys
        ? null
        : {
            on_delete: foreignKeyAction(relation.schema?.on_delete),
            on_update: foreignKeyAction(relation.schema?.on_update),
          },
  };
}

/**
 * The full body for PATCH /relations/:collection/:field. Never send a partial one:
 * - the PATCH drops and re-creates the foreign key with on_delete/on_update taken only from
 *   the body, so leaving them out resets them to NO ACTION;
 * - on servers <= 12.3.0 a meta-only PATCH drops the constraint entirely (directus#28135);
 * - when the relation has no meta row yet (a foreign key made outside Directus, or left behind
 *   by a DELETE on SQLite), the PATCH creates one from `collection` and `field` in the body.
 * `related_collection` is repeated for completeness: a PATCH cannot retarget it (ignored).
 */
export function updateRequestBody(draft: RelationDraft): RelationUpdateBody {
  const { meta, schema } = draft;
  return {
    collection: draft.collection,
    field: draft.field,
    related_collection: draft.related_collection,
    meta: {
      one_field: meta.one_field,
      sort_field: meta.sort_field,
      one_deselect_action: meta.one_deselect_action,
      junction_field: meta.junction_field,
      one_allowed_collections: meta.one_allowed_collections ? [...meta.one_allowed_collections] : null,
      one_collection_field: meta.one_collection_field,
    },
    schema: schema ? { on_delete: schema.on_delete, on_update: schema.on_update } : null,
  };
}

export function draftChanged(a: RelationDraft, b: RelationDraft): boolean {
  return !sameValue(updateRequestBody(a), updateRequestBody(b));
}

/** The relation the draft describes, keeping what the form does not edit (meta id, copies, schema names). */
export function relationFromDraft(base: DirectusRelation, draft: RelationDraft): DirectusRelation {
  const meta = {
    many_collection: draft.collection,
    many_field: draft.field,
    one_collection: draft.related_collection,
    ...base.meta,
    ...updateRequestBody(draft).meta,
  };
  const schema =
    draft.schema === null
      ? base.schema
      : {
          table: draft.collection,
          column: draft.field,
          foreign_key_table: draft.related_collection ?? undefined,
          ...base.schema,
          on_delete: draft.schema.on_delete,
          on_update: draft.schema.on_update,
        };
  return { ...base, meta, schema };
}
