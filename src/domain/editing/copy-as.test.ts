import { describe, expect, it } from 'vitest';
import { renderCalls, type WireCall } from './copy-as';

const body = {
  collection: 'articles',
  field: 'author',
  related_collection: 'authors',
  meta: { one_field: "author's_articles", sort_field: null },
  schema: { on_delete: 'SET NULL', on_update: 'NO ACTION' },
};

const update: WireCall = {
  summary: 'Change relation articles.author',
  rest: {
    method: 'PATCH',
    path: '/relations/articles/author',
    body,
    sdk: { fn: 'updateRelation', args: ['articles', 'author', body] },
  },
  graphql: {
    query:
      'mutation ($collection: String!, $field: String!, $data: write_directus_relations_input!) { update_relations_item(collection: $collection, field: $field, data: $data) { collection field } }',
    variables: { collection: 'articles', field: 'author', data: body },
  },
};

const remove: WireCall = {
  summary: 'Delete relation my articles.author/x → authors',
  rest: {
    method: 'DELETE',
    path: '/relations/my%20articles/author%2Fx',
    sdk: { fn: 'deleteRelation', args: ['my articles', 'author/x'] },
  },
  graphql: {
    query:
      'mutation ($collection: String!, $field: String!) { delete_relations_item(collection: $collection, field: $field) { collection field } }',
    variables: { collection: 'my articles', field: 'author/x' },
  },
};

const rows = [
  { many_collection: 'articles', many_field: 'editor', one_collection: 'authors' },
  { many_collection: 'articles', many_field: 'reviewer', one_collection: 'authors' },
];
const batch: WireCall = {
  summary: 'Create 2 relations in one request',
  rest: {
    method: 'POST',
    path: '/relations',
    body: rows,
    sdk: { fn: 'customEndpoint', args: [{ method: 'POST', path: '/relations', body: rows }] },
  },
  graphql: {
    query:
      'mutation ($data: [create_directus_relations_input!]) { create_relations_items(data: $data) { id } }',
    variables: { data: rows },
  },
};

/** Undoes shellQuote on the last single-quoted word of a command. */
function dataOf(command: string): unknown {
  const match = /--data '((?:[^']|'\\'')*)'$/.exec(command);
  if (!match?.[1]) throw new Error(`no --data in ${command}`);
  return JSON.parse(match[1].replace(/'\\''/g, "'"));
}

const rest = { api: 'rest' as const, url: 'http://127.0.0.1:8055/' };
const graphql = { api: 'graphql' as const, url: 'http://127.0.0.1:8055' };

describe('Copy as curl', () => {
  it('sends the REST body, which parses back to the same object', () => {
    const command = renderCalls([update], 'curl', rest);
    expect(command.startsWith("curl -X PATCH 'http://127.0.0.1:8055/relations/articles/author' \\\n")).toBe(
      true,
    );
    expect(command).toContain(`-H "Authorization: Bearer $DIRECTUS_TOKEN"`);
    expect(dataOf(command)).toEqual(body);
  });

  it('DELETEs without a body', () => {
    expect(renderCalls([remove], 'curl', rest)).toBe(
      `curl -X DELETE 'http://127.0.0.1:8055/relations/my%20articles/author%2Fx' \\\n  -H "Authorization: Bearer $DIRECTUS_TOKEN"`,
    );
  });

  it('posts the query and variables to /graphql/system for the GraphQL dialect', () => {
    const command = renderCalls([update], 'curl', graphql);
    expect(command).toContain("curl -X POST 'http://127.0.0.1:8055/graphql/system'");
    expect(dataOf(command)).toEqual({ query: update.graphql.query, variables: update.graphql.variables });
  });

  it('numbers several calls and never contains a token', () => {
    const text = renderCalls([update, remove], 'curl', rest);
    expect(text).toMatch(/^# 1\. Change relation articles.author\ncurl -X PATCH/);
    expect(text).toContain('\n\n# 2. Delete relation my articles.author/x → authors\ncurl -X DELETE');
    expect(text).not.toMatch(/Bearer (?!\$DIRECTUS_TOKEN)/);
  });
});

describe('Copy as @directus/sdk', () => {
  it('writes the SDK composable the gateway sends', () => {
    const text = renderCalls([update], 'sdk', rest);
    expect(text).toMatch(
      /^await client\.request\(updateRelation\('articles', 'author', \{\n {2}collection: 'articles',/,
    );
    expect(text).toContain("one_field: 'author\\'s_articles'");
    expect(renderCalls([remove], 'sdk', rest)).toBe(
      "await client.request(deleteRelation('my articles', 'author/x'));",
    );
  });

  it('writes customEndpoint with a JSON body for the id-addressed API', () => {
    const text = renderCalls([batch], 'sdk', rest);
    expect(text).toContain(
      "await client.request(customEndpoint({\n  path: '/relations',\n  method: 'POST',\n  body: JSON.stringify([",
    );
    expect(text).toContain("many_field: 'reviewer'");
  });

  it('writes client.query for the GraphQL dialect', () => {
    expect(renderCalls([remove], 'sdk', graphql)).toBe(
      `await client.query('${remove.graphql.query}', {\n  collection: 'my articles',\n  field: 'author/x'\n}, 'system');`,
    );
  });
});

describe('Copy as GraphQL', () => {
  it('shows the operation and its variables', () => {
    const text = renderCalls([batch], 'graphql', rest);
    expect(text).toContain(
      '# POST /graphql/system\nmutation ($data: [create_directus_relations_input!]) { create_relations_items',
    );
    expect(text).toContain('# variables\n{\n  "data": [');
  });

  it('says when the server cannot do it', () => {
    const call = { ...batch, graphql: { ...batch.graphql, unsupported: 'No collections here.' } };
    expect(renderCalls([call], 'graphql', graphql)).toMatch(/^# Not possible here: No collections here\./);
  });

  it('says when there is nothing to send', () => {
    expect(renderCalls([], 'sdk', rest)).toBe('// Nothing to send.');
  });
});
