import { describe, expect, it } from 'vitest';
import {
  aCollection,
  aField,
  aFolder,
  aForeignKey,
  anAlias,
  aPrimaryKey,
  aRelation,
  aSchema,
} from '../../testing/builders';
import { aChar36 } from '../../testing/fixtures/sqlite-uuid-strings';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { corpusAvailable, loadRealSchema } from '../../testing/real-schemas';
import { aManyToMany } from '../../testing/scenarios';
import type { DirectusField, DirectusSchema } from '../directus-types';
import type { RelationshipKind } from '../model';
import { buildModelIndex } from '../model-index';
import type { NewRelationship } from './change';
import { defaultNewRelationship, reusableJunctions } from './new-relationship';
import { validateNewRelationship } from './validate-new';
import type { NewRelationshipTarget } from './validate-new';

/** The recorded demo model, a uuid-keyed collection, a folder, a keyless table and SQLite-style fields. */
const model: DirectusSchema = aSchema(recordedDemoModel(), {
  collections: [aCollection('contacts'), aFolder('content'), aCollection('keyless')],
  fields: [
    aPrimaryKey('contacts', 'id', 'uuid'),
    aField({ collection: 'keyless', field: 'title' }),
    aField({ collection: 'articles', field: 'editor', type: 'integer' }),
    aField({ collection: 'articles', field: 'owner_name' }),
    aChar36('articles', 'contact'),
    anAlias('articles', 'comments'),
  ],
});
const index = buildModelIndex(model);

function spec(
  kind: RelationshipKind,
  collection: string,
  related: string[],
  overrides: Partial<NewRelationship> = {},
) {
  return { ...defaultNewRelationship(index, kind, collection, related), ...overrides };
}
const targets = (
  schema: DirectusSchema | typeof index,
  s: NewRelationship,
): [NewRelationshipTarget, string][] => {
  const i = 'relationships' in schema ? schema : buildModelIndex(schema);
  return validateNewRelationship(i, s).map((issue) => [issue.target, issue.message]);
};
const check = (s: NewRelationship) => targets(index, s);

describe('validateNewRelationship: the defaults are valid', () => {
  it.each<[RelationshipKind, string, string[]]>([
    ['m2o', 'articles', ['authors']],
    ['m2o', 'articles', ['directus_users']],
    ['file', 'articles', []],
    ['o2m', 'authors', ['articles']],
    ['m2m', 'articles', ['tags']],
    ['m2m', 'directus_users', ['tags']],
    ['files', 'articles', []],
    ['translations', 'articles', []],
    ['m2a', 'pages', ['block_hero', 'block_text', 'contacts']],
  ])('%s from %s to %j', (kind, collection, related) => {
    expect(check(spec(kind, collection, related))).toEqual([]);
  });
});

describe('validateNewRelationship: the owning collection', () => {
  it.each([
    ['', 'Choose a collection.'],
    ['nope', "Collection nope doesn't exist."],
    ['content', 'content is a folder: it has no table.'],
    ['keyless', 'keyless has no primary key to point at.'],
  ])('%j is refused, and nothing else is checked', (collection, message) => {
    expect(check(spec('m2o', collection, ['authors'], { field: 'bad name' }))).toEqual([
      ['collection', message],
    ]);
  });
});

describe('validateNewRelationship: the related collection', () => {
  it('must exist, be a table and have a key', () => {
    expect(check(spec('m2o', 'articles', ['nope']))).toEqual([['related', "Collection nope doesn't exist."]]);
    expect(check(spec('m2m', 'articles', ['content']))).toEqual([
      ['related', 'content is a folder: it has no table.'],
    ]);
    expect(check(spec('o2m', 'articles', ['keyless']))).toEqual([
      ['related', 'keyless has no primary key to point at.'],
    ]);
  });

  it('is one collection, except for a many-to-any that needs at least one', () => {
    expect(check(spec('m2o', 'articles', []))).toEqual([['related', 'Choose a collection.']]);
    expect(check(spec('m2o', 'articles', ['authors', 'tags']))).toEqual([
      ['related', 'A M2O points at one collection.'],
    ]);
    expect(check(spec('m2a', 'pages', []))).toEqual([['related', 'Choose at least one allowed collection.']]);
    expect(check(spec('m2a', 'pages', ['block_hero', 'content']))).toEqual([
      ['related', 'content is a folder: it has no table.'],
    ]);
  });

  it('accepts system collections, which snapshots never declare', () => {
    expect(check(spec('m2o', 'articles', ['directus_roles']))).toEqual([]);
    expect(check(spec('m2a', 'pages', ['block_hero', 'directus_users']))).toEqual([]);
  });

  it('lets translations create their languages collection, but not use a folder for it', () => {
    expect(check(spec('translations', 'articles', ['langues']))).toEqual([]);
    expect(check(spec('translations', 'articles', ['content']))).toEqual([
      ['related', 'content is a folder: it has no table.'],
    ]);
  });
});

describe('validateNewRelationship: an existing field made a foreign key', () => {
  const existing = (field: string, related: string, kind: RelationshipKind = 'm2o') =>
    spec(kind, 'articles', [related], { field, useExistingField: true });

  it('accepts an integer field to an integer key', () => {
    expect(check(existing('editor', 'authors'))).toEqual([]);
  });

  it('refuses integer → uuid, and string → integer, naming the storage of both ends', () => {
    expect(check(existing('editor', 'contacts'))).toEqual([
      [
        'field',
        'articles.editor is an integer but contacts.id is a uuid: Directus on SQLite would accept this silently and PostgreSQL would fail with a 500, so Relata refuses it.',
      ],
    ]);
    expect(check(existing('owner_name', 'authors'))[0]?.[1]).toContain(
      'articles.owner_name is a string but authors.id is an integer',
    );
    expect(check(existing('editor', 'directus_users'))[0]?.[0]).toBe('field');
  });

  it('accepts a SQLite char(36) string foreign key to a uuid key (uuid foreign keys refused on SQLite)', () => {
    expect(check(existing('contact', 'contacts'))).toEqual([]);
    expect(check(existing('contact', 'directus_users'))).toEqual([]);
    expect(check(existing('contact', 'directus_files', 'file'))).toEqual([]);
  });

  it("refuses a missing field, the collection's primary key and an alias", () => {
    expect(check(existing('ghost', 'authors'))).toEqual([['field', "articles.ghost doesn't exist."]]);
    expect(check(existing('id', 'authors'))).toEqual([
      ['field', 'articles.id is the primary key of articles: it cannot also be a foreign key.'],
    ]);
    expect(check(existing('comments', 'authors'))).toEqual([
      ['field', 'articles.comments is an alias field: it has no column to hold a foreign key.'],
    ]);
  });

  it('refuses a field that already has a relation, but takes over a foreign key without meta', () => {
    const withRelation = aSchema(model, {
      relations: [aRelation({ field: 'editor', related_collection: 'authors' })],
    });
    expect(targets(withRelation, existing('editor', 'authors'))).toEqual([
      ['field', 'articles.editor already has a relation (to authors).'],
    ]);
    const leftover = aSchema(model, {
      relations: [aRelation({ field: 'editor', related_collection: 'authors', meta: null })],
    });
    expect(targets(leftover, existing('editor', 'authors'))).toEqual([]);
  });

  it('checks the foreign key of an O2M on the related collection', () => {
    const o2m = (reverseField: string) =>
      spec('o2m', 'contacts', ['articles'], { field: 'articles', reverseField, useExistingField: true });
    expect(check(o2m('contact'))).toEqual([]);
    expect(check(o2m('editor'))[0]?.[0]).toBe('reverseField');
    expect(check(o2m('ghost'))).toEqual([['reverseField', "articles.ghost doesn't exist."]]);
  });
});

describe('validateNewRelationship: names', () => {
  it('refuses bad names on the field, the reverse field and the junction', () => {
    expect(check(spec('m2o', 'articles', ['authors'], { field: 'my author' }))).toEqual([
      ['field', '"my author" can only use letters, digits and underscores.'],
    ]);
    expect(check(spec('m2o', 'articles', ['authors'], { reverseField: '2articles' }))).toEqual([
      ['reverseField', '"2articles" cannot start with a digit (GraphQL names cannot).'],
    ]);
    const junction = {
      collection: 'articles-tags',
      parentKey: 'articles_id',
      relatedKey: 'tags id',
      reuse: false,
    };
    expect(check(spec('m2m', 'articles', ['tags'], { junction }))).toEqual([
      ['junction', '"articles-tags" can only use letters, digits and underscores.'],
      ['junction', '"tags id" can only use letters, digits and underscores.'],
    ]);
  });

  it('refuses names taken in the collection, whatever their case', () => {
    expect(check(spec('m2o', 'articles', ['authors'], { field: 'TITLE' }))).toEqual([
      ['field', 'articles already has a field named TITLE.'],
    ]);
    expect(check(spec('m2m', 'articles', ['tags'], { field: 'Comments' }))).toEqual([
      ['field', 'articles already has a field named Comments.'],
    ]);
    expect(check(spec('m2o', 'articles', ['authors'], { reverseField: 'Name' }))).toEqual([
      ['reverseField', 'authors already has a field named Name.'],
    ]);
    expect(check(spec('m2m', 'articles', ['tags'], { reverseField: 'label' }))).toEqual([
      ['reverseField', 'tags already has a field named label.'],
    ]);
  });

  it('refuses a name taken by a custom field of a system collection', () => {
    const withUserField = aSchema(model, { fields: [anAlias('directus_users', 'posts')] });
    expect(
      targets(withUserField, spec('m2o', 'articles', ['directus_users'], { reverseField: 'posts' })),
    ).toEqual([['reverseField', 'directus_users already has a field named posts.']]);
    expect(targets(withUserField, spec('m2m', 'directus_users', ['tags'], { field: 'posts' }))).toEqual([
      ['field', 'directus_users already has a field named posts.'],
    ]);
  });

  it('refuses an alias an orphan relation row still names (directus#24789)', () => {
    const orphan = aSchema(model, {
      fields: [aForeignKey('articles', 'author')],
      relations: [aRelation({ meta: { one_field: 'articles' } })],
    });
    const message =
      'The relation articles.author still names authors.articles as its alias though the field is gone: remove that orphan first.';
    expect(
      targets(orphan, spec('m2o', 'articles', ['authors'], { field: 'writer', reverseField: 'articles' })),
    ).toEqual([['reverseField', message]]);
    expect(targets(orphan, spec('o2m', 'authors', ['articles'], { field: 'articles' }))).toEqual([
      ['field', message],
    ]);
  });

  it('refuses the same name for the alias and the foreign key of a self-reference', () => {
    expect(check(spec('m2o', 'articles', ['articles'], { field: 'parent', reverseField: 'Parent' }))).toEqual(
      [['reverseField', 'The alias and the foreign key would both be articles.parent.']],
    );
    expect(
      check(spec('o2m', 'articles', ['articles'], { field: 'children', reverseField: 'children' })),
    ).toEqual([['reverseField', 'The alias and the foreign key would both be articles.children.']]);
    expect(
      check(spec('m2m', 'articles', ['articles'], { field: 'related', reverseField: 'related' })),
    ).toEqual([['reverseField', 'The two alias fields need different names.']]);
  });

  it('needs the O2M foreign key named, and gives a many-to-any no reverse field', () => {
    expect(check(spec('o2m', 'authors', ['articles'], { reverseField: null }))).toEqual([
      ['reverseField', 'Name the foreign key on the related collection.'],
    ]);
    expect(check(spec('m2a', 'pages', ['block_hero'], { reverseField: 'pages' }))).toEqual([
      ['reverseField', 'A many-to-any has no reverse field.'],
    ]);
  });
});

describe('validateNewRelationship: junctions', () => {
  it('needs one for the junction kinds', () => {
    expect(check(spec('m2m', 'articles', ['tags'], { junction: null }))).toEqual([
      ['junction', 'A M2M needs a junction collection.'],
    ]);
  });

  it('refuses a taken junction name, whatever its case, and two equal keys', () => {
    const junction = {
      collection: 'Authors',
      parentKey: 'articles_id',
      relatedKey: 'ARTICLES_ID',
      reuse: false,
    };
    expect(check(spec('m2m', 'articles', ['tags'], { junction }))).toEqual([
      ['junction', 'A collection named Authors already exists: choose another name or reuse it.'],
      ['junction', 'The junction needs two different key fields.'],
    ]);
  });

  describe('reuse', () => {
    const withJunction = aSchema(model, aManyToMany({ parentAlias: null }));
    const reused = buildModelIndex(withJunction);
    const [junction] = reusableJunctions(reused, 'articles', 'tags');

    it('accepts a junction that links the two collections and has no parent alias', () => {
      expect(targets(reused, spec('m2m', 'articles', ['tags'], { junction: junction! }))).toEqual([]);
    });

    it('refuses a junction that does not link them', () => {
      expect(targets(reused, spec('m2m', 'articles', ['authors'], { junction: junction! }))).toEqual([
        ['junction', 'articles_tags does not link articles and authors.'],
      ]);
    });

    it('refuses a junction whose parent side already has its alias', () => {
      const aliased = aSchema(model, aManyToMany());
      const [taken] = reusableJunctions(buildModelIndex(aliased), 'articles', 'tags');
      expect(taken?.parentAlias).toBe('tags');
      expect(
        targets(aliased, spec('m2m', 'articles', ['tags'], { field: 'labels', junction: taken! })),
      ).toEqual([['junction', 'articles.tags already is this many-to-many through articles_tags.']]);
    });
  });
});

describe('validateNewRelationship: sort fields', () => {
  it('only for relationships with a list', () => {
    expect(check(spec('m2o', 'articles', ['authors'], { sortField: 'sort' }))).toEqual([
      ['sortField', 'Only relationships with a list (O2M, M2M, M2A, files, translations) have a sort field.'],
    ]);
  });

  it('must be a valid name, and an integer when it exists', () => {
    expect(check(spec('o2m', 'authors', ['articles'], { sortField: 'sort order' }))[0]?.[0]).toBe(
      'sortField',
    );
    expect(check(spec('o2m', 'authors', ['articles'], { sortField: 'title' }))).toEqual([
      ['sortField', 'articles.title is a string; a sort field must be an integer.'],
    ]);
    expect(check(spec('o2m', 'authors', ['articles'], { sortField: 'editor' }))).toEqual([]);
    expect(check(spec('m2m', 'articles', ['tags'], { sortField: 'sort' }))).toEqual([]);
  });
});

describe.skipIf(!corpusAvailable)('validateNewRelationship on AgencyOS applied to SQLite', () => {
  /**
   * AgencyOS's snapshot applied to a SQLite Directus reads back with every uuid column as
   * char(36): the primary keys keep the `uuid` special, the foreign keys (special m2o) are
   * reported as `string`. Its conversations.organization → organizations made that way.
   */
  function onSqlite(schema: DirectusSchema): DirectusSchema {
    const sqlite = (f: DirectusField): DirectusField =>
      f.type === 'uuid'
        ? {
            ...f,
            type: f.schema?.is_primary_key ? 'uuid' : 'string',
            schema: { ...f.schema, data_type: 'char', max_length: 36 },
          }
        : f;
    return {
      ...schema,
      fields: schema.fields.map(sqlite),
      relations: schema.relations.filter(
        (r) => !(r.collection === 'conversations' && r.field === 'organization'),
      ),
    };
  }

  it('accepts the uuid foreign key that SQLite reports as a string', () => {
    const schema = onSqlite(loadRealSchema('agencyos-snapshot-2024'));
    const agency = buildModelIndex(schema);
    expect(agency.field('conversations', 'organization')).toMatchObject({ type: 'string' });
    const issues = validateNewRelationship(agency, {
      ...defaultNewRelationship(agency, 'm2o', 'conversations', ['organizations']),
      field: 'organization',
      useExistingField: true,
    });
    expect(issues).toEqual([]);
  });
});
