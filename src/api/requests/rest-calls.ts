// Each step as the REST request that makes it: the current API through the SDK's own
// composables, the id-addressed relations of the 9.0 RCs through customEndpoint (the SDK has
// no composables for them), several relation rows in one request where that API allows it.
import type { RestCall } from '../../domain/editing/copy-as';
import type { Step } from '../../domain/changes/steps';
import { legacyIdOf, legacyRowBody } from '../legacy/rows';
import { primaryKeyOf, relationAt, segment, type CallContext } from './context';
import { currentRelationBody } from './relation-bodies';

function fieldBody(field: { field: string; type: string; meta: unknown; schema: unknown }) {
  return { field: field.field, type: field.type, meta: field.meta ?? null, schema: field.schema ?? null };
}

/** Fields, collections, and the current API's relations. */
function currentCall(step: Step, context: CallContext): RestCall {
  switch (step.kind) {
    case 'createCollection': {
      const body = {
        ...step.collection,
        fields: step.collection.fields.map(fieldBody),
      };
      return { method: 'POST', path: '/collections', body, sdk: { fn: 'createCollection', args: [body] } };
    }
    case 'createField': {
      const { collection } = step.field;
      const body = fieldBody(step.field);
      return {
        method: 'POST',
        path: `/fields/${segment(collection)}`,
        body,
        sdk: { fn: 'createField', args: [collection, body] },
      };
    }
    case 'deleteField': {
      const { collection, field } = step.before;
      return {
        method: 'DELETE',
        path: `/fields/${segment(collection)}/${segment(field)}`,
        sdk: { fn: 'deleteField', args: [collection, field] },
      };
    }
    case 'deleteCollection': {
      const { collection } = step.before.collection;
      return {
        method: 'DELETE',
        path: `/collections/${segment(collection)}`,
        sdk: { fn: 'deleteCollection', args: [collection] },
      };
    }
    case 'createRelation':
    case 'updateRelation': {
      const { collection, field } = step.relation;
      const body = currentRelationBody(step.relation);
      // A foreign key whose relation row is gone (SQLite keeps it after a delete) reads back with
      // meta null, and POST refuses it as "already has an associated relationship": PATCH it.
      const patch =
        step.kind === 'updateRelation' || relationAt(context.schema, collection, field) !== undefined;
      return patch
        ? {
            method: 'PATCH',
            path: `/relations/${segment(collection)}/${segment(field)}`,
            body,
            sdk: { fn: 'updateRelation', args: [collection, field, body] },
          }
        : { method: 'POST', path: '/relations', body, sdk: { fn: 'createRelation', args: [body] } };
    }
    case 'deleteRelation': {
      const { collection, field } = step.before;
      return {
        method: 'DELETE',
        path: `/relations/${segment(collection)}/${segment(field)}`,
        sdk: { fn: 'deleteRelation', args: [collection, field] },
      };
    }
  }
}

function custom(method: RestCall['method'], path: string, body?: unknown): RestCall {
  return { method, path, body, sdk: { fn: 'customEndpoint', args: [{ method, path, body }] } };
}

/** The id-addressed relations API; fields and collections are as today. */
function legacyCall(group: readonly Step[], context: CallContext): RestCall {
  const [first] = group;
  if (!first) throw new Error('empty group of steps');
  const keyOf = (collection: string) => primaryKeyOf(context.schema, collection);
  switch (first.kind) {
    case 'createRelation': {
      const rows = group.map((step) =>
        step.kind === 'createRelation' ? legacyRowBody(step.relation, keyOf) : null,
      );
      return custom('POST', '/relations', rows.length === 1 ? rows[0] : rows);
    }
    case 'updateRelation':
      return custom('PATCH', `/relations/${legacyIdOf(first.before)}`, legacyRowBody(first.relation, keyOf));
    case 'deleteRelation': {
      const ids = group.map((step) => (step.kind === 'deleteRelation' ? legacyIdOf(step.before) : NaN));
      return ids.length === 1
        ? custom('DELETE', `/relations/${ids[0]}`)
        : custom('DELETE', '/relations', ids);
    }
    default:
      return currentCall(first, context);
  }
}

/** The one REST request for a group of steps (one step, or a batch on the id-addressed API). */
export function restCall(group: readonly Step[], context: CallContext): RestCall {
  const [first] = group;
  if (!first) throw new Error('empty group of steps');
  return context.generation === 'legacy' ? legacyCall(group, context) : currentCall(first, context);
}
