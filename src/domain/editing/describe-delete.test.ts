import { describe, expect, it } from 'vitest';
import { aRelation } from '../../testing/builders';
import { recorded } from '../../testing/recorded';
import type { DirectusRelation } from '../directus-types';
import { describeDelete } from './describe-delete';

const recordedRelation = (file: string): DirectusRelation =>
  recorded<unknown, DirectusRelation>('directus-12.4.0-sqlite', file).response.data;

describe('describeDelete', () => {
  const withAlias = recordedRelation('11-get-relation-articles-author-after-patch.json');

  it('on PostgreSQL: settings and constraint go, column and alias stay', () => {
    expect(describeDelete(withAlias, { deleteField: false, isSqlite: false })).toEqual([
      'Directus removes the relation articles.author → authors: its settings (the row in directus_relations) and its foreign key constraint.',
      'The column articles.author and its data stay.',
      'The alias field authors.articles stays but shows nothing; delete it separately if it is no longer wanted.',
    ]);
  });

  it('on SQLite: the constraint remains and the relation comes back with meta null', () => {
    expect(describeDelete(withAlias, { deleteField: false, isSqlite: true })).toEqual([
      'Directus removes the relation articles.author → authors: its settings (the row in directus_relations).',
      'The column articles.author and its data stay.',
      'On SQLite the foreign key constraint itself remains (Directus cannot drop it), so articles.author reappears as an untracked foreign key to authors, without settings (meta null).',
      'The alias field authors.articles stays but shows nothing; delete it separately if it is no longer wanted.',
    ]);
  });

  it('on SQLite, an untracked foreign key cannot be removed without its field', () => {
    const leftover = recordedRelation('74-get-relation-after-delete-meta-only.json');
    expect(describeDelete(leftover, { deleteField: false, isSqlite: true })).toEqual([
      'The column articles.reviewer and its data stay.',
      'On SQLite Directus cannot drop this foreign key constraint, so articles.reviewer stays exactly as it is; only deleting the field removes it.',
    ]);
  });

  it('covers both databases when it does not know which', () => {
    const sentences = describeDelete(aRelation(), { deleteField: false });
    expect(sentences[0]).toContain('its foreign key constraint');
    expect(sentences[2]).toMatch(/^If the database is SQLite: the foreign key constraint itself remains/);
  });

  it('with the field: the column and all its data are dropped', () => {
    expect(describeDelete(aRelation(), { deleteField: true, isSqlite: true })).toEqual([
      'Directus removes the relation articles.author → authors: its settings (the row in directus_relations) and its foreign key constraint.',
      'The column articles.author and all its data are dropped. This cannot be undone.',
    ]);
  });

  it('mentions the junction that stays, and has no constraint for a many-to-any item', () => {
    const item = aRelation({
      collection: 'pages_blocks',
      field: 'item',
      related_collection: null,
      meta: { junction_field: 'pages_id', one_allowed_collections: ['a'] },
    });
    expect(describeDelete(item, { deleteField: false, isSqlite: true })).toEqual([
      'Directus removes the relation pages_blocks.item → any collection: its settings (the row in directus_relations).',
      'The column pages_blocks.item and its data stay.',
      'The junction pages_blocks and its other relation pages_blocks.pages_id stay.',
    ]);
  });
});
