import { describe, expect, it } from 'vitest';
import {
  aCollection,
  aField,
  aForeignKey,
  aJunctionCollection,
  anAlias,
  aPrimaryKey,
  aRelation,
} from '../../testing/builders';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import type { DirectusSchema } from '../directus-types';
import { compareModels } from './compare';
import { comparisonMarkdown } from './markdown';
import { code, escapeMarkdown } from './markdown-text';

const base = aDemoSchema();
const names = { baseName: 'main/snapshot.yaml', headName: 'feature/snapshot.yaml' };

function edit(change: (schema: DirectusSchema) => void): DirectusSchema {
  const head = cloneSchema(base);
  change(head);
  return head;
}

const relation = (schema: DirectusSchema, key: string) =>
  schema.relations.find((r) => `${r.collection}.${r.field}` === key)!;

describe('comparisonMarkdown', () => {
  it('says when nothing changed', () => {
    expect(comparisonMarkdown(compareModels(base, base), names)).toBe(
      '## Data model changes: `main/snapshot.yaml` → `feature/snapshot.yaml`\n\n' +
        'No changes to collections, fields or relationships.\n',
    );
  });

  it('sums up a pull request: counts, then one line per change under its collection', () => {
    const head = edit((schema) => {
      relation(schema, 'comments.article').schema!.on_delete = 'CASCADE';
      schema.fields.find((f) => f.collection === 'comments' && f.field === 'body')!.type = 'string';
      schema.collections.push(aJunctionCollection('authors_tags'));
      schema.fields.push(
        anAlias('authors', 'favourite_tags', 'm2m'),
        aPrimaryKey('authors_tags'),
        aForeignKey('authors_tags', 'authors_id'),
        aForeignKey('authors_tags', 'tags_id'),
      );
      schema.relations.push(
        aRelation({
          collection: 'authors_tags',
          field: 'authors_id',
          related_collection: 'authors',
          meta: { one_field: 'favourite_tags', junction_field: 'tags_id' },
        }),
        aRelation({
          collection: 'authors_tags',
          field: 'tags_id',
          related_collection: 'tags',
          meta: { junction_field: 'authors_id' },
        }),
      );
      schema.relations = schema.relations.filter((r) => `${r.collection}.${r.field}` !== 'articles.category');
    });
    expect(comparisonMarkdown(compareModels(base, head), names)).toBe(
      [
        '## Data model changes: `main/snapshot.yaml` → `feature/snapshot.yaml`',
        '',
        '| | added | removed | changed |',
        '| --- | ---: | ---: | ---: |',
        '| collections | 1 | 0 | 0 |',
        '| fields | 4 | 0 | 1 |',
        '| relationships | 1 | 1 | 1 |',
        '',
        '### `articles`',
        '',
        '- removed M2O `articles.category` → `categories`',
        '',
        '### `authors`',
        '',
        '- added M2M `authors.favourite_tags` → `tags` (via `authors_tags`)',
        '',
        '### `authors_tags`',
        '',
        '- added collection `authors_tags` with fields `id`, `authors_id`, `tags_id`',
        '',
        '### `comments`',
        '',
        '- changed `comments.article`: on_delete SET NULL → CASCADE',
        '- changed field `comments.body`: type text → string',
        '',
      ].join('\n'),
    );
  });

  it('names each kind as the diagram does, and what changed in a relationship', () => {
    const head = edit((schema) => {
      // M2O → O2M: the alias field is said by the relationship line of the kind change.
      relation(schema, 'articles.category').meta!.one_field = 'articles';
      schema.fields.push(anAlias('categories', 'articles', 'o2m'));
      relation(schema, 'authors.user').meta = null;
      relation(schema, 'articles_tags.tags_id').schema!.on_delete = 'SET NULL';
      relation(schema, 'pages_blocks.item').meta!.one_allowed_collections = ['block_hero'];
      // Removed: the translations relationship and its alias; the folder `website`.
      schema.relations = schema.relations.filter((r) => r.collection !== 'articles_translations');
      schema.fields = schema.fields.filter(
        (f) => !(f.collection === 'articles' && f.field === 'translations'),
      );
      schema.collections = schema.collections.filter((c) => c.collection !== 'website');
    });
    expect(comparisonMarkdown(compareModels(base, head), names)).toBe(
      [
        '## Data model changes: `main/snapshot.yaml` → `feature/snapshot.yaml`',
        '',
        '| | added | removed | changed |',
        '| --- | ---: | ---: | ---: |',
        '| collections | 0 | 1 | 0 |',
        '| fields | 1 | 1 | 0 |',
        '| relationships | 0 | 1 | 4 |',
        '',
        '### `articles`',
        '',
        '- changed `articles.category`: kind M2O → O2M; one_field none → `articles`',
        '- changed `articles_tags.articles_id`: `articles_tags.tags_id` on_delete CASCADE → SET NULL',
        '- removed translations `articles.translations` → `languages` (via `articles_translations`)',
        '',
        '### `authors`',
        '',
        '- changed `authors.user`: no longer tracked by Directus (meta: null)',
        '',
        '### `categories`',
        '',
        '- added field `categories.articles` (alias, o2m)',
        '',
        '### `pages`',
        '',
        '- changed `pages_blocks.pages_id`: `pages_blocks.item` one_allowed_collections `block_hero`, `block_text` → `block_hero`',
        '',
        '### `website`',
        '',
        '- removed folder `website`',
        '',
      ].join('\n'),
    );
  });

  it('writes an O2M and an M2A the way the diagram labels them', () => {
    const head = edit((schema) => {
      schema.collections.push(aCollection('events'), aCollection('events_blocks'));
      schema.fields.push(
        aPrimaryKey('events'),
        aPrimaryKey('events_blocks'),
        aForeignKey('events_blocks', 'events_id'),
        aField({ collection: 'events_blocks', field: 'item' }),
        anAlias('events', 'blocks', 'm2a'),
        aForeignKey('comments', 'event'),
        anAlias('events', 'comments', 'o2m'),
      );
      schema.relations.push(
        aRelation({
          collection: 'comments',
          field: 'event',
          related_collection: 'events',
          meta: { one_field: 'comments' },
        }),
        aRelation({
          collection: 'events_blocks',
          field: 'events_id',
          related_collection: 'events',
          meta: { one_field: 'blocks', junction_field: 'item' },
        }),
        aRelation({
          collection: 'events_blocks',
          field: 'item',
          related_collection: null,
          meta: {
            one_collection_field: 'collection',
            one_allowed_collections: ['block_hero', 'block_text'],
            junction_field: 'events_id',
          },
        }),
      );
    });
    const markdown = comparisonMarkdown(compareModels(base, head), names);
    expect(markdown).toContain(
      '### `comments`\n\n- added O2M `comments.event` → `events.comments`\n- added field `comments.event` (integer, m2o)\n',
    );
    expect(markdown).toContain(
      '### `events`\n\n- added collection `events` with fields `id`, `blocks`, `comments`\n- added M2A `events.blocks` → `block_hero`, `block_text` (via `events_blocks`)\n',
    );
  });

  it('keeps any name readable and inert', () => {
    const odd = {
      collections: [aCollection('my`table*'), aCollection('_draft_')],
      fields: [],
      relations: [],
    };
    const markdown = comparisonMarkdown(compareModels({ collections: [], fields: [], relations: [] }, odd), {
      baseName: 'a|b.json',
      headName: '<head>.json',
    });
    expect(markdown).toContain('## Data model changes: `a|b.json` → `<head>.json`');
    expect(markdown).toContain('### ``my`table*``\n\n- added collection ``my`table*``');
    expect(markdown).toContain('### `_draft_`');
  });
});

describe('Markdown text', () => {
  it('fences code spans past any backticks inside', () => {
    expect(code('plain')).toBe('`plain`');
    expect(code('a`b')).toBe('``a`b``');
    expect(code('`edge`')).toBe('`` `edge` ``');
    expect(code('two\nlines')).toBe('`two lines`');
  });

  it('escapes inline syntax but leaves underscores inside words', () => {
    expect(escapeMarkdown('on_delete')).toBe('on_delete');
    expect(escapeMarkdown('_lead *star* [link](x) <b> a|b')).toBe(
      '\\_lead \\*star\\* \\[link\\](x) \\<b\\> a\\|b',
    );
  });
});
