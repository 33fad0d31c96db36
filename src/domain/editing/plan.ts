// A new or removed relation as the ordered API calls that make it, for the app to run with the
// SDK. The calls are not transactional: a failed step leaves the earlier ones in place.
import type { DeselectAction, DirectusSchema, ForeignKeyAction } from '../directus-types';
import { fieldNameTaken, primaryKeyField } from './schema-lookup';

/** The body of POST /fields/:collection. */
export interface NewField {
  field: string;
  type: string;
  meta: { interface: string; special: string[] };
  /** `{}` makes a column with the server's defaults (nullable); alias fields have none. */
  schema?: Record<string, never>;
}

/** The body of POST /relations. */
export interface NewRelation {
  collection: string;
  field: string;
  related_collection: string;
  meta: { one_field: string | null; one_deselect_action: DeselectAction; sort_field: string | null };
  schema: { on_delete: ForeignKeyAction };
}

export type Step =
  | { kind: 'createField'; collection: string; field: NewField }
  | { kind: 'createRelation'; relation: NewRelation }
  | { kind: 'deleteRelation'; collection: string; field: string }
  | { kind: 'deleteField'; collection: string; field: string };

export interface NewManyToOnePlan {
  collection: string;
  field: string;
  related: string;
  /** The related primary key's type, which the new foreign key column must share. */
  relatedPrimaryKeyType: string;
  /** false when `field` already exists on `collection`. */
  createField: boolean;
  /** The reverse O2M alias to create on `related`, or null for none. */
  alias: string | null;
  onDelete: ForeignKeyAction;
}

/**
 * Fields first, relation last: POST /relations needs the foreign key column to exist, and
 * Directus never creates the alias named in meta.one_field (it accepts one that is missing).
 */
export function planNewManyToOne(plan: NewManyToOnePlan): Step[] {
  const { collection, field, related, alias } = plan;
  const isFile = related === 'directus_files';
  const steps: Step[] = [];
  if (plan.createField) {
    steps.push({
      kind: 'createField',
      collection,
      field: {
        field,
        type: plan.relatedPrimaryKeyType,
        meta: isFile
          ? { interface: 'file', special: ['file'] }
          : { interface: 'select-dropdown-m2o', special: ['m2o'] },
        schema: {},
      },
    });
  }
  if (alias !== null) {
    steps.push({
      kind: 'createField',
      collection: related,
      field: { field: alias, type: 'alias', meta: { interface: 'list-o2m', special: ['o2m'] } },
    });
  }
  steps.push({
    kind: 'createRelation',
    relation: {
      collection,
      field,
      related_collection: related,
      meta: { one_field: alias, one_deselect_action: 'nullify', sort_field: null },
      schema: { on_delete: plan.onDelete },
    },
  });
  return steps;
}

/**
 * `<related>_<its primary key>` (`authors_id`, `languages_code`), the names the Data Studio
 * gives junction keys, then `_2`, `_3`... while the name is taken on `collection`.
 */
export function defaultForeignKeyName(schema: DirectusSchema, collection: string, related: string): string {
  const base = `${related}_${primaryKeyField(schema, related)?.field ?? 'id'}`;
  let name = base;
  for (let n = 2; fieldNameTaken(schema, collection, name); n += 1) name = `${base}_${n}`;
  return name;
}

/**
 * The relation first, the column last: if the second call fails the data is still there, and
 * the user can retry the irreversible part knowingly.
 */
export function planDeleteRelation({
  collection,
  field,
  deleteField,
}: {
  collection: string;
  field: string;
  deleteField: boolean;
}): Step[] {
  const steps: Step[] = [{ kind: 'deleteRelation', collection, field }];
  if (deleteField) steps.push({ kind: 'deleteField', collection, field });
  return steps;
}

export { describeDelete } from './describe-delete';
export type { DescribeDeleteOptions } from './describe-delete';
