import { describe, expect, it } from 'vitest';
import {
  aCollection,
  aField,
  aFolder,
  aForeignKey,
  aPrimaryKey,
  aRelation,
  aSchema,
} from '../../testing/builders';
import { checkSteps } from './step-checks';
import type { Step } from './steps';

const model = aSchema({
  collections: [aCollection('articles'), aCollection('authors'), aFolder('content')],
  fields: [
    aPrimaryKey('articles'),
    aPrimaryKey('authors'),
    aForeignKey('articles', 'author'),
    aField({ collection: 'articles', field: 'editor', type: 'integer' }),
    aField({ collection: 'articles', field: 'slug', type: 'string' }),
  ],
  relations: [aRelation(), aRelation({ field: 'editor', meta: null })],
});
const relationOn = (field: string, related: string | null = 'authors'): Step => ({
  kind: 'createRelation',
  relation: aRelation({ field, related_collection: related }),
});

describe('checkSteps', () => {
  it('lets a relation onto an existing, free, fitting field through', () => {
    expect(checkSteps({ ...model, relations: [] }, [relationOn('editor')])).toEqual([]);
  });

  it('takes over a foreign key left without its relation row', () => {
    expect(checkSteps(model, [relationOn('editor')])).toEqual([]);
  });

  it('refuses what the 9.0 release candidates accept', () => {
    expect(checkSteps(model, [relationOn('editor', 'nope')])).toEqual(["Collection nope doesn't exist."]);
    expect(checkSteps(model, [relationOn('nofield')])).toEqual(["articles.nofield doesn't exist."]);
    expect(checkSteps(model, [relationOn('author')])).toEqual([
      'articles.author already has a relation (to authors).',
    ]);
    expect(checkSteps(model, [relationOn('id')])[0]).toMatch(/primary key/);
    expect(checkSteps(model, [relationOn('slug')])[0]).toMatch(/string but authors.id is integer/);
    expect(checkSteps(model, [relationOn('editor', 'content')])).toEqual([
      "Collection content doesn't exist.",
    ]);
  });

  it('checks each step against what the earlier steps make', () => {
    const field: Step = {
      kind: 'createField',
      field: { collection: 'articles', field: 'reviewer', type: 'integer', meta: {}, schema: {} },
    };
    expect(checkSteps(model, [field, relationOn('reviewer')])).toEqual([]);
    expect(checkSteps(model, [field, field])).toEqual(['articles.reviewer already exists.']);
  });

  it('accepts system collections it cannot see', () => {
    const file: Step = {
      kind: 'createRelation',
      relation: aRelation({ field: 'editor', related_collection: 'directus_users' }),
    };
    // directus_users' key is a uuid; editor is an integer.
    expect(checkSteps({ ...model, relations: [] }, [file])[0]).toMatch(
      /integer but directus_users.id is uuid/,
    );
  });
});
