// The exact request the editor sends, as a curl command, SDK code or a GraphQL mutation, so a
// user can replay or script it. A token never appears: curl reads $DIRECTUS_TOKEN.
import { graphqlLiteral, jsLiteral, jsString, shellQuote } from './literals';

export type RelationRequest =
  | { action: 'create'; body: object }
  | { action: 'update'; collection: string; field: string; body: object }
  | { action: 'delete'; collection: string; field: string };

export function requestMethod(request: RelationRequest): 'POST' | 'PATCH' | 'DELETE' {
  return request.action === 'create' ? 'POST' : request.action === 'update' ? 'PATCH' : 'DELETE';
}

export function requestPath(request: RelationRequest): string {
  if (request.action === 'create') return '/relations';
  return `/relations/${encodeURIComponent(request.collection)}/${encodeURIComponent(request.field)}`;
}

export function asCurl(request: RelationRequest, baseUrl: string): string {
  const url = `${baseUrl.replace(/\/+$/, '')}${requestPath(request)}`;
  const lines = [
    `curl -X ${requestMethod(request)} ${shellQuote(url)}`,
    `-H "Authorization: Bearer $DIRECTUS_TOKEN"`,
  ];
  if (request.action !== 'delete') {
    lines.push(
      `-H 'Content-Type: application/json'`,
      `--data ${shellQuote(JSON.stringify(request.body, null, 2))}`,
    );
  }
  return lines.join(' \\\n  ');
}

export function asSdk(request: RelationRequest): string {
  switch (request.action) {
    case 'create':
      return `await client.request(createRelation(${jsLiteral(request.body)}));`;
    case 'update':
      return `await client.request(updateRelation(${jsString(request.collection)}, ${jsString(request.field)}, ${jsLiteral(request.body)}));`;
    case 'delete':
      return `await client.request(deleteRelation(${jsString(request.collection)}, ${jsString(request.field)}));`;
  }
}

export interface GraphqlOptions {
  /** The related primary key, for the schema input GraphQL insists on; defaults to `id`. */
  relatedPrimaryKey?: string;
}

/**
 * GraphQL's schema input type requires table, column, foreign_key_table, foreign_key_column and
 * on_update whenever `schema` is given (recorded/directus-12.4.0-sqlite/62), though the server
 * only uses on_delete/on_update: fill them in from the relation itself.
 */
function graphqlData(
  body: object,
  key: { collection?: string; field?: string },
  options: GraphqlOptions,
): Record<string, unknown> {
  const data: Record<string, unknown> = { ...key, ...body, ...key };
  const schema = data['schema'];
  const related = data['related_collection'];
  if (schema && typeof schema === 'object' && typeof related === 'string') {
    data['schema'] = {
      table: data['collection'],
      column: data['field'],
      foreign_key_table: related,
      foreign_key_column: options.relatedPrimaryKey ?? 'id',
      on_update: 'NO ACTION',
      ...schema,
    };
  }
  return data;
}

const SELECTION = '{\n    collection\n    field\n    related_collection\n  }';

export function asGraphql(request: RelationRequest, options: GraphqlOptions = {}): string {
  let call: string;
  if (request.action === 'create') {
    call = `create_relations_item(data: ${graphqlLiteral(graphqlData(request.body, {}, options), '  ')}) ${SELECTION}`;
  } else {
    const args = `collection: ${JSON.stringify(request.collection)}, field: ${JSON.stringify(request.field)}`;
    if (request.action === 'delete') {
      call = `delete_relations_item(${args}) {\n    collection\n    field\n  }`;
    } else {
      // Without collection and field inside data, 12.4.0 applies the update but returns
      // another relation (recorded/directus-12.4.0-sqlite/65).
      const data = graphqlData(
        request.body,
        { collection: request.collection, field: request.field },
        options,
      );
      call = `update_relations_item(${args}, data: ${graphqlLiteral(data, '  ')}) ${SELECTION}`;
    }
  }
  return `# POST /graphql/system\nmutation {\n  ${call}\n}`;
}
