// Checks a relation draft the way Directus does, and the way it should but does not (alias,
// sort and junction fields, SET NULL on NOT NULL columns), before any request is sent.
import type { ModelIndex } from '../model-index';
import { FOREIGN_KEY_ACTIONS } from '../directus-types';
import type { RelationDraft } from './draft';
import type { Issue } from './issues';
import { error, warning } from './issues';
import { checkJunctionField, checkManyToAny, checkOneField, checkSortField } from './meta-checks';

export type { Issue, IssueTarget } from './issues';

export interface ValidateDraftOptions {
  /** The one_field names an alias that Relata will create before saving the relation. */
  creatingOneField?: boolean;
  /** The sort_field names an integer field that Relata will create before saving. */
  creatingSortField?: boolean;
}

export function validateDraft(
  draft: RelationDraft,
  index: ModelIndex,
  options: ValidateDraftOptions = {},
): Issue[] {
  return [
    ...checkForeignKey(draft, index),
    ...checkOneField(draft, index, options.creatingOneField === true),
    ...checkSortField(draft, index, options.creatingSortField === true),
    ...checkJunctionField(draft, index),
    ...(draft.related_collection == null ? checkManyToAny(draft, index) : []),
  ];
}

function checkForeignKey(draft: RelationDraft, index: ModelIndex): Issue[] {
  const name = `${draft.collection}.${draft.field}`;
  const field = index.field(draft.collection, draft.field);
  if (!field) return [error('field', `${name} doesn't exist.`)];
  if (!draft.schema) return [];
  const issues: Issue[] = [];
  const notNull = field.schema?.is_nullable === false;
  for (const target of ['on_delete', 'on_update'] as const) {
    const action = draft.schema[target];
    if (!FOREIGN_KEY_ACTIONS.includes(action)) {
      issues.push(error(target, `"${String(action)}" is not one of ${FOREIGN_KEY_ACTIONS.join(', ')}.`));
    } else if (action === 'SET NULL' && notNull) {
      issues.push(error(target, `${name} is NOT NULL, so SET NULL is impossible.`));
    } else if (action === 'SET DEFAULT' && field.schema?.default_value == null) {
      issues.push(
        warning(
          target,
          `${name} has no default value, so SET DEFAULT sets it to NULL${notNull ? ', which its NOT NULL forbids' : ''}.`,
        ),
      );
    }
  }
  if (draft.collection === draft.related_collection && draft.schema.on_delete === 'CASCADE') {
    issues.push(
      warning(
        'on_delete',
        `${name} points at its own collection: deleting one item cascades through every item that points at it, and on down the chain.`,
      ),
    );
  }
  if (draft.meta.one_field && draft.meta.one_deselect_action === 'nullify' && notNull) {
    issues.push(
      warning(
        'one_deselect_action',
        `${name} is NOT NULL, so deselecting an item in ${draft.related_collection}.${draft.meta.one_field} (which sets it to NULL) will fail: choose delete.`,
      ),
    );
  }
  return issues;
}
