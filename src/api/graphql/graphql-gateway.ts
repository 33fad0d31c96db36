// The data model over /graphql/system through the SDK's graphql() composable, for both
// generations: Directus 9 final to 12 (relations by collection and field) and the 9.0 RCs
// (relation rows by id, list mutations for batches). Resolver errors arrive as HTTP 200 with
// `errors`; the SDK throws them like REST errors, so they become the same RelataErrors.
import type { GraphqlCall } from '../../domain/editing/copy-as';
import type { RelataClient } from '../client';
import { RelataError } from '../errors';
import type { Gateway, Generation } from '../gateway';
import { legacyStepRunner, withRowsReadById } from '../legacy/legacy-steps';
import { parseLegacyRow, relationFromLegacyRow, type LegacyRelationRow } from '../legacy/rows';
import { commitOrdered, type StepRunner } from '../ordered-commit';
import { call } from '../request';
import { groupSteps, wireCalls } from '../requests/calls';
import { graphqlCall, mutationName } from '../requests/graphql-calls';
import { modelFromGraphql } from './graphql-model';
import { modelQuery } from '../requests/graphql-shapes';

async function query(client: RelataClient, request: Pick<GraphqlCall, 'query' | 'variables'>) {
  const data = await call(() =>
    client.query<Record<string, unknown>>(request.query, request.variables, 'system'),
  );
  if (typeof data !== 'object' || data === null)
    throw new RelataError('malformed-response', "Directus's GraphQL answered without data.");
  return data;
}

/** Sends one mutation; its result, which must not be null (a missing id answers null). */
async function mutate(client: RelataClient, request: GraphqlCall): Promise<unknown> {
  const name = mutationName(request);
  const result = (await query(client, request))[name];
  if (result == null)
    throw new RelataError(
      'conflict',
      `Directus's GraphQL answered ${name} with null: what it should change is not there.`,
    );
  return result;
}

async function readRowById(client: RelataClient, id: number): Promise<LegacyRelationRow | null> {
  const data = await query(client, {
    query:
      'query ($id: ID!) { relations_by_id(id: $id) { id many_collection many_field many_primary one_collection one_field one_primary one_collection_field one_allowed_collections junction_field sort_field } }',
    variables: { id },
  }).catch((error: unknown) => {
    // A missing row answers FORBIDDEN, as over REST.
    if (error instanceof RelataError && error.kind === 'forbidden') return { relations_by_id: null };
    throw error;
  });
  const row = data['relations_by_id'] == null ? null : parseLegacyRow(data['relations_by_id']);
  // rc.64 answers a missing id with one of its own rows (id null; recorded/…-rc.64-sqlite/38).
  return row?.id === id ? row : null;
}

export function createGraphqlGateway(client: RelataClient, generation: Generation): Gateway {
  const readModel = async () =>
    modelFromGraphql(await query(client, { query: modelQuery(generation), variables: {} }), generation);
  const context = (schema: Parameters<StepRunner['run']>[1]) => ({ generation, schema });
  const runner: StepRunner =
    generation === 'legacy'
      ? legacyStepRunner(
          (group, schema) => mutate(client, graphqlCall(group, context(schema))),
          async (steps) =>
            withRowsReadById(
              await readModel(),
              steps,
              (id) => readRowById(client, id),
              relationFromLegacyRow,
            ),
        )
      : {
          readFresh: readModel,
          group: (steps) => groupSteps(steps, 'current'),
          run: async (group, schema) => {
            await mutate(client, graphqlCall(group, context(schema)));
            return [...group];
          },
        };
  return {
    dialect: 'graphql',
    generation,
    readModel,
    commit: (steps, options) =>
      commitOrdered(
        {
          ...runner,
          unsupported: (planned, schema) =>
            wireCalls(planned, generation, schema).flatMap((wire) =>
              wire.graphql.unsupported ? [wire.graphql.unsupported] : [],
            ),
        },
        steps,
        options,
      ),
    calls: (steps, schema) => wireCalls(steps, generation, schema),
  };
}
