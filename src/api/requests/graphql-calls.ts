// Each step as the /graphql/system mutation that makes it, with its values as variables cut down
// to what the generation's input types declare. Directus 12 addresses relations by collection and
// field; the 9.0 RCs by row id, with list mutations for batches.
import type { GraphqlCall } from '../../domain/editing/copy-as';
import type { FieldBody, Step } from '../../domain/changes/steps';
import { legacyIdOf, legacyRowBody } from '../legacy/rows';
import { primaryKeyOf, relationAt, type CallContext, type Generation } from './context';
import { only, SHAPES } from './graphql-shapes';
import { graphqlRelationData } from './relation-bodies';

const KEY_SELECTION = '{ collection field }';
const ROW_SELECTION = '{ id many_collection many_field }';

/** GraphQL's String refuses numbers: a default value goes as text (Directus stores it so). */
function fieldSchema(schema: unknown, generation: Generation): unknown {
  const value = only(schema, SHAPES[generation].fieldSchema);
  if (typeof value !== 'object' || value === null) return value;
  const { default_value: defaultValue, ...rest } = value as Record<string, unknown>;
  return defaultValue == null ? rest : { ...rest, default_value: String(defaultValue) };
}

function fieldData(field: Omit<FieldBody, 'collection'> & { collection?: string }, generation: Generation) {
  // The meta id belongs to the server; a field made again gets a new one.
  const meta = only(
    field.meta,
    SHAPES[generation].fieldMeta.filter((key) => key !== 'id'),
  );
  return {
    ...(field.collection ? { collection: field.collection } : {}),
    field: field.field,
    type: field.type,
    meta,
    schema: fieldSchema(field.schema, generation),
  };
}

function collectionCall(
  step: Extract<Step, { kind: 'createCollection' }>,
  generation: Generation,
): GraphqlCall {
  const { collection, meta, schema, fields } = step.collection;
  const type = SHAPES[generation].types.collection;
  const data = {
    collection,
    meta: only(meta, SHAPES[generation].collectionMeta),
    schema: { name: schema.name },
    fields: fields.map((field) => fieldData(field, generation)),
  };
  return {
    query: `mutation ($data: ${type}!) { create_collections_item(data: $data) { collection } }`,
    variables: { data },
    ...(generation === 'current'
      ? {
          unsupported:
            "Directus 12's GraphQL cannot create a collection: create_collections_item takes no collection name (write_directus_collections_input has only meta and fields).",
        }
      : {}),
  };
}

function sharedCall(step: Step, generation: Generation): GraphqlCall | null {
  const types = SHAPES[generation].types;
  switch (step.kind) {
    case 'createCollection':
      return collectionCall(step, generation);
    case 'createField':
      return {
        query: `mutation ($collection: String!, $data: ${types.field}!) { create_fields_item(collection: $collection, data: $data) ${KEY_SELECTION} }`,
        variables: { collection: step.field.collection, data: fieldData(step.field, generation) },
      };
    case 'deleteField':
      return {
        query: `mutation ($collection: String!, $field: String!) { delete_fields_item(collection: $collection, field: $field) ${KEY_SELECTION} }`,
        variables: { collection: step.before.collection, field: step.before.field },
      };
    case 'deleteCollection':
      return {
        query:
          'mutation ($collection: String!) { delete_collections_item(collection: $collection) { collection } }',
        variables: { collection: step.before.collection.collection },
      };
    default:
      return null;
  }
}

function currentRelationCall(step: Step, context: CallContext): GraphqlCall {
  switch (step.kind) {
    case 'createRelation':
    case 'updateRelation': {
      const { collection, field } = step.relation;
      const data = graphqlRelationData(step.relation, context.schema);
      // As over REST: a foreign key left without its row (SQLite) is updated, not created.
      if (step.kind === 'createRelation' && !relationAt(context.schema, collection, field))
        return {
          query: `mutation ($data: write_directus_relations_input!) { create_relations_item(data: $data) ${KEY_SELECTION} }`,
          variables: { data },
        };
      // collection and field repeated inside data: without them 12.4.0 applies the update but
      // returns another relation (recorded/directus-12.4.0-sqlite/65).
      return {
        query: `mutation ($collection: String!, $field: String!, $data: write_directus_relations_input!) { update_relations_item(collection: $collection, field: $field, data: $data) ${KEY_SELECTION} }`,
        variables: { collection, field, data },
      };
    }
    case 'deleteRelation':
      return {
        query: `mutation ($collection: String!, $field: String!) { delete_relations_item(collection: $collection, field: $field) ${KEY_SELECTION} }`,
        variables: { collection: step.before.collection, field: step.before.field },
      };
    default:
      throw new Error(`${step.kind} is not a relation step`);
  }
}

function legacyRelationCall(group: readonly Step[], context: CallContext): GraphqlCall {
  const [first] = group;
  const keyOf = (collection: string) => primaryKeyOf(context.schema, collection);
  switch (first?.kind) {
    case 'createRelation': {
      const rows = group.flatMap((step) =>
        step.kind === 'createRelation' ? [legacyRowBody(step.relation, keyOf)] : [],
      );
      return rows.length === 1
        ? {
            query: `mutation ($data: create_directus_relations_input!) { create_relations_item(data: $data) ${ROW_SELECTION} }`,
            variables: { data: rows[0] },
          }
        : {
            query: `mutation ($data: [create_directus_relations_input!]) { create_relations_items(data: $data) ${ROW_SELECTION} }`,
            variables: { data: rows },
          };
    }
    case 'updateRelation':
      return {
        query: `mutation ($id: ID!, $data: update_directus_relations_input!) { update_relations_item(id: $id, data: $data) ${ROW_SELECTION} }`,
        variables: { id: legacyIdOf(first.before), data: legacyRowBody(first.relation, keyOf) },
      };
    case 'deleteRelation': {
      const ids = group.flatMap((step) => (step.kind === 'deleteRelation' ? [legacyIdOf(step.before)] : []));
      return ids.length === 1
        ? {
            query: 'mutation ($id: ID!) { delete_relations_item(id: $id) { id } }',
            variables: { id: ids[0] },
          }
        : {
            query: 'mutation ($ids: [ID]!) { delete_relations_items(ids: $ids) { ids } }',
            variables: { ids },
          };
    }
    default:
      throw new Error(`${first?.kind ?? 'nothing'} is not a relation step`);
  }
}

/** The one mutation for a group of steps (one step, or a batch on the id-addressed API). */
export function graphqlCall(group: readonly Step[], context: CallContext): GraphqlCall {
  const [first] = group;
  if (!first) throw new Error('empty group of steps');
  const shared = sharedCall(first, context.generation);
  if (shared) return shared;
  return context.generation === 'legacy'
    ? legacyRelationCall(group, context)
    : currentRelationCall(first, context);
}

/** The field of the answer's `data` a call's result is under. */
export function mutationName(call: GraphqlCall): string {
  const match = /\{\s*([a-z_]+)\(/.exec(call.query);
  return match?.[1] ?? '';
}
