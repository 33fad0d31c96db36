import { describe, expect, it } from 'vitest';
import {
  aCollection,
  aField,
  aFolder,
  anAlias,
  aPrimaryKey,
  aRelation,
  aSchema,
} from '../../testing/builders';
import { recorded } from '../../testing/recorded';
import { aManyToOne } from '../../testing/scenarios';
import type { DirectusField, DirectusSchema } from '../directus-types';
import { defaultOnDelete, validateNewForeignKey, validateNewManyToOne } from './new-relation-validation';

const recordedSqlite = (file: string) =>
  recorded<{ collection: string; fields: DirectusField[] }, DirectusField>('directus-12.4.0-sqlite', file);

/** authors and articles as recorded: POST /collections bodies plus the string field of 24. */
function recordedSchema(): DirectusSchema {
  const collections = ['02-create-collection-authors.json', '03-create-collection-articles.json'].map(
    (f) => recordedSqlite(f).request.body,
  );
  return aSchema({
    collections: collections.map((c) => aCollection(c.collection)),
    fields: [
      ...collections.flatMap((c) => c.fields.map((field) => ({ ...field, collection: c.collection }))),
      recordedSqlite('24-create-field-articles-author_name-string.json').response.data,
      aField({ collection: 'articles', field: 'editor', type: 'integer' }),
      anAlias('articles', 'comments'),
    ],
  });
}

describe('validateNewManyToOne', () => {
  it('accepts an integer field pointing at an integer key', () => {
    expect(
      validateNewManyToOne(recordedSchema(), { collection: 'articles', field: 'editor', related: 'authors' }),
    ).toEqual([]);
  });

  it('refuses the string-to-integer relation SQLite accepted and PostgreSQL failed on', () => {
    expect(
      validateNewManyToOne(recordedSchema(), {
        collection: 'articles',
        field: 'author_name',
        related: 'authors',
      }),
    ).toEqual([
      {
        target: 'field',
        severity: 'error',
        message:
          'articles.author_name is a string but authors.id is an integer: Directus on SQLite would accept this silently and PostgreSQL would fail with a 500, so Relata refuses it.',
      },
    ]);
  });

  it('treats integer and bigInteger as a mismatch', () => {
    const schema = aSchema(recordedSchema(), {
      fields: [aField({ collection: 'articles', field: 'big', type: 'bigInteger' })],
    });
    expect(
      validateNewManyToOne(schema, { collection: 'articles', field: 'big', related: 'authors' })[0]?.message,
    ).toContain('is a bigInteger but authors.id is an integer');
  });

  it.each([
    ['no_such_field', "articles.no_such_field doesn't exist."],
    ['id', 'articles.id is the primary key of articles: it cannot also be a foreign key.'],
    ['comments', 'articles.comments is an alias field: it has no column to hold a foreign key.'],
  ])('refuses %s on the many side', (field, message) => {
    expect(
      validateNewManyToOne(recordedSchema(), { collection: 'articles', field, related: 'authors' }),
    ).toEqual([{ target: 'field', severity: 'error', message }]);
  });

  it('refuses a field that already has a relation, with or without meta', () => {
    const schema = aSchema(aManyToOne());
    expect(
      validateNewManyToOne(schema, { collection: 'articles', field: 'author', related: 'authors' })[0]
        ?.message,
    ).toBe('articles.author already has a relation (to authors).');
    const leftover = aSchema({ ...schema, relations: [aRelation({ meta: null })] });
    expect(
      validateNewManyToOne(leftover, { collection: 'articles', field: 'author', related: 'authors' })[0]
        ?.message,
    ).toContain('edit that one instead');
  });

  it('checks the related side: exists, is a table, has a key', () => {
    const schema = aSchema(recordedSchema(), { collections: [aFolder('group'), aCollection('keyless')] });
    const check = (related: string) =>
      validateNewManyToOne(schema, { collection: 'articles', field: 'editor', related });
    expect(check('nope')).toEqual([
      { target: 'related_collection', severity: 'error', message: "Collection nope doesn't exist." },
    ]);
    expect(check('group')[0]?.message).toContain('is a folder');
    expect(check('keyless')[0]?.message).toBe('keyless has no primary key to point at.');
  });

  it('reports both sides when both are wrong, many side first', () => {
    const issues = validateNewManyToOne(recordedSchema(), {
      collection: 'articles',
      field: 'nope',
      related: 'nope',
    });
    expect(issues.map((i) => i.target)).toEqual(['field', 'related_collection']);
  });
});

describe('validateNewForeignKey', () => {
  it('accepts new names on both sides', () => {
    expect(
      validateNewForeignKey(recordedSchema(), {
        collection: 'articles',
        field: 'authors_id',
        related: 'authors',
        alias: 'articles',
      }),
    ).toEqual([]);
  });

  it('refuses a taken or invalid field name', () => {
    const schema = recordedSchema();
    expect(
      validateNewForeignKey(schema, {
        collection: 'articles',
        field: 'Editor',
        related: 'authors',
        alias: null,
      }),
    ).toEqual([
      { target: 'field', severity: 'error', message: 'articles already has a field named Editor.' },
    ]);
    expect(
      validateNewForeignKey(schema, {
        collection: 'articles',
        field: 'my author',
        related: 'authors',
        alias: null,
      })[0]?.target,
    ).toBe('field');
  });

  it('refuses a taken or invalid alias on the related side', () => {
    const schema = recordedSchema();
    expect(
      validateNewForeignKey(schema, {
        collection: 'articles',
        field: 'x_id',
        related: 'authors',
        alias: 'name',
      }),
    ).toEqual([
      { target: 'one_field', severity: 'error', message: 'authors already has a field named name.' },
    ]);
    expect(
      validateNewForeignKey(schema, {
        collection: 'articles',
        field: 'x_id',
        related: 'authors',
        alias: '',
      })[0]?.target,
    ).toBe('one_field');
  });

  it('refuses the same name for key and alias on a self-reference', () => {
    const schema = aSchema({ collections: [aCollection('pages')], fields: [aPrimaryKey('pages')] });
    const issues = validateNewForeignKey(schema, {
      collection: 'pages',
      field: 'parent',
      related: 'pages',
      alias: 'parent',
    });
    expect(issues.map((i) => i.target)).toEqual(['one_field']);
  });

  it('needs a related collection with a primary key', () => {
    const issues = validateNewForeignKey(recordedSchema(), {
      collection: 'articles',
      field: 'x_id',
      related: 'nope',
      alias: null,
    });
    expect(issues.map((i) => i.target)).toEqual(['related_collection']);
  });
});

describe('defaultOnDelete', () => {
  it('is SET NULL for an ordinary nullable field, or a field yet to be created', () => {
    const schema = recordedSchema();
    expect(defaultOnDelete(schema, { collection: 'articles', field: 'editor', related: 'authors' })).toBe(
      'SET NULL',
    );
    expect(defaultOnDelete(schema, { collection: 'articles', field: 'new_one', related: 'authors' })).toBe(
      'SET NULL',
    );
  });

  it('is NO ACTION for a self-reference or a NOT NULL field', () => {
    const schema = aSchema({
      fields: [
        aField({ collection: 'articles', field: 'owner', type: 'integer', schema: { is_nullable: false } }),
      ],
    });
    expect(defaultOnDelete(schema, { collection: 'pages', field: 'parent', related: 'pages' })).toBe(
      'NO ACTION',
    );
    expect(defaultOnDelete(schema, { collection: 'articles', field: 'owner', related: 'authors' })).toBe(
      'NO ACTION',
    );
  });
});
