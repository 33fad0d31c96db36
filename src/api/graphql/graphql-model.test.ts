import { describe, expect, it } from 'vitest';
import { buildModelIndex } from '../../domain/model-index';
import { recorded } from '../../testing/recorded';
import { parseRelations } from '../parse';
import { modelFromGraphql } from './graphql-model';

describe('the model from /graphql/system', () => {
  it('reads the current relations as REST returns them', () => {
    const data = recorded<unknown, { relations: unknown[] }>(
      'directus-12.4.0-sqlite',
      '60-graphql-system-relations-query.json',
    ).response.data;
    const model = modelFromGraphql({ collections: [], fields: [], ...data }, 'current');
    const item = model.relations.find((r) => r.field === 'item');
    expect(item).toMatchObject({
      collection: 'pages_blocks',
      related_collection: null,
      schema: null,
      meta: { id: 6, one_allowed_collections: ['block_hero', 'block_text'] },
    });
    expect(model.relations).toHaveLength(parseRelations(data.relations).length);
    // A foreign key without its relation row keeps meta null.
    expect(model.relations.find((r) => r.field === 'title')?.meta).toBeNull();
  });

  it("marks the server's own relations (meta.id null) as system", () => {
    const model = modelFromGraphql(
      {
        collections: [],
        fields: [],
        relations: [
          {
            collection: 'directus_files',
            field: 'folder',
            related_collection: 'directus_folders',
            meta: { id: null, one_field: null },
            schema: null,
          },
        ],
      },
      'current',
    );
    expect(model.relations[0]?.meta).toEqual({ one_field: null, system: true });
  });

  it('reads the 9.0 RC rows and draws the seeded legacy demo with the right kinds', () => {
    const data = recorded<unknown, { relations: unknown[] }>(
      'directus-9.0.0-rc.64-sqlite',
      '36-graphql-system-model-legacy.json',
    ).response.data;
    const model = modelFromGraphql({ collections: [], fields: [], ...data }, 'legacy');
    expect(model.relations.every((r) => r.schema === null)).toBe(true);
    const user = model.relations.filter((r) => !r.meta?.system);
    expect(user.map((r) => `${r.collection}.${r.field}`)).toEqual([
      'authors.avatar',
      'articles.author',
      'articles.category',
      'articles_tags.articles_id',
      'articles_tags.tags_id',
      'pages_blocks.pages_id',
      'pages_blocks.item',
    ]);
    const kinds = buildModelIndex(model).relationships.filter((r) => !r.id.startsWith('directus_'));
    expect(Object.fromEntries(kinds.map((r) => [r.id, r.kind]))).toMatchObject({
      'articles.author': 'o2m',
      'articles.category': 'm2o',
      'articles_tags.articles_id': 'm2m',
      'pages_blocks.pages_id': 'm2a',
    });
  });
});
