import { describe, expect, it } from 'vitest';
import { aCollection, aField, aFolder, aPrimaryKey, aRelation, aSchema } from '../testing/builders';
import { aFilesManyToMany, aManyToAny, aManyToMany, aManyToOne, aTranslations } from '../testing/scenarios';
import type { DirectusSchema } from './directus-types';
import { toDiagram } from './diagram';
import { FOLDED_ROW_LIMIT, nodeHeight } from './diagram-layout';
import type { DiagramOptions } from './diagram-types';
import { buildModelIndex } from './model-index';

const HIDDEN: DiagramOptions = { showJunctions: false, showSystem: false };
const JUNCTIONS: DiagramOptions = { showJunctions: true, showSystem: false };

function diagramOf(schema: DirectusSchema, options = HIDDEN) {
  return toDiagram(buildModelIndex(schema), options);
}
const labels = (schema: DirectusSchema, options = HIDDEN) =>
  diagramOf(schema, options).edges.map((e) => e.data.label);
const nodeIds = (schema: DirectusSchema, options = HIDDEN) =>
  diagramOf(schema, options).nodes.map((n) => n.id);

describe('toDiagram: edges of single relations', () => {
  it('draws an M2O from the foreign key to the related collection', () => {
    const { edges } = diagramOf(aSchema(aManyToOne()));
    expect(edges).toEqual([
      {
        id: 'articles.author',
        source: 'articles',
        target: 'authors',
        sourceHandle: 'author',
        targetHandle: null,
        data: {
          relationshipId: 'articles.author',
          kind: 'm2o',
          relationKeys: ['articles.author'],
          label: 'articles.author → authors (M2O)',
          junctionPart: false,
          hiddenRelationKeys: [],
          mark: null,
        },
      },
    ]);
  });

  it('draws an O2M to the alias handle', () => {
    const [edge] = diagramOf(aSchema(aManyToOne({ alias: 'articles' }))).edges;
    expect(edge).toMatchObject({
      sourceHandle: 'author',
      targetHandle: 'articles',
      data: { label: 'articles.author → authors.articles (O2M)' },
    });
  });

  it('draws a single file to directus_files, which becomes an undeclared system node', () => {
    const schema = aSchema(aManyToOne({ field: 'cover', related: 'directus_files' }));
    expect(labels(schema)).toEqual(['articles.cover → directus_files (file)']);
    expect(diagramOf(schema).nodes.find((n) => n.id === 'directus_files')?.data).toMatchObject({
      isSystem: true,
      declared: false,
      fields: [],
    });
  });

  it('leaves the handle out when the field is not in fields[]', () => {
    const schema = aSchema(
      { collections: [aCollection('posts'), aCollection('categories')] },
      {
        relations: [
          aRelation({
            collection: 'posts',
            field: 'category',
            related_collection: 'categories',
            meta: { one_field: 'posts' },
          }),
        ],
      },
    );
    expect(diagramOf(schema).edges[0]).toMatchObject({ sourceHandle: null, targetHandle: null });
  });
});

describe('toDiagram: junctions hidden (default)', () => {
  it('draws an M2M as one edge parent → related and hides the junction', () => {
    const schema = aSchema(aManyToMany());
    const { nodes, edges } = diagramOf(schema);
    expect(nodes.map((n) => n.id)).toEqual(['articles', 'tags']);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({
      source: 'articles',
      target: 'tags',
      sourceHandle: 'tags',
      targetHandle: null,
      data: {
        kind: 'm2m',
        relationKeys: ['articles_tags.articles_id', 'articles_tags.tags_id'],
        label: 'articles.tags ⇄ tags (M2M via articles_tags)',
        junctionPart: false,
      },
    });
  });

  it('names an M2M with no alias by its junction', () => {
    const schema = aSchema(aManyToMany({ parentAlias: null }));
    schema.relations.reverse();
    expect(labels(schema)).toEqual(['articles_tags: articles ⇄ tags (M2M via articles_tags)']);
  });

  it('names translations and files', () => {
    expect(labels(aSchema(aTranslations()))).toEqual([
      'articles.translations ⇄ languages (translations via articles_translations)',
    ]);
    expect(labels(aSchema(aFilesManyToMany()))).toEqual([
      'articles.gallery ⇄ directus_files (files via articles_files)',
    ]);
  });

  it('draws an M2A as one edge per allowed collection', () => {
    const { edges } = diagramOf(aSchema(aManyToAny()));
    expect(edges.map((e) => [e.id, e.source, e.target, e.sourceHandle, e.data.label])).toEqual([
      [
        'pages_blocks.pages_id→block_hero',
        'pages',
        'block_hero',
        'blocks',
        'pages.blocks ⇄ block_hero (M2A via pages_blocks)',
      ],
      [
        'pages_blocks.pages_id→block_text',
        'pages',
        'block_text',
        'blocks',
        'pages.blocks ⇄ block_text (M2A via pages_blocks)',
      ],
    ]);
  });

  it('hides other relations of a hidden junction too', () => {
    const schema = aSchema(
      aManyToMany(),
      aManyToOne({ collection: 'articles_tags', field: 'user_created', related: 'directus_users' }),
    );
    expect(nodeIds(schema)).toEqual(['articles', 'tags']);
    expect(labels(schema)).toEqual(['articles.tags ⇄ tags (M2M via articles_tags)']);
  });

  it("says on the junction's edge which of its relations are hidden with it", () => {
    const schema = aSchema(
      aManyToMany(),
      aManyToOne({ collection: 'articles_tags', field: 'user_created', related: 'directus_users' }),
      aManyToOne({ collection: 'notes', field: 'link', related: 'articles_tags' }),
    );
    expect(diagramOf(schema).edges[0]?.data.hiddenRelationKeys).toEqual([
      'articles_tags.user_created',
      'notes.link',
    ]);
    expect(diagramOf(schema, JUNCTIONS).edges.every((e) => e.data.hiddenRelationKeys.length === 0)).toBe(
      true,
    );
  });
});

describe('toDiagram: junctions shown', () => {
  it('draws each junction relation on its own', () => {
    const { nodes, edges } = diagramOf(aSchema(aManyToMany()), JUNCTIONS);
    expect(nodes.map((n) => [n.id, n.data.isJunction])).toEqual([
      ['articles', false],
      ['articles_tags', true],
      ['tags', false],
    ]);
    expect(
      edges.map((e) => [
        e.source,
        e.target,
        e.sourceHandle,
        e.targetHandle,
        e.data.label,
        e.data.relationKeys,
        e.data.junctionPart,
      ]),
    ).toEqual([
      [
        'articles_tags',
        'articles',
        'articles_id',
        'tags',
        'articles_tags.articles_id → articles (M2O)',
        ['articles_tags.articles_id'],
        true,
      ],
      [
        'articles_tags',
        'tags',
        'tags_id',
        null,
        'articles_tags.tags_id → tags (M2O)',
        ['articles_tags.tags_id'],
        true,
      ],
    ]);
  });

  it('draws the M2A item relation once per allowed collection', () => {
    expect(labels(aSchema(aManyToAny()), JUNCTIONS)).toEqual([
      'pages_blocks.pages_id → pages (M2O)',
      'pages_blocks.item → block_hero (M2A)',
      'pages_blocks.item → block_text (M2A)',
    ]);
  });
});

describe('toDiagram: nodes', () => {
  const systemSchema = aSchema(
    {
      collections: [
        aCollection('directus_users'),
        aCollection('directus_roles'),
        aCollection('directus_settings'),
        aFolder('website'),
      ],
    },
    aManyToOne({ related: 'directus_users' }),
    {
      relations: [
        aRelation({
          collection: 'directus_settings',
          field: 'public_registration_role',
          related_collection: 'directus_roles',
          meta: null,
        }),
      ],
    },
  );

  it('shows system collections only where a shown edge touches them; hides system↔system relationships', () => {
    // Data Studio order: meta.sort, then name.
    expect(nodeIds(systemSchema)).toEqual(['articles', 'directus_users']);
    expect(labels(systemSchema)).toEqual(['articles.author → directus_users (M2O)']);
  });

  it('with showSystem, shows every declared system collection and system↔system relationships', () => {
    const options = { showJunctions: false, showSystem: true };
    expect(nodeIds(systemSchema, options)).toEqual([
      'articles',
      'directus_roles',
      'directus_settings',
      'directus_users',
    ]);
    expect(labels(systemSchema, options)).toContain(
      'directus_settings.public_registration_role → directus_roles (M2O)',
    );
  });

  it('never makes a folder a node', () => {
    expect(nodeIds(systemSchema)).not.toContain('website');
  });

  it('adds referenced but undeclared collections as declared: false, after the declared ones', () => {
    const schema = aSchema(aManyToOne());
    schema.collections = schema.collections.filter((c) => c.collection !== 'authors');
    const { nodes } = diagramOf(schema);
    expect(nodes.map((n) => [n.id, n.data.declared])).toEqual([
      ['articles', true],
      ['authors', false],
    ]);
  });

  it('describes fields: primary key, foreign key, alias, and which ones have handles', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }), {
      fields: [aField({ collection: 'authors', field: 'name' })],
    });
    const authors = diagramOf(schema).nodes.find((n) => n.id === 'authors')!;
    expect(authors.data.fields).toEqual([
      {
        field: 'id',
        type: 'integer',
        isPrimaryKey: true,
        isForeignKey: false,
        isAlias: false,
        relational: false,
      },
      {
        field: 'articles',
        type: 'alias',
        isPrimaryKey: false,
        isForeignKey: false,
        isAlias: true,
        relational: true,
      },
      {
        field: 'name',
        type: 'string',
        isPrimaryKey: false,
        isForeignKey: false,
        isAlias: false,
        relational: false,
      },
    ]);
    const articles = diagramOf(schema).nodes.find((n) => n.id === 'articles')!;
    expect(articles.data.fields.find((f) => f.field === 'author')).toMatchObject({
      isForeignKey: true,
      relational: true,
    });
    expect(articles.height).toBeGreaterThan(0);
  });

  it('sizes nodes from their drawn rows', () => {
    // big: id + 5 fields; articles: id + author.
    const schema = aSchema(aManyToOne(), {
      fields: [
        aPrimaryKey('big'),
        ...['a', 'b', 'c', 'd', 'e'].map((f) => aField({ collection: 'big', field: f })),
      ],
      collections: [aCollection('big')],
    });
    const { nodes } = diagramOf(schema);
    const big = nodes.find((n) => n.id === 'big')!;
    const articles = nodes.find((n) => n.id === 'articles')!;
    expect([big.height, articles.height]).toEqual([nodeHeight(6), nodeHeight(2)]);
  });
});

describe('toDiagram: marks', () => {
  it('marks the collections and relationships it is told about, and nothing else', () => {
    const marks = {
      collections: new Map([['authors', 'added' as const]]),
      relationships: new Map([['articles.author', 'changed' as const]]),
    };
    const { nodes, edges } = diagramOf(aSchema(aManyToOne(), aManyToOne({ field: 'editor' })), {
      ...HIDDEN,
      marks,
    });
    expect(nodes.map((n) => [n.id, n.data.mark])).toEqual([
      ['articles', null],
      ['authors', 'added'],
    ]);
    expect(edges.map((e) => [e.id, e.data.mark])).toEqual([
      ['articles.author', 'changed'],
      ['articles.editor', null],
    ]);
  });
});

describe('toDiagram: long and system collections stay compact', () => {
  const wide = aSchema(aManyToOne({ collection: 'wide', field: 'author' }), {
    fields: Array.from({ length: 1000 }, (_, i) => aField({ collection: 'wide', field: `f${i}` })),
  });

  it('folds a collection of 1,000 fields to its key, its relational fields and the first others', () => {
    const node = diagramOf(wide).nodes.find((n) => n.id === 'wide')!;
    expect(node.data.fields.slice(0, 2).map((f) => f.field)).toEqual(['id', 'author']);
    expect(node.data.fields).toHaveLength(FOLDED_ROW_LIMIT);
    expect(node.data.foldedCount).toBe(1002 - FOLDED_ROW_LIMIT);
    expect(node.height).toBe(nodeHeight(FOLDED_ROW_LIMIT, true));
  });

  it('draws every field of an expanded collection, in Data Studio order', () => {
    const node = diagramOf(wide, { ...HIDDEN, expanded: new Set(['wide']) }).nodes.find(
      (n) => n.id === 'wide',
    )!;
    expect(node.data.fields).toHaveLength(1002);
    expect(node.data.foldedCount).toBe(0);
    expect(node.data.expanded).toBe(true);
  });

  it('shows a system collection with only its key and relational fields until expanded', () => {
    const schema = aSchema(aManyToOne({ related: 'directus_users' }), {
      fields: [
        aPrimaryKey('directus_users', 'id', 'uuid'),
        ...['email', 'first_name', 'last_name'].map((f) =>
          aField({ collection: 'directus_users', field: f }),
        ),
      ],
    });
    const users = diagramOf(schema).nodes.find((n) => n.id === 'directus_users')!;
    expect(users.data.fields.map((f) => f.field)).toEqual(['id']);
    expect(users.data.foldedCount).toBe(3);
  });

  it('never folds away a single field', () => {
    const schema = aSchema({
      collections: [aCollection('thirteen')],
      fields: [
        aPrimaryKey('thirteen'),
        ...Array.from({ length: 12 }, (_, i) => aField({ collection: 'thirteen', field: `f${i}` })),
      ],
    });
    const node = diagramOf(schema).nodes.find((n) => n.id === 'thirteen')!;
    expect(node.data.fields).toHaveLength(13);
    expect(node.data.foldedCount).toBe(0);
  });
});
