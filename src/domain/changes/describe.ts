// Plain-language lines for previews, confirmations, the pending list and Markdown summaries.
import { KIND_LABEL } from '../model';
import type { Change } from './change';
import type { Step } from './steps';

export type StepAction = 'create' | 'alter' | 'drop';

export interface StepDescription {
  action: StepAction;
  text: string;
  /** Loses data that undo cannot bring back. */
  destructive: boolean;
}

function fieldKind(type: string, meta: { special?: unknown; hidden?: unknown } | null | undefined): string {
  const special = Array.isArray(meta?.special) ? (meta.special as string[]).join(', ') : '';
  const parts = [type, special && special !== type ? special : '', meta?.hidden ? 'hidden' : ''].filter(
    Boolean,
  );
  return parts.join(', ');
}

export function describeStep(step: Step): StepDescription {
  switch (step.kind) {
    case 'createCollection': {
      const { collection, meta, fields } = step.collection;
      const key = fields.find((f) => f.schema?.is_primary_key || f.field === 'id');
      const what = meta.hidden ? 'hidden junction collection' : 'collection';
      return {
        action: 'create',
        text: `Create ${what} ${collection}${key ? ` (key ${key.field}: ${key.type})` : ''}`,
        destructive: false,
      };
    }
    case 'createField': {
      const { collection, field, type, meta } = step.field;
      return {
        action: 'create',
        text: `Create field ${collection}.${field} (${fieldKind(type, meta)})`,
        destructive: false,
      };
    }
    case 'createRelation': {
      const r = step.relation;
      const to = r.related_collection ?? `any of ${(r.meta?.one_allowed_collections ?? []).join(', ')}`;
      const extras = [
        r.meta?.one_field ? `alias ${r.related_collection}.${r.meta.one_field}` : '',
        r.meta?.junction_field ? `junction field ${r.meta.junction_field}` : '',
        r.meta?.sort_field ? `sort ${r.meta.sort_field}` : '',
        r.schema?.on_delete ? `on delete ${r.schema.on_delete}` : '',
      ].filter(Boolean);
      return {
        action: 'create',
        text: `Create relation ${r.collection}.${r.field} → ${to}${extras.length ? ` (${extras.join(', ')})` : ''}`,
        destructive: false,
      };
    }
    case 'updateRelation':
      return {
        action: 'alter',
        text: `Change relation ${step.relation.collection}.${step.relation.field}`,
        destructive: false,
      };
    case 'deleteRelation':
      return {
        action: 'drop',
        text: `Delete relation ${step.before.collection}.${step.before.field} → ${step.before.related_collection ?? 'any collection'}`,
        destructive: false,
      };
    case 'deleteField': {
      const alias = step.before.type === 'alias';
      return {
        action: 'drop',
        text: `Delete ${alias ? 'alias field' : 'field'} ${step.before.collection}.${step.before.field}${alias ? '' : ' and all its data'}`,
        destructive: !alias,
      };
    }
    case 'deleteCollection':
      return {
        action: 'drop',
        text: `Delete collection ${step.before.collection.collection} and all its items`,
        destructive: true,
      };
  }
}

export function describeChange(change: Change): string {
  switch (change.type) {
    case 'createRelationship': {
      const r = change.relationship;
      return `New ${KIND_LABEL[r.kind]}: ${r.collection}.${r.field} → ${r.related.join(', ')}`;
    }
    case 'updateRelation':
      return `Edit relation ${change.after.collection}.${change.after.field}`;
    case 'deleteRelation':
      return `Delete relation ${change.relation.collection}.${change.relation.field}${change.deleteField ? ' and its field' : ''}`;
    case 'deleteRelationship':
      return `Delete relationship ${change.relationshipId}${change.whole ? ' with its fields and junction' : ''}`;
    case 'batch':
      return change.changes.map(describeChange).join('; ');
  }
}
