import { describe, expect, it } from 'vitest';
import { aCollection, aField, aForeignKey, aPrimaryKey, aRelation, aSchema } from '../../testing/builders';
import { aManyToAny, aManyToMany, aManyToOne } from '../../testing/scenarios';
import type { DirectusField } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { toMermaid } from './mermaid';
import { identifiers, isSafeEntityName } from './mermaid-names';

const notNull = (field: DirectusField): DirectusField => ({
  ...field,
  schema: { ...field.schema, is_nullable: false },
});

// articles.author → authors (NOT NULL, with its O2M alias), articles ⇄ tags, pages' M2A,
// a file, and two names Mermaid cannot take as they are.
const schema = aSchema(
  aManyToOne({ alias: 'articles' }),
  aManyToMany(),
  aManyToAny({ allowed: ['block_hero'] }),
  aManyToOne({ collection: 'authors', field: 'avatar', related: 'directus_files' }),
  {
    fields: [aField({ collection: 'articles', field: 'title' })],
    collections: [aCollection('order-lines'), aCollection('end')],
  },
  {
    fields: [
      aPrimaryKey('order-lines'),
      aField({ collection: 'order-lines', field: '2fa', type: 'boolean' }),
      aForeignKey('order-lines', 'end_id'),
      aPrimaryKey('end'),
    ],
    relations: [
      aRelation({ collection: 'order-lines', field: 'end_id', related_collection: 'end', schema: null }),
    ],
  },
);
schema.fields = schema.fields.map((f) =>
  f.collection === 'articles' && f.field === 'author'
    ? notNull(f)
    : f.collection === 'authors' && f.field === 'avatar'
      ? aForeignKey('authors', 'avatar', 'file', 'uuid')
      : f,
);

describe('toMermaid', () => {
  it('writes entities with their columns, then one line per relation row', () => {
    expect(toMermaid(buildModelIndex(schema))).toBe(
      [
        'erDiagram',
        '  articles {',
        '    integer id PK',
        '    integer author FK',
        '    string title',
        '  }',
        '  articles_tags {',
        '    integer id PK',
        '    integer articles_id FK',
        '    integer tags_id FK',
        '  }',
        '  authors {',
        '    integer id PK',
        '    uuid avatar FK',
        '  }',
        '  block_hero {',
        '    integer id PK',
        '  }',
        '  end_["end"] {',
        '    integer id PK',
        '  }',
        '  order_lines["order-lines"] {',
        '    integer id PK',
        '    boolean f_2fa "2fa"',
        '    integer end_id FK',
        '  }',
        '  pages {',
        '    integer id PK',
        '  }',
        '  pages_blocks {',
        '    integer id PK',
        '    integer pages_id FK',
        '    string item',
        '    string collection',
        '  }',
        '  tags {',
        '    integer id PK',
        '  }',
        '  directus_files {',
        '    uuid id PK',
        '  }',
        '  articles }o--|| authors : "author (O2M: articles)"',
        '  articles_tags }o--o| articles : "articles_id (M2M: tags)"',
        '  articles_tags }o--o| tags : "tags_id (M2M)"',
        '  pages_blocks }o--o| pages : "pages_id (M2A: blocks)"',
        '  pages_blocks }o..o| block_hero : "item (M2A)"',
        '  authors }o--o| directus_files : "avatar (file)"',
        '  order_lines }o..o| end_ : "end_id (M2O)"',
        '',
      ].join('\n'),
    );
  });

  it('draws only the collections asked for, and the relations between them', () => {
    const text = toMermaid(buildModelIndex(schema), {
      collections: new Set(['articles', 'authors', 'tags']),
    });
    expect(text).toBe(
      [
        'erDiagram',
        '  articles {',
        '    integer id PK',
        '    integer author FK',
        '    string title',
        '  }',
        '  authors {',
        '    integer id PK',
        '    uuid avatar FK',
        '  }',
        '  tags {',
        '    integer id PK',
        '  }',
        '  articles }o--|| authors : "author (O2M: articles)"',
        '',
      ].join('\n'),
    );
  });
});

describe('Mermaid names', () => {
  it('keeps safe names and maps the others to unique identifiers', () => {
    const ids = identifiers(['order-lines', 'order_lines', 'end', 'End', '2024', 'x y', 'Tags']);
    expect(Object.fromEntries(ids)).toEqual({
      order_lines: 'order_lines',
      Tags: 'Tags',
      'order-lines': 'order_lines_2',
      end: 'end_',
      End: 'End__2',
      '2024': 'c_2024',
      'x y': 'x_y',
    });
  });

  it("refuses Mermaid's keywords as names, whatever their case", () => {
    expect(['one', 'Many', 'to', 'class', 'style', 'subgraph', 'erDiagram'].map(isSafeEntityName)).toEqual(
      Array(7).fill(false),
    );
    expect(['articles', 'Lms_Portfolio', 'one_time'].map(isSafeEntityName)).toEqual([true, true, true]);
    expect(Object.fromEntries(identifiers(['uk', 'PK', 'id'], 'attribute'))).toEqual({
      id: 'id',
      uk: 'uk_',
      PK: 'PK_',
    });
  });
});
