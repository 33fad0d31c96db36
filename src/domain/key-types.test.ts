import { describe, expect, it } from 'vitest';
import { aField, aForeignKey, aPrimaryKey } from '../testing/builders';
import { aChar36 } from '../testing/fixtures/sqlite-uuid-strings';
import type { DirectusField } from './directus-types';
import { canHoldKey, foreignKeyTypeFor, keysCompatible, keyStorage } from './key-types';

const integerKey = aPrimaryKey('authors');
const uuidKey = aPrimaryKey('contacts', 'id', 'uuid');
const bigIntegerKey = aPrimaryKey('events', 'id', 'bigInteger');
/** languages.code, as the Data Studio creates it with the first translations field. */
const languageCode = aPrimaryKey('languages', 'code', 'string');
/** A uuid primary key on SQLite without the uuid special: /fields calls it a string. */
const sqliteUuidKey = aChar36('contacts', 'id');
/** PostgreSQL reports a uuid column's data_type as uuid even when the type says string. */
const pgUuidColumn = aField({ collection: 'x', field: 'ref', type: 'string', schema: { data_type: 'uuid' } });
/** The many-to-any `item`: a string column (char(255) in Directus's own junctions, directus#25052). */
const item = aField({
  collection: 'pages_blocks',
  field: 'item',
  type: 'string',
  schema: { data_type: 'varchar', max_length: 255 },
});

describe('keyStorage', () => {
  it.each<[string, Pick<DirectusField, 'type' | 'meta' | 'schema'>, string]>([
    ['an integer key', integerKey, 'integer'],
    ['a uuid key', uuidKey, 'uuid'],
    ['a bigInteger key', bigIntegerKey, 'bigInteger'],
    ['a string key (languages.code)', languageCode, 'string'],
    ['a SQLite uuid reported as string char(36)', sqliteUuidKey, 'uuid'],
    ['a string column with the uuid special', aField({ type: 'string', special: ['uuid'] }), 'uuid'],
    ['a Directus 9 comma-separated uuid special', aField({ type: 'string', special: 'uuid' }), 'uuid'],
    ['a string column whose data type is uuid', pgUuidColumn, 'uuid'],
    [
      'a char(36) with another length',
      aField({ type: 'string', schema: { data_type: 'char', max_length: 32 } }),
      'string',
    ],
    ['a varchar(36)', aField({ type: 'string', schema: { data_type: 'varchar', max_length: 36 } }), 'string'],
    ['text', aField({ type: 'text' }), 'string'],
    ['hash', aField({ type: 'hash' }), 'string'],
    ['a field without schema', { type: 'integer', meta: null, schema: null }, 'integer'],
  ])('%s → %s', (_, field, storage) => {
    expect(keyStorage(field)).toBe(storage);
  });
});

describe('keysCompatible', () => {
  it('matches integer with integer and uuid with uuid', () => {
    expect(keysCompatible(aForeignKey('articles', 'author'), integerKey)).toBe(true);
    expect(keysCompatible(aForeignKey('deals', 'contact', 'm2o', 'uuid'), uuidKey)).toBe(true);
  });

  it('refuses integer → uuid and uuid → integer', () => {
    expect(keysCompatible(aForeignKey('deals', 'contact'), uuidKey)).toBe(false);
    expect(keysCompatible(aForeignKey('articles', 'author', 'm2o', 'uuid'), integerKey)).toBe(false);
  });

  it('accepts a SQLite char(36) string foreign key to a uuid key (AgencyOS on SQLite)', () => {
    expect(keysCompatible(aChar36('deals', 'contact'), uuidKey)).toBe(true);
    expect(keysCompatible(aChar36('sessions', 'user_created', ['user-created']), { type: 'uuid' })).toBe(
      true,
    );
    // And the other way round: a uuid foreign key to a uuid key that SQLite reports as a string.
    expect(keysCompatible(aForeignKey('deals', 'contact', 'm2o', 'uuid'), sqliteUuidKey)).toBe(true);
  });

  it('refuses a plain string foreign key to a uuid or integer key', () => {
    expect(keysCompatible(aField({ type: 'string' }), uuidKey)).toBe(false);
    expect(keysCompatible(aField({ type: 'string' }), integerKey)).toBe(false);
  });

  it('refuses integer → bigInteger: a real constraint needs the same storage', () => {
    expect(keysCompatible(aForeignKey('tickets', 'event'), bigIntegerKey)).toBe(false);
    expect(keysCompatible(aForeignKey('tickets', 'event', 'm2o', 'bigInteger'), bigIntegerKey)).toBe(true);
  });

  it('matches a string foreign key with a string key (languages.code)', () => {
    expect(keysCompatible(aField({ field: 'languages_code', type: 'string' }), languageCode)).toBe(true);
    expect(keysCompatible(aForeignKey('t', 'languages_code'), languageCode)).toBe(false);
  });
});

describe('canHoldKey (the many-to-any item column)', () => {
  it('a string item holds integer, uuid, bigInteger and string keys', () => {
    for (const key of [integerKey, uuidKey, bigIntegerKey, languageCode, sqliteUuidKey])
      expect(canHoldKey(item, key)).toBe(true);
  });

  it('an integer item holds only integer keys', () => {
    const integerItem = aField({ field: 'item', type: 'integer' });
    expect(canHoldKey(integerItem, integerKey)).toBe(true);
    expect(canHoldKey(integerItem, uuidKey)).toBe(false);
    expect(canHoldKey(integerItem, languageCode)).toBe(false);
  });
});

describe('foreignKeyTypeFor', () => {
  it('gives the key its own type', () => {
    expect(foreignKeyTypeFor(integerKey)).toBe('integer');
    expect(foreignKeyTypeFor(bigIntegerKey)).toBe('bigInteger');
    expect(foreignKeyTypeFor(languageCode)).toBe('string');
    expect(foreignKeyTypeFor(uuidKey)).toBe('uuid');
    expect(foreignKeyTypeFor({ type: 'uuid' })).toBe('uuid');
  });

  it('makes a uuid foreign key to a uuid key that SQLite reports as a string', () => {
    expect(foreignKeyTypeFor(sqliteUuidKey)).toBe('uuid');
  });
});
