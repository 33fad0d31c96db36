import { describe, expect, it } from 'vitest';
import { isFolder } from '../collections';
import { parseSnapshot, parseSnapshotParts, parseTemplateFiles, SnapshotError } from './snapshot';

// As `npx directus schema snapshot` writes them: JSON on one line (JSON.stringify), YAML by
// js-yaml's dump. Trimmed to one collection, one folder, two fields and one relation.
const snapshot = {
  version: 1,
  directus: '11.2.2',
  vendor: 'postgres',
  collections: [
    {
      collection: 'articles',
      meta: { collection: 'articles', group: 'content', icon: null },
      schema: { name: 'articles' },
    },
    { collection: 'content', meta: { collection: 'content', icon: 'folder' } },
  ],
  fields: [
    {
      collection: 'articles',
      field: 'id',
      type: 'integer',
      meta: { hidden: true, special: null },
      schema: { name: 'id', is_primary_key: true, has_auto_increment: true },
    },
    {
      collection: 'articles',
      field: 'author',
      type: 'uuid',
      meta: { special: ['m2o'] },
      schema: { name: 'author' },
    },
  ],
  systemFields: [{ collection: 'directus_activity', field: 'timestamp', schema: { is_indexed: true } }],
  relations: [
    {
      collection: 'articles',
      field: 'author',
      related_collection: 'directus_users',
      meta: { junction_field: null, one_field: null },
      schema: { on_delete: 'SET NULL', on_update: 'NO ACTION' },
    },
  ],
};

const yaml = `version: 1
directus: 10.12.0
vendor: sqlite
collections:
  - collection: articles
    meta:
      collection: articles
      group: content
      icon: null
    schema:
      name: articles
  - collection: content
    meta:
      collection: content
      icon: folder
fields:
  - collection: articles
    field: id
    type: integer
    meta:
      hidden: true
      special: null
    schema:
      name: id
      is_primary_key: true
      has_auto_increment: true
  - collection: articles
    field: author
    type: uuid
    meta:
      special:
        - m2o
    schema:
      name: author
relations:
  - collection: articles
    field: author
    related_collection: directus_users
    meta:
      junction_field: null
      one_field: null
    schema:
      on_delete: SET NULL
      on_update: NO ACTION
`;

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SnapshotError);
    return (error as Error).message;
  }
  throw new Error('expected a SnapshotError');
}

describe('parseSnapshot', () => {
  it('reads the JSON `directus schema snapshot` writes', () => {
    const parsed = parseSnapshot(JSON.stringify(snapshot), 'snapshot.json');
    expect(parsed.format).toBe('json');
    expect(parsed.directus).toBe('11.2.2');
    expect(parsed.vendor).toBe('postgres');
    expect(parsed.schema.collections.map((c) => c.collection)).toEqual(['articles', 'content']);
    expect(parsed.schema.fields).toHaveLength(2);
    expect(parsed.schema.relations[0]).toMatchObject({
      collection: 'articles',
      related_collection: 'directus_users',
    });
    expect(parsed.systemFields).toEqual(snapshot.systemFields);
  });

  it('reads the same snapshot written as YAML', () => {
    const parsed = parseSnapshot(yaml, 'snapshot.yaml');
    expect(parsed.format).toBe('yaml');
    expect(parsed.directus).toBe('10.12.0');
    expect(parsed.vendor).toBe('sqlite');
    const json = { ...snapshot, systemFields: undefined };
    expect(parsed.schema).toEqual(parseSnapshot(JSON.stringify(json)).schema);
  });

  it('tells JSON from YAML by the text when there is no file name', () => {
    expect(parseSnapshot(JSON.stringify(snapshot)).format).toBe('json');
    expect(parseSnapshot(yaml).format).toBe('yaml');
  });

  it('unwraps the `{ data: … }` answer of GET /schema/snapshot', () => {
    const parsed = parseSnapshot(JSON.stringify({ data: snapshot }), 'response.json');
    expect(parsed.directus).toBe('11.2.2');
    expect(parsed.schema.relations).toHaveLength(1);
  });

  it('keeps a folder a folder: Directus leaves its schema out', () => {
    const [, folder] = parseSnapshot(yaml).schema.collections;
    expect(folder?.schema).toBeUndefined();
    expect(isFolder(folder!)).toBe(true);
  });

  it('fills in what hand-written files leave out of a relation', () => {
    const parsed = parseSnapshot(
      'version: 1\ndirectus: 10.10.0\ncollections: []\nfields: []\nrelations:\n  - collection: posts\n    field: author\n    related_collection: directus_users\n',
    );
    expect(parsed.schema.relations).toEqual([
      {
        collection: 'posts',
        field: 'author',
        related_collection: 'directus_users',
        meta: null,
        schema: null,
      },
    ]);
    expect(parsed.vendor).toBeNull();
  });

  it('reads an unquoted YAML version number as text', () => {
    expect(parseSnapshot('version: 1\ndirectus: 10.1\ncollections: []').directus).toBe('10.1');
  });

  it('follows YAML anchors and merge keys, as js-yaml does', () => {
    const parsed = parseSnapshot(
      'collections:\n  - &base\n    collection: a\n    schema: {name: a}\n  - <<: *base\n    collection: b\n',
    );
    expect(parsed.schema.collections.map((c) => [c.collection, c.schema?.name])).toEqual([
      ['a', 'a'],
      ['b', 'a'],
    ]);
  });

  it('accepts a byte order mark', () => {
    expect(parseSnapshot('\uFEFF' + JSON.stringify(snapshot), 'snapshot.json').directus).toBe('11.2.2');
  });
});

describe('parseSnapshot errors', () => {
  it('says a file is empty', () => {
    expect(message(() => parseSnapshot('  \n', 'base.json'))).toBe('base.json is empty.');
  });

  it('says where JSON breaks', () => {
    expect(message(() => parseSnapshot('{\n  "version": 1,\n  oops\n}', 'base.json'))).toMatch(
      /^base\.json is not valid JSON: .*line 3/,
    );
  });

  it('says where YAML breaks, on one line', () => {
    const text = message(() => parseSnapshot('collections:\n  - collection: a\n - b: [\n', 'head.yaml'));
    expect(text).toMatch(/^head\.yaml is not valid YAML: .+\.$/);
    expect(text).not.toContain('\n');
  });

  it('says neither JSON nor YAML when the name does not tell the format', () => {
    expect(message(() => parseSnapshot('# Notes\n\nkey: value\n  bad: [\n', 'NOTES.md'))).toMatch(
      /^NOTES\.md is neither JSON nor valid YAML: .+\.$/,
    );
  });

  it('refuses a duplicate YAML key, as Directus does', () => {
    expect(message(() => parseSnapshot('version: 1\nversion: 1\ncollections: []', 'a.yaml'))).toMatch(
      /not valid YAML/,
    );
  });

  it('says what it found instead of a snapshot', () => {
    expect(message(() => parseSnapshot('[1, 2]', 'list.json'))).toBe(
      'list.json is not a Directus schema snapshot: expected an object with collections, fields and relations, found a list.',
    );
    expect(message(() => parseSnapshot('just some words', 'notes.txt'))).toBe(
      'notes.txt is not a Directus schema snapshot: expected an object with collections, fields and relations, found "just some words".',
    );
    expect(message(() => parseSnapshot('{"name": "relata", "version": "0.1.0"}', 'package.json'))).toBe(
      'package.json is not a Directus schema snapshot: it has no collections, fields or relations (its keys: name, version).',
    );
  });

  it("points a template-cli's empty snapshot.json at its folder", () => {
    expect(message(() => parseSnapshot('{}', 'src/schema/snapshot.json'))).toMatch(
      /empty object\. A directus-template-cli template .* open the folder holding collections\.json/,
    );
  });

  it('passes on a Directus error answer', () => {
    const answer = {
      errors: [{ message: 'You do not have permission to access this.', extensions: { code: 'FORBIDDEN' } }],
    };
    expect(message(() => parseSnapshot(JSON.stringify(answer), 'snapshot.json'))).toBe(
      'snapshot.json is a Directus error answer, not a snapshot: You do not have permission to access this.',
    );
  });

  it('refuses another snapshot version', () => {
    expect(message(() => parseSnapshot('{"version": 2, "collections": []}', 'v2.json'))).toBe(
      'v2.json is snapshot version 2; Relata reads version 1, the only one Directus writes.',
    );
  });

  it('names the malformed item', () => {
    const bad = { ...snapshot, fields: [snapshot.fields[0], { collection: 'articles', type: 'string' }] };
    expect(message(() => parseSnapshot(JSON.stringify(bad), 'head.json'))).toBe(
      'head.json: fields item 2 of 2 (articles) is malformed: "field" must be a name, found nothing.',
    );
    const badMeta = { ...snapshot, relations: [{ ...snapshot.relations[0], meta: 'm2o' }] };
    expect(message(() => parseSnapshot(JSON.stringify(badMeta), 'head.json'))).toBe(
      'head.json: relations item 1 of 1 (articles.author) is malformed: "meta" must be an object or null, found "m2o".',
    );
    expect(message(() => parseSnapshot('{"collections": [null]}', 'c.json'))).toBe(
      'c.json: collections item 1 of 1 is malformed: it must be an object, found null.',
    );
    expect(message(() => parseSnapshot('{"relations": {}}', 'r.json'))).toBe(
      'r.json: "relations" must be a list, found an object.',
    );
  });
});

describe('the directus-template-cli form', () => {
  const parts = { collections: snapshot.collections, fields: snapshot.fields, relations: snapshot.relations };

  it('reads the three lists', () => {
    const parsed = parseSnapshotParts(parts);
    expect(parsed).toMatchObject({ directus: null, vendor: null, format: 'json', systemFields: [] });
    expect(parsed.schema).toEqual(parseSnapshot(JSON.stringify(parts)).schema);
  });

  it('needs each of them to be a list', () => {
    expect(message(() => parseSnapshotParts({ ...parts, fields: {} }, 'agencyos/src'))).toBe(
      'agencyos/src: fields.json must hold a list, found an object.',
    );
  });

  it('names the file that is not JSON', () => {
    const texts = {
      collections: JSON.stringify(parts.collections),
      fields: '[{"collection": ',
      relations: '[]',
    };
    expect(message(() => parseTemplateFiles(texts, 'agencyos/src'))).toMatch(
      /^agencyos\/src\/fields\.json is not valid JSON: /,
    );
    expect(parseTemplateFiles({ ...texts, fields: '[]' }).schema.collections).toHaveLength(2);
  });
});
