import { describe, expect, it } from 'vitest';
import { aCollection, aField, aForeignKey, aPrimaryKey, aRelation } from '../../testing/builders';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import { applyChange, planChange } from '../changes/plan';
import type { DirectusSchema } from '../directus-types';
import { buildModelIndex } from '../model-index';
import { healthFindings } from './health';
import type { Finding } from './health';

const base = aDemoSchema();

function edit(change: (schema: DirectusSchema) => void): DirectusSchema {
  const head = cloneSchema(base);
  change(head);
  return head;
}

const relation = (schema: DirectusSchema, key: string) =>
  schema.relations.find((r) => `${r.collection}.${r.field}` === key)!;

const findings = (schema: DirectusSchema) => healthFindings(buildModelIndex(schema));
const summary = (list: Finding[]) =>
  list.map((f) => `${f.severity} ${f.code} ${f.location.relation ?? f.location.collection}`);

/** The fix planned and applied: the finding it answered is gone. */
function applyFix(schema: DirectusSchema, finding: Finding): DirectusSchema {
  const index = buildModelIndex(schema);
  expect(finding.fix).not.toBeNull();
  expect(planChange(index, finding.fix!).length).toBeGreaterThan(0);
  return applyChange(index, finding.fix!);
}

describe('healthFindings', () => {
  it('finds nothing on a clean model', () => {
    expect(findings(base)).toEqual([]);
  });

  it('reports a one_field naming a missing alias, and clears it as Directus does when an alias is deleted', () => {
    const schema = edit((s) => {
      s.fields = s.fields.filter((f) => !(f.collection === 'categories' && f.field === 'children'));
    });
    const [finding, ...rest] = findings(schema);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'missing-alias-field',
      severity: 'warning',
      location: { collection: 'categories', field: 'children', relation: 'categories.parent' },
      fixLabel: 'Clear one_field of categories.parent (the foreign key and its data stay)',
    });
    expect(finding?.message).toContain('directus#24789');
    expect(finding?.fix).toMatchObject({ type: 'updateRelation', after: { meta: { one_field: null } } });
    const fixed = applyFix(schema, finding!);
    expect(relation(fixed, 'categories.parent').schema?.on_delete).toBe('NO ACTION');
    expect(findings(fixed)).toEqual([]);
  });

  it('reports a junction_field without its partner', () => {
    const schema = edit((s) => {
      s.relations = s.relations.filter((r) => `${r.collection}.${r.field}` !== 'articles_tags.tags_id');
    });
    expect(summary(findings(schema))).toEqual(['warning dangling-junction-field articles_tags.articles_id']);
  });

  it('reports two entries for one relation once', () => {
    const schema = edit((s) => {
      const copy = relation(s, 'articles.category');
      s.relations.push(structuredClone(copy), structuredClone(copy));
    });
    const list = findings(schema);
    expect(summary(list)).toEqual(['error duplicate-relation articles.category']);
    expect(list[0]?.message).toContain('listed 3 times');
  });

  it('reports a many-to-any without its parent relation, or half configured', () => {
    const withoutParent = edit((s) => {
      s.relations = s.relations.filter((r) => `${r.collection}.${r.field}` !== 'pages_blocks.pages_id');
    });
    expect(summary(findings(withoutParent))).toEqual(['warning m2a-without-partner pages_blocks.item']);
    const half = edit((s) => {
      relation(s, 'pages_blocks.item').meta!.one_collection_field = null;
    });
    expect(summary(findings(half))).toEqual(['warning m2a-half-configured pages_blocks.item']);
  });

  it('reports a relation that points at no collection', () => {
    const schema = edit((s) => {
      s.fields.push(aForeignKey('comments', 'parent'));
      s.relations.push(aRelation({ collection: 'comments', field: 'parent', related_collection: null }));
    });
    expect(summary(findings(schema))).toEqual(['error no-related-collection comments.parent']);
  });

  it('reports a collection that has fields but no declaration, once', () => {
    const schema = edit((s) => {
      s.collections = s.collections.filter((c) => c.collection !== 'tags');
    });
    const list = findings(schema);
    expect(summary(list)).toEqual(['error undeclared-collection tags']);
    expect(list[0]?.message).toMatch(/^tags has 2 fields and 1 relation but is not in collections\[\]/);
  });

  it('reports an orphan relation row without offering a fix the API would refuse', () => {
    const schema = edit((s) => {
      s.relations.push(aRelation({ collection: 'ghosts', field: 'article', related_collection: 'articles' }));
    });
    const list = findings(schema);
    expect(summary(list)).toEqual(['warning orphan-relation ghosts.article']);
    expect(list[0]?.fix).toBeNull();
  });

  it('reports a relation to a collection that does not exist, with deleting it as the fix', () => {
    const schema = edit((s) => {
      relation(s, 'articles.category').related_collection = 'topics';
    });
    const [finding] = findings(schema);
    expect(summary([finding!])).toEqual(['error missing-related-collection articles.category']);
    expect(finding?.fix).toEqual({
      type: 'deleteRelation',
      relation: relation(schema, 'articles.category'),
      deleteField: false,
    });
    const fixed = applyFix(schema, finding!);
    expect(fixed.fields.some((f) => f.collection === 'articles' && f.field === 'category')).toBe(true);
    expect(findings(fixed)).toEqual([]);
  });

  it('reports a many-to-any allowing a collection that does not exist, and drops it as Directus does', () => {
    const schema = edit((s) => {
      relation(s, 'pages_blocks.item').meta!.one_allowed_collections = [
        'block_hero',
        'block_gone',
        'block_text',
      ];
    });
    const [finding, ...rest] = findings(schema);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({
      code: 'missing-allowed-collection',
      severity: 'warning',
      fixLabel: 'Remove block_gone from the allowed collections',
    });
    const fixed = applyFix(schema, finding!);
    expect(relation(fixed, 'pages_blocks.item').meta?.one_allowed_collections).toEqual([
      'block_hero',
      'block_text',
    ]);
    expect(findings(fixed)).toEqual([]);
  });

  it('reports a foreign key Directus does not track, and tracks it', () => {
    const schema = edit((s) => {
      relation(s, 'authors.user').meta = null;
    });
    const [finding, ...rest] = findings(schema);
    expect(rest).toEqual([]);
    expect(summary([finding!])).toEqual(['warning untracked-relation authors.user']);
    const fixed = applyFix(schema, finding!);
    expect(relation(fixed, 'authors.user')).toMatchObject({
      meta: {
        many_collection: 'authors',
        many_field: 'user',
        one_collection: 'directus_users',
        one_field: null,
      },
      schema: { on_delete: 'SET NULL' },
    });
    expect(findings(fixed)).toEqual([]);
  });

  it('reports a relation with neither meta nor schema, and a system one without meta as info', () => {
    const schema = edit((s) => {
      relation(s, 'authors.avatar').meta = null;
      relation(s, 'authors.avatar').schema = null;
      s.relations.push(
        aRelation({
          collection: 'directus_settings',
          field: 'public_registration_role',
          related_collection: 'directus_roles',
          meta: null,
        }),
      );
    });
    const list = findings(schema);
    expect(summary(list)).toEqual([
      'warning relation-without-meta-or-schema authors.avatar',
      'info untracked-relation directus_settings.public_registration_role',
    ]);
    expect(list.map((f) => f.fix)).toEqual([null, null]);
  });

  it('reports a foreign key whose storage does not match the key it points at', () => {
    const schema = edit((s) => {
      const category = s.fields.find((f) => f.collection === 'articles' && f.field === 'category')!;
      category.type = 'uuid';
      category.schema = { ...category.schema, data_type: 'uuid' };
    });
    const list = findings(schema);
    expect(summary(list)).toEqual(['error key-type-mismatch articles.category']);
    expect(list[0]?.message).toMatch(
      /^articles\.category stores uuid but points at categories\.id, which stores integer/,
    );
  });

  it('takes a SQLite uuid foreign key reported as a string char(36) for what it is', () => {
    const schema = edit((s) => {
      const user = s.fields.find((f) => f.collection === 'authors' && f.field === 'user')!;
      user.type = 'string';
      user.schema = { ...user.schema, data_type: 'char', max_length: 36 };
    });
    expect(findings(schema)).toEqual([]);
  });

  it('reports a many-to-any item column that cannot hold a key', () => {
    const schema = edit((s) => {
      s.fields = s.fields.map((f) =>
        f.collection === 'block_hero' && f.field === 'id' ? aPrimaryKey('block_hero', 'id', 'uuid') : f,
      );
      const item = s.fields.find((f) => f.collection === 'pages_blocks' && f.field === 'item')!;
      item.type = 'integer';
    });
    expect(summary(findings(schema))).toEqual(['error key-type-mismatch pages_blocks.item']);
  });

  it('reports a junction shared by two relationships', () => {
    const schema = edit((s) => {
      s.collections.push(aCollection('people'));
      s.fields.push(
        aPrimaryKey('people'),
        aForeignKey('articles_tags', 'people_id'),
        aForeignKey('articles_tags', 'reviewer_id'),
        aField({ collection: 'people', field: 'name' }),
      );
      s.relations.push(
        aRelation({
          collection: 'articles_tags',
          field: 'reviewer_id',
          related_collection: 'people',
          meta: { junction_field: 'people_id' },
        }),
        aRelation({
          collection: 'articles_tags',
          field: 'people_id',
          related_collection: 'people',
          meta: { junction_field: 'reviewer_id' },
        }),
      );
    });
    const list = findings(schema);
    expect(summary(list)).toEqual(['warning shared-junction articles_tags']);
    expect(list[0]?.message).toContain('directus#22651');
  });
});
