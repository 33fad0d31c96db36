// The API-level steps a change is made of, in the order Directus needs them. Each step carries
// what it replaces or removes, so a plan can be applied to a model, undone, or compensated.
import type { DirectusCollection, DirectusField, DirectusRelation, DirectusSchema } from '../directus-types';

/** A field as POST /fields (or a schema snapshot) takes it. */
export interface FieldBody {
  collection: string;
  field: string;
  type: string;
  meta: NonNullable<DirectusField['meta']> | null;
  /** `{}` makes a nullable column with the server's defaults; alias fields have none. */
  schema: NonNullable<DirectusField['schema']> | null;
}

/** A collection as POST /collections takes it: with its primary key among `fields`. */
export interface CollectionBody {
  collection: string;
  meta: NonNullable<DirectusCollection['meta']>;
  schema: { name: string };
  fields: FieldBody[];
}

export type Step =
  | { kind: 'createCollection'; collection: CollectionBody }
  | { kind: 'createField'; field: FieldBody }
  | { kind: 'createRelation'; relation: DirectusRelation }
  | { kind: 'updateRelation'; relation: DirectusRelation; before: DirectusRelation }
  | { kind: 'deleteRelation'; before: DirectusRelation }
  | { kind: 'deleteField'; before: DirectusField }
  | { kind: 'deleteCollection'; before: { collection: DirectusCollection; fields: DirectusField[] } };

export type StepKind = Step['kind'];

export const isDestructive = (step: Step): boolean =>
  (step.kind === 'deleteField' && step.before.type !== 'alias') || step.kind === 'deleteCollection';

/** What a step touches, as `collection`, `collection.field` or `relation:collection.field`. */
export function stepTarget(step: Step): string {
  switch (step.kind) {
    case 'createCollection':
      return step.collection.collection;
    case 'deleteCollection':
      return step.before.collection.collection;
    case 'createField':
      return `${step.field.collection}.${step.field.field}`;
    case 'deleteField':
      return `${step.before.collection}.${step.before.field}`;
    case 'createRelation':
    case 'updateRelation':
      return `relation:${step.relation.collection}.${step.relation.field}`;
    case 'deleteRelation':
      return `relation:${step.before.collection}.${step.before.field}`;
  }
}

export type { DirectusSchema };

/**
 * The steps for a server whose relations are metadata only (the 9.0 release candidates): no
 * foreign key, so no schema on the relations they create or change.
 */
export function withoutForeignKeys(steps: readonly Step[]): Step[] {
  return steps.map((step) =>
    step.kind === 'createRelation' || step.kind === 'updateRelation'
      ? { ...step, relation: { ...step.relation, schema: null } }
      : step,
  );
}
