import { describe, expect, it } from 'vitest';
import { aCollection, aField, anAlias, aRelation, aSchema } from '../../testing/builders';
import { aManyToAny, aManyToOne } from '../../testing/scenarios';
import type { DirectusSchema } from '../directus-types';
import type { RelationDraft } from './draft';
import { draftFromRelation } from './draft';
import { buildModelIndex } from '../model-index';
import { validateDraft as validate, type ValidateDraftOptions } from './validation';

const validateDraft = (draft: RelationDraft, schema: DirectusSchema, options?: ValidateDraftOptions) =>
  validate(draft, buildModelIndex(schema), options);

function m2o(extra: Partial<DirectusSchema> = {}, alias: string | null = null) {
  const schema = aSchema(aManyToOne({ alias }), extra);
  const relation = schema.relations[0];
  if (!relation) throw new Error('scenario without relation');
  return { schema, draft: draftFromRelation(relation) };
}

const withSchema = (
  draft: RelationDraft,
  on_delete: NonNullable<RelationDraft['schema']>['on_delete'],
): RelationDraft => ({
  ...draft,
  schema: { on_delete, on_update: draft.schema?.on_update ?? 'NO ACTION' },
});

const targets = (issues: { target: string; severity: string }[]) =>
  issues.map((i) => `${i.severity}:${i.target}`);

describe('validateDraft', () => {
  it('accepts a plain many-to-one', () => {
    const { schema, draft } = m2o();
    expect(validateDraft(draft, schema)).toEqual([]);
  });

  it('refuses SET NULL on a NOT NULL foreign key, for on_delete and on_update', () => {
    const notNull = aField({
      collection: 'articles',
      field: 'author',
      type: 'integer',
      schema: { is_nullable: false },
    });
    const schema = aSchema({ fields: [notNull] }, aManyToOne());
    const draft = draftFromRelation(aRelation());
    const issues = validateDraft(
      { ...draft, schema: { on_delete: 'SET NULL', on_update: 'SET NULL' } },
      schema,
    );
    expect(issues).toEqual([
      {
        target: 'on_delete',
        severity: 'error',
        message: 'articles.author is NOT NULL, so SET NULL is impossible.',
      },
      {
        target: 'on_update',
        severity: 'error',
        message: 'articles.author is NOT NULL, so SET NULL is impossible.',
      },
    ]);
    expect(validateDraft(withSchema(draft, 'CASCADE'), schema)).toEqual([]);
  });

  it('warns about CASCADE on a self-reference', () => {
    const schema = aSchema(aManyToOne({ collection: 'categories', field: 'parent', related: 'categories' }));
    const draft = draftFromRelation(
      aRelation({ collection: 'categories', field: 'parent', related_collection: 'categories' }),
    );
    const issues = validateDraft(withSchema(draft, 'CASCADE'), schema);
    expect(targets(issues)).toEqual(['warning:on_delete']);
    expect(issues[0]?.message).toContain('cascades');
  });

  it('warns that SET DEFAULT without a default value sets NULL', () => {
    const { schema, draft } = m2o();
    expect(targets(validateDraft(withSchema(draft, 'SET DEFAULT'), schema))).toEqual(['warning:on_delete']);
  });

  it('reports a foreign key field that no longer exists', () => {
    const { schema, draft } = m2o();
    expect(targets(validateDraft({ ...draft, field: 'gone' }, schema))).toEqual(['error:field']);
  });

  describe('one_field', () => {
    it('accepts an existing alias', () => {
      const { schema, draft } = m2o({}, 'articles');
      expect(validateDraft(draft, schema)).toEqual([]);
    });

    it('refuses a missing field or one that holds data', () => {
      const { schema, draft } = m2o({ fields: [aField({ collection: 'authors', field: 'name' })] });
      const missing = validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'nope' } }, schema);
      expect(missing).toEqual([
        {
          target: 'one_field',
          severity: 'error',
          message: "authors.nope doesn't exist: create the alias field first.",
        },
      ]);
      const data = validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'name' } }, schema);
      expect(data[0]?.message).toContain('authors.name is a string field, not an alias field');
    });

    it('when creating it, wants a new valid name', () => {
      const { schema, draft } = m2o({ fields: [anAlias('authors', 'posts')] });
      const taken = validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'Posts' } }, schema, {
        creatingOneField: true,
      });
      expect(taken[0]?.message).toBe('authors already has a field named Posts.');
      const bad = validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'my posts' } }, schema, {
        creatingOneField: true,
      });
      expect(targets(bad)).toEqual(['error:one_field']);
      const fine = validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'articles' } }, schema, {
        creatingOneField: true,
      });
      expect(fine).toEqual([]);
    });

    it('refuses an alias already used by another relation', () => {
      const other = aRelation({ field: 'editor', meta: { one_field: 'articles' } });
      const { schema, draft } = m2o(
        {
          relations: [other],
          fields: [aField({ collection: 'articles', field: 'editor', type: 'integer' })],
        },
        'articles',
      );
      expect(validateDraft(draft, schema)[0]?.message).toBe(
        'authors.articles already shows the relation articles.editor.',
      );
    });

    it('refuses an empty name', () => {
      const { schema, draft } = m2o();
      expect(targets(validateDraft({ ...draft, meta: { ...draft.meta, one_field: '' } }, schema))).toEqual([
        'error:one_field',
      ]);
    });

    it('warns when the NOT NULL key would be nulled by deselecting', () => {
      const notNull = aField({
        collection: 'articles',
        field: 'author',
        type: 'integer',
        schema: { is_nullable: false },
      });
      const schema = aSchema({ fields: [notNull] }, aManyToOne({ alias: 'articles' }));
      const draft = withSchema(
        draftFromRelation(aRelation({ meta: { one_field: 'articles' } })),
        'NO ACTION',
      );
      expect(targets(validateDraft(draft, schema))).toEqual(['warning:one_deselect_action']);
      expect(
        validateDraft({ ...draft, meta: { ...draft.meta, one_deselect_action: 'delete' } }, schema),
      ).toEqual([]);
    });
  });

  describe('sort_field', () => {
    const sortable = {
      fields: [
        aField({ collection: 'articles', field: 'sort', type: 'integer' }),
        aField({ collection: 'articles', field: 'title' }),
      ],
    };

    it('accepts an integer field of the many side', () => {
      const { schema, draft } = m2o(sortable);
      expect(validateDraft({ ...draft, meta: { ...draft.meta, sort_field: 'sort' } }, schema)).toEqual([]);
    });

    it('refuses a missing or non-integer field', () => {
      const { schema, draft } = m2o(sortable);
      expect(
        targets(validateDraft({ ...draft, meta: { ...draft.meta, sort_field: 'nope' } }, schema)),
      ).toEqual(['error:sort_field']);
      const text = validateDraft({ ...draft, meta: { ...draft.meta, sort_field: 'title' } }, schema);
      expect(text[0]?.message).toBe('articles.title is a string; a sort field must be an integer.');
    });

    it('when creating it, wants a name not yet taken', () => {
      const { schema, draft } = m2o(sortable);
      const opts = { creatingSortField: true };
      expect(
        targets(validateDraft({ ...draft, meta: { ...draft.meta, sort_field: 'sort' } }, schema, opts)),
      ).toEqual(['error:sort_field']);
      expect(
        validateDraft({ ...draft, meta: { ...draft.meta, sort_field: 'position' } }, schema, opts),
      ).toEqual([]);
    });
  });

  it('checks that the junction field is another field of the junction', () => {
    const { schema, draft } = m2o({
      fields: [aField({ collection: 'articles', field: 'tags_id', type: 'integer' })],
    });
    expect(validateDraft({ ...draft, meta: { ...draft.meta, junction_field: 'tags_id' } }, schema)).toEqual(
      [],
    );
    expect(
      targets(validateDraft({ ...draft, meta: { ...draft.meta, junction_field: 'nope' } }, schema)),
    ).toEqual(['error:junction_field']);
    expect(
      targets(validateDraft({ ...draft, meta: { ...draft.meta, junction_field: 'author' } }, schema)),
    ).toEqual(['error:junction_field']);
  });

  describe('many-to-any item relation', () => {
    const schema = aManyToAny();
    const item = schema.relations.find((r) => r.field === 'item');
    if (!item) throw new Error('scenario without item relation');
    const draft = draftFromRelation(item);

    it('accepts the Data Studio composition', () => {
      expect(validateDraft(draft, schema)).toEqual([]);
    });

    it('needs allowed collections that exist', () => {
      const none = validateDraft({ ...draft, meta: { ...draft.meta, one_allowed_collections: [] } }, schema);
      expect(targets(none)).toEqual(['error:one_allowed_collections']);
      const ghost = validateDraft(
        { ...draft, meta: { ...draft.meta, one_allowed_collections: ['block_hero', 'ghost'] } },
        schema,
      );
      expect(ghost[0]?.message).toBe("These collections don't exist: ghost.");
    });

    it('needs a collection field on the junction', () => {
      expect(
        targets(validateDraft({ ...draft, meta: { ...draft.meta, one_collection_field: null } }, schema)),
      ).toEqual(['error:one_collection_field']);
      expect(
        targets(validateDraft({ ...draft, meta: { ...draft.meta, one_collection_field: 'kind' } }, schema)),
      ).toEqual(['error:one_collection_field']);
    });

    it('warns that one_field means nothing there', () => {
      expect(targets(validateDraft({ ...draft, meta: { ...draft.meta, one_field: 'x' } }, schema))).toEqual([
        'warning:one_field',
      ]);
    });
  });

  it('reports the foreign key field when the schema lacks it', () => {
    const schema = aSchema({ collections: [aCollection('articles')] });
    expect(targets(validateDraft(draftFromRelation(aRelation()), schema))).toEqual(['error:field']);
  });
});
