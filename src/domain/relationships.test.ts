import { getRelationType } from '../testing/directus-utils';
import { describe, expect, it } from 'vitest';
import { aField, anAlias, aRelation, aSchema } from '../testing/builders';
import { aFilesManyToMany, aManyToAny, aManyToMany, aManyToOne, aTranslations } from '../testing/scenarios';
import type { DirectusRelation } from './directus-types';
import { relationKey } from './model';
import type { InferredModel, Relationship } from './model';
import { inferRelationships } from './relationships';

function only(model: InferredModel): Relationship {
  expect(model.relationships).toHaveLength(1);
  return model.relationships[0]!;
}

const keys = (r: Relationship) => r.relations.map(relationKey);
const codes = (model: InferredModel) => model.warnings.map((w) => `${w.code} ${w.relation}`);

describe('inferRelationships: one relation', () => {
  it('an M2O without alias is m2o', () => {
    const rel = only(inferRelationships(aSchema(aManyToOne())));
    expect(rel).toMatchObject({
      id: 'articles.author',
      kind: 'm2o',
      source: { collection: 'articles', field: 'author' },
      targets: [{ collection: 'authors', field: null }],
      junction: null,
    });
  });

  it('an M2O with its reverse alias is o2m', () => {
    const schema = aSchema(aManyToOne({ alias: 'articles' }));
    const rel = only(inferRelationships(schema));
    expect(rel).toMatchObject({
      id: 'articles.author',
      kind: 'o2m',
      targets: [{ collection: 'authors', field: 'articles' }],
    });
    // Directus's classifier agrees: the FK is the m2o side, the alias the o2m side.
    const relation = schema.relations[0]!;
    expect(getRelationType({ relation, collection: 'articles', field: 'author' })).toBe('m2o');
    expect(getRelationType({ relation, collection: 'authors', field: 'articles' })).toBe('o2m');
  });

  it('a single file is file, but a file relation with an alias is o2m', () => {
    expect(
      only(inferRelationships(aSchema(aManyToOne({ field: 'cover', related: 'directus_files' })))).kind,
    ).toBe('file');
    const withAlias = aSchema(aManyToOne({ field: 'cover', related: 'directus_files', alias: 'articles' }));
    expect(only(inferRelationships(withAlias)).kind).toBe('o2m');
  });

  it('meta: null and schema: null (a foreign key made outside Directus, or a hand-written file) is m2o', () => {
    const relation = aRelation({ meta: null, schema: null });
    const model = inferRelationships(aSchema({ relations: [relation] }));
    expect(only(model)).toMatchObject({ kind: 'm2o', targets: [{ collection: 'authors', field: null }] });
    expect(model.warnings).toEqual([]);
    expect(getRelationType({ relation, collection: 'articles', field: 'author' })).toBe('m2o');
  });

  it('a relation whose many side is a system collection is a normal relation', () => {
    const relation = aRelation({
      collection: 'directus_users',
      field: 'job',
      related_collection: 'jobs',
      meta: { one_field: 'users' },
    });
    const model = inferRelationships(aSchema({ fields: [anAlias('jobs', 'users')], relations: [relation] }));
    expect(only(model)).toMatchObject({
      kind: 'o2m',
      source: { collection: 'directus_users', field: 'job' },
    });
    expect(model.warnings).toEqual([]);
  });
});

describe('inferRelationships: junction pairs', () => {
  it('an M2M takes the aliased side as parent, whatever the input order', () => {
    const schema = aSchema(aManyToMany());
    const rel = only(inferRelationships(schema));
    expect(rel).toEqual({
      id: 'articles_tags.articles_id',
      kind: 'm2m',
      relations: [schema.relations[1], schema.relations[0]],
      source: { collection: 'articles', field: 'tags' },
      targets: [{ collection: 'tags', field: null }],
      junction: { collection: 'articles_tags', parentField: 'articles_id', relatedField: 'tags_id' },
    });
    // The parent's alias is, for Directus, the o2m side of the junction's parent relation.
    expect(getRelationType({ relation: rel.relations[0]!, collection: 'articles', field: 'tags' })).toBe(
      'o2m',
    );
  });

  it('an M2M aliased on both sides keeps both aliases and prefers the one marked m2m', () => {
    const schema = aSchema(aManyToMany({ relatedAlias: 'articles' }));
    // Make the related side's alias a plain o2m: the parent must still be articles.
    schema.fields = schema.fields.map((f) =>
      f.collection === 'tags' && f.field === 'articles' ? anAlias('tags', 'articles', 'o2m') : f,
    );
    const rel = only(inferRelationships(schema));
    expect(rel.source).toEqual({ collection: 'articles', field: 'tags' });
    expect(rel.targets).toEqual([{ collection: 'tags', field: 'articles' }]);
  });

  it('with aliases on both sides both marked m2m, the smaller relation key is the parent, whatever the order', () => {
    const schema = aSchema(aManyToMany({ relatedAlias: 'articles' }));
    const expected = {
      collection: 'articles_tags',
      parentField: 'articles_id',
      relatedField: 'tags_id',
    };
    const rel = only(inferRelationships(schema));
    expect(rel.source).toEqual({ collection: 'articles', field: 'tags' });
    expect(rel.junction).toEqual(expected);
    schema.relations.reverse();
    expect(only(inferRelationships(schema)).junction).toEqual(expected);
  });

  it('with aliases on both sides both marked m2m, the relation Directus created first is the parent', () => {
    // GET /relations on SQLite lists a junction's relations newest first; meta.id says which came first.
    const schema = aSchema(aManyToMany({ relatedAlias: 'articles' }));
    const withId = (relation: DirectusRelation, id: number) => ({
      ...relation,
      meta: relation.meta && { ...relation.meta, id },
    });
    schema.relations = schema.relations.map((r) => withId(r, r.field === 'articles_id' ? 9 : 10));
    const rel = only(inferRelationships(schema));
    expect(rel.id).toBe('articles_tags.articles_id');
    expect(rel.source).toEqual({ collection: 'articles', field: 'tags' });
    expect(rel.targets).toEqual([{ collection: 'tags', field: 'articles' }]);
  });

  it('an M2M with no alias on either side is still an M2M', () => {
    const rel = only(inferRelationships(aSchema(aManyToMany({ parentAlias: null }))));
    expect(rel).toMatchObject({
      kind: 'm2m',
      source: { collection: 'articles', field: null },
      targets: [{ collection: 'tags', field: null }],
    });
  });

  it('a self-M2M pairs the two keys of one collection', () => {
    const schema = aSchema(
      aManyToMany({
        parent: 'company',
        related: 'company',
        junction: 'company_related',
        relatedKey: 'related_company_id',
        parentAlias: 'partners',
      }),
    );
    const rel = only(inferRelationships(schema));
    expect(rel).toMatchObject({
      kind: 'm2m',
      source: { collection: 'company', field: 'partners' },
      targets: [{ collection: 'company', field: null }],
      junction: {
        collection: 'company_related',
        parentField: 'company_id',
        relatedField: 'related_company_id',
      },
    });
  });

  it('translations are recognised by the alias special, as an array or as a comma string', () => {
    expect(only(inferRelationships(aSchema(aTranslations()))).kind).toBe('translations');
    const schema = aSchema(aTranslations());
    schema.fields = schema.fields.map((f) =>
      f.field === 'translations' ? aField({ ...f, special: 'translations, alias' }) : f,
    );
    expect(only(inferRelationships(schema))).toMatchObject({
      kind: 'translations',
      source: { collection: 'articles', field: 'translations' },
    });
  });

  it('a junction to directus_files is files', () => {
    const rel = only(inferRelationships(aSchema(aFilesManyToMany())));
    expect(rel).toMatchObject({
      id: 'articles_files.articles_id',
      kind: 'files',
      targets: [{ collection: 'directus_files', field: null }],
    });
  });

  it('without aliases, the files junction takes the non-file side as parent', () => {
    const rel = only(
      inferRelationships(
        aSchema(aManyToMany({ related: 'directus_files', junction: 'x_files', parentAlias: null })),
      ),
    );
    expect(rel).toMatchObject({ kind: 'files', source: { collection: 'articles', field: null } });
  });
});

describe('inferRelationships: many-to-any', () => {
  it('joins the item relation and its partner; one target per allowed collection', () => {
    const schema = aSchema(aManyToAny());
    const rel = only(inferRelationships(schema));
    expect(rel).toEqual({
      id: 'pages_blocks.pages_id',
      kind: 'm2a',
      relations: [schema.relations[1], schema.relations[0]],
      source: { collection: 'pages', field: 'blocks' },
      targets: [
        { collection: 'block_hero', field: null },
        { collection: 'block_text', field: null },
      ],
      junction: { collection: 'pages_blocks', parentField: 'pages_id', relatedField: 'item' },
    });
    const item = schema.relations[0]!;
    expect(getRelationType({ relation: item, collection: 'pages_blocks', field: 'item' })).toBe('m2a');
  });

  it('without its partner, still an m2a drawn from the junction, with a warning', () => {
    const schema = aSchema(aManyToAny());
    schema.relations = schema.relations.slice(0, 1);
    const model = inferRelationships(schema);
    expect(only(model)).toMatchObject({
      id: 'pages_blocks.item',
      source: { collection: 'pages_blocks', field: 'item' },
      junction: null,
    });
    expect(codes(model)).toEqual(['m2a-without-partner pages_blocks.item']);
  });

  it('an item with only one of the two M2A settings is kept as m2a, with a warning (Directus needs both)', () => {
    const relation = aRelation({
      collection: 'j',
      field: 'item',
      related_collection: null,
      meta: { one_collection_field: 'collection' },
    });
    const model = inferRelationships(aSchema({ relations: [relation] }));
    expect(only(model)).toMatchObject({ kind: 'm2a', targets: [] });
    expect(codes(model)).toContain('m2a-half-configured j.item');
    expect(getRelationType({ relation, collection: 'j', field: 'item' })).toBe('m2o');
  });
});

describe('inferRelationships: oddities', () => {
  it('a junction_field that names nothing leaves a standalone relation and a warning', () => {
    const dangling = aRelation({
      collection: 'reservations_articles',
      field: 'reservations_id',
      related_collection: 'reservations',
      meta: { junction_field: 'articles_id' },
    });
    const model = inferRelationships(aSchema({ relations: [dangling] }));
    expect(only(model)).toMatchObject({ kind: 'm2o', junction: null });
    expect(codes(model)).toEqual(['dangling-junction-field reservations_articles.reservations_id']);
  });

  it('a dangling junction_field on a relation with an alias gives an o2m', () => {
    const dangling = aRelation({
      collection: 'businessDevision',
      field: 'owner',
      related_collection: 'directus_users',
      meta: { junction_field: 'item', one_field: 'divisions' },
    });
    const model = inferRelationships(
      aSchema({ fields: [anAlias('directus_users', 'divisions')], relations: [dangling] }),
    );
    expect(only(model).kind).toBe('o2m');
    expect(codes(model)).toEqual(['dangling-junction-field businessDevision.owner']);
  });

  it('a one_field naming a missing alias keeps the relationship and warns', () => {
    const relation = aRelation({
      collection: 'posts',
      field: 'category',
      related_collection: 'categories',
      meta: { one_field: 'posts' },
    });
    const model = inferRelationships(aSchema({ relations: [relation] }));
    expect(only(model)).toMatchObject({
      kind: 'o2m',
      targets: [{ collection: 'categories', field: 'posts' }],
    });
    expect(codes(model)).toEqual(['missing-alias-field posts.category']);
  });

  it('a second entry for one (collection, field) is dropped with a warning', () => {
    const model = inferRelationships(
      aSchema({ relations: [aRelation(), aRelation({ related_collection: 'people' })] }),
    );
    expect(only(model).targets).toEqual([{ collection: 'authors', field: null }]);
    expect(codes(model)).toEqual(['duplicate-relation articles.author']);
  });

  it('never throws on missing lists or missing meta', () => {
    const noMeta = { collection: 'a', field: 'b', related_collection: 'c' } as unknown as DirectusRelation;
    expect(inferRelationships({}).relationships).toEqual([]);
    expect(only(inferRelationships({ relations: [noMeta] })).kind).toBe('m2o');
  });

  it('orders relationships by their first relation in the input', () => {
    const schema = aSchema(aManyToOne({ collection: 'z' }), aManyToAny(), aManyToMany());
    expect(inferRelationships(schema).relationships.map((r) => r.id)).toEqual([
      'z.author',
      'pages_blocks.pages_id',
      'articles_tags.articles_id',
    ]);
  });

  it('uses every relation row exactly once in a mixed schema', () => {
    const schema = aSchema(
      aManyToOne(),
      aManyToMany(),
      aTranslations(),
      aFilesManyToMany(),
      aManyToAny(),
      aManyToOne({ field: 'cover', related: 'directus_files' }),
    );
    const used = inferRelationships(schema).relationships.flatMap(keys).sort();
    expect(used).toEqual(schema.relations.map(relationKey).sort());
  });
});
