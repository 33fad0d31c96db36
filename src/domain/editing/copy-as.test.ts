import { describe, expect, it } from 'vitest';
import { aRelation } from '../../testing/builders';
import { draftFromRelation, updateRequestBody } from './draft';
import type { RelationRequest } from './copy-as';
import { asCurl, asGraphql, asSdk, requestPath } from './copy-as';

const createBody = {
  collection: 'articles',
  field: 'author',
  related_collection: 'authors',
  meta: { one_field: "author's_articles", one_deselect_action: 'nullify', sort_field: null },
  schema: { on_delete: 'SET NULL' },
};
const create: RelationRequest = { action: 'create', body: createBody };
const updateBody = updateRequestBody(draftFromRelation(aRelation({ meta: { one_field: 'articles' } })));
const update: RelationRequest = {
  action: 'update',
  collection: 'articles',
  field: 'author',
  body: updateBody,
};
const remove: RelationRequest = { action: 'delete', collection: 'my articles', field: 'author/x' };

/** Undoes shellQuote on the last single-quoted word of a command. */
function dataOf(command: string): unknown {
  const match = /--data '((?:[^']|'\\'')*)'$/.exec(command);
  if (!match?.[1]) throw new Error(`no --data in ${command}`);
  return JSON.parse(match[1].replace(/'\\''/g, "'"));
}

describe('requestPath', () => {
  it('encodes collection and field', () => {
    expect(requestPath(create)).toBe('/relations');
    expect(requestPath(remove)).toBe('/relations/my%20articles/author%2Fx');
  });
});

describe('asCurl', () => {
  it('POSTs the body, which parses back to the same object', () => {
    const command = asCurl(create, 'http://127.0.0.1:8055/');
    expect(command.startsWith("curl -X POST 'http://127.0.0.1:8055/relations' \\\n")).toBe(true);
    expect(command).toContain(`-H "Authorization: Bearer $DIRECTUS_TOKEN"`);
    expect(command).toContain("-H 'Content-Type: application/json'");
    expect(dataOf(command)).toEqual(createBody);
  });

  it('PATCHes the full body to the relation path', () => {
    const command = asCurl(update, 'https://cms.example.com');
    expect(command).toContain("curl -X PATCH 'https://cms.example.com/relations/articles/author'");
    expect(dataOf(command)).toEqual(updateBody);
  });

  it('DELETEs without a body', () => {
    const command = asCurl(remove, 'http://localhost:8055');
    expect(command).toBe(
      `curl -X DELETE 'http://localhost:8055/relations/my%20articles/author%2Fx' \\\n  -H "Authorization: Bearer $DIRECTUS_TOKEN"`,
    );
  });

  it('never contains a token', () => {
    for (const request of [create, update, remove]) {
      const command = asCurl(request, 'http://localhost:8055');
      expect(command).not.toMatch(/Bearer (?!\$DIRECTUS_TOKEN)/);
      expect(command).not.toMatch(/access_token|eyJ/);
    }
  });
});

describe('asSdk', () => {
  it('writes the three SDK calls', () => {
    expect(asSdk(create)).toMatch(/^await client\.request\(createRelation\(\{\n {2}collection: 'articles',/);
    expect(asSdk(create)).toContain("one_field: 'author\\'s_articles'");
    expect(asSdk(update)).toMatch(/^await client\.request\(updateRelation\('articles', 'author', \{\n/);
    expect(asSdk(update)).toContain("on_update: 'NO ACTION'");
    expect(asSdk(remove)).toBe("await client.request(deleteRelation('my articles', 'author/x'));");
  });
});

describe('asGraphql', () => {
  it('creates with the schema input GraphQL requires filled in', () => {
    const text = asGraphql(create, { relatedPrimaryKey: 'uid' });
    expect(text).toContain('mutation {\n  create_relations_item(data: {\n    collection: "articles",');
    expect(text).toContain(
      'schema: {\n      table: "articles",\n      column: "author",\n      foreign_key_table: "authors",\n      foreign_key_column: "uid",\n      on_update: "NO ACTION",\n      on_delete: "SET NULL"\n    }',
    );
    expect(text).toContain('one_field: "author\'s_articles"');
    expect(text).toMatch(/\{\n {4}collection\n {4}field\n {4}related_collection\n {2}\}\n\}$/);
    expect(text).not.toContain('"collection":');
  });

  it('repeats collection and field inside the update data', () => {
    const text = asGraphql(update);
    expect(text).toContain(
      'update_relations_item(collection: "articles", field: "author", data: {\n    collection: "articles",\n    field: "author",',
    );
    expect(text).toContain('one_allowed_collections: null');
    expect(text).toContain('on_update: "NO ACTION"');
  });

  it('keeps schema null for a many-to-any item relation', () => {
    const body = updateRequestBody(
      draftFromRelation(
        aRelation({ field: 'item', related_collection: null, meta: { one_allowed_collections: ['a', 'b'] } }),
      ),
    );
    const text = asGraphql({ action: 'update', collection: 'articles', field: 'item', body });
    expect(text).toContain('schema: null');
    expect(text).toContain('one_allowed_collections: ["a", "b"]');
  });

  it('deletes by collection and field', () => {
    expect(asGraphql(remove)).toBe(
      '# POST /graphql/system\nmutation {\n  delete_relations_item(collection: "my articles", field: "author/x") {\n    collection\n    field\n  }\n}',
    );
  });
});
