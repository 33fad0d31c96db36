import { describe, expect, it } from 'vitest';
import { recorded } from '../../testing/recorded';
import type { RecordedServer } from '../../testing/recorded';
import type { IssueTarget } from './issues';
import { issueTargetForDirectusReason } from './error-targets';

type Body = { collection?: string; related_collection?: string | null } | null;

function targetOf(server: RecordedServer, file: string): IssueTarget {
  const exchange = recorded<Body>(server, file);
  const error = exchange.response.errors[0];
  if (!error) throw new Error(`${file} has no error`);
  return issueTargetForDirectusReason(
    error.extensions.reason ?? null,
    error.message,
    exchange.request.body ?? undefined,
  );
}

describe('issueTargetForDirectusReason on recorded errors', () => {
  it.each([
    ['directus-12.4.0-sqlite', '20-err-duplicate-relation.json', 'field'],
    ['directus-12.4.0-sqlite', '21-err-related-collection-nonexistent.json', 'related_collection'],
    ['directus-12.4.0-sqlite', '22-err-field-nonexistent.json', 'field'],
    ['directus-12.4.0-sqlite', '23-err-many-collection-nonexistent.json', 'general'],
    ['directus-12.4.0-sqlite', '26-err-patch-nonexistent-relation.json', 'general'],
    ['directus-12.4.0-sqlite', '28-err-invalid-body-missing-field.json', 'field'],
    ['directus-12.4.0-sqlite', '28b-err-malformed-json.json', 'general'],
    ['directus-12.4.0-sqlite', '30-err-patch-invalid-on-delete.json', 'on_delete'],
    ['directus-12.4.0-sqlite', '66-graphql-system-create_relations_item-meta-only.json', 'field'],
    ['directus-12.4.0-sqlite', '67-graphql-system-error-nonexistent-collection.json', 'related_collection'],
    ['directus-12.4.0-sqlite', '25-err-missing-auth-token.json', 'general'],
    ['directus-12.4.0-postgres', '04-err-type-mismatch-string-to-integer-pk.json', 'field'],
    ['directus-12.4.0-postgres', '09-err-patch-nonexistent.json', 'general'],
  ] as const)('%s %s → %s', (server, file, target) => {
    expect(targetOf(server, file)).toBe(target);
  });
});

describe('issueTargetForDirectusReason', () => {
  it('maps the primary key refusal to the field', () => {
    expect(issueTargetForDirectusReason('Field "id" in collection "articles" is a primary key', '')).toBe(
      'field',
    );
  });

  it('falls back to the message when there is no reason', () => {
    expect(
      issueTargetForDirectusReason(null, 'Invalid payload. "schema.on_update" must be one of [NO ACTION]'),
    ).toBe('on_update');
  });

  it('maps meta properties and mentions of an alias to their controls', () => {
    expect(issueTargetForDirectusReason('"meta.sort_field" must be a string', '')).toBe('sort_field');
    expect(
      issueTargetForDirectusReason('"meta.one_deselect_action" must be one of [nullify, delete]', ''),
    ).toBe('one_deselect_action');
    expect(issueTargetForDirectusReason('The alias field could not be created', '')).toBe('one_field');
  });

  it('is not fooled by names inside quotes', () => {
    expect(
      issueTargetForDirectusReason(
        'Field "alias_id" in collection "on_delete" already has an associated relationship',
        '',
      ),
    ).toBe('field');
    expect(issueTargetForDirectusReason('Something odd happened to "one_field_x"', '')).toBe('general');
    expect(
      issueTargetForDirectusReason('Field "sort_field" doesn\'t exist in collection "articles"', ''),
    ).toBe('field');
  });

  it('needs the request to tell a missing many side from a missing target', () => {
    const reason = 'Collection "posts" doesn\'t exist';
    expect(issueTargetForDirectusReason(reason, '')).toBe('related_collection');
    expect(
      issueTargetForDirectusReason(reason, '', { collection: 'posts', related_collection: 'authors' }),
    ).toBe('general');
    expect(
      issueTargetForDirectusReason(reason, '', { collection: 'articles', related_collection: 'posts' }),
    ).toBe('related_collection');
  });

  it('reads the input path of a GraphQL validation error', () => {
    const message =
      'Field "write_directus_relations_schema_input.on_update" of required type "String!" was not provided.';
    expect(issueTargetForDirectusReason(null, message)).toBe('on_update');
  });

  it('reads a Joi property from the message when there is no reason', () => {
    expect(issueTargetForDirectusReason(null, 'Invalid payload. "field" is required.')).toBe('field');
    expect(issueTargetForDirectusReason(null, 'Invalid payload. "collection" is required.')).toBe('general');
  });

  it('falls back to general', () => {
    expect(issueTargetForDirectusReason(null, 'Service unavailable')).toBe('general');
  });
});
