import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import { buildModelIndex } from '../model-index';
import { healthFindings } from './health';
import { snapshotItems, withoutSystemItems } from './own-model';

describe('withoutSystemItems', () => {
  it("leaves out Directus's own items, so a clean model read from a server has no findings", () => {
    const schema = aDemoSchema();
    // As a server lists them: its own relations, one twice, one pointing at a missing alias.
    const system = { meta: { system: true, one_field: 'fields', junction_field: null } };
    schema.relations.push(
      {
        collection: 'directus_access',
        field: 'policy',
        related_collection: 'directus_policies',
        schema: null,
        ...system,
      },
      {
        collection: 'directus_access',
        field: 'policy',
        related_collection: 'directus_policies',
        schema: null,
        ...system,
      },
    );
    schema.fields.push({
      collection: 'directus_access',
      field: 'policy',
      type: 'uuid',
      meta: { system: true },
    });
    expect(healthFindings(buildModelIndex(schema)).length).toBeGreaterThan(0);
    const own = withoutSystemItems(schema);
    expect(healthFindings(buildModelIndex(own))).toEqual([]);
    // User relations to Directus's collections stay.
    expect(own.relations.some((r) => r.related_collection === 'directus_users')).toBe(true);
    expect(own.relations).toHaveLength(aDemoSchema().relations.length);
  });
});

describe('snapshotItems', () => {
  it('keeps what a snapshot of the server would hold: no system items, nothing untracked', () => {
    const schema = aDemoSchema();
    schema.fields.push(
      { collection: 'directus_deployments', field: 'webhook_secret', type: 'string', meta: null },
      { collection: 'directus_users', field: 'email', type: 'string', meta: { system: true } },
    );
    schema.relations.push({
      collection: 'comments',
      field: 'legacy',
      related_collection: 'articles',
      meta: null,
      schema: { on_delete: 'SET NULL' },
    });
    const held = snapshotItems(schema);
    expect(held).toEqual(aDemoSchema());
  });
});
