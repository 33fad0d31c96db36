import { describe, expect, it } from 'vitest';
import { recorded } from '../testing/recorded';
import { RelataError, toRelataError } from './errors';

/** What the SDK throws for a recorded Directus error response. */
function sdkErrorFrom(file: string) {
  const pair = recorded('directus-12.4.0-sqlite', file);
  return { errors: pair.response.errors, response: { status: pair.status } };
}

describe('toRelataError', () => {
  it('says a wrong static token is wrong credentials', () => {
    const error = toRelataError(sdkErrorFrom('25c-err-invalid-static-token.json'));
    expect(error.kind).toBe('invalid-credentials');
    expect(error.status).toBe(401);
    expect(error.message).toContain('did not accept these credentials');
  });

  it('says a bad JWT is an invalid token', () => {
    expect(toRelataError(sdkErrorFrom('25d-err-bad-jwt.json')).kind).toBe('invalid-token');
  });

  it('keeps the reason of an INVALID_PAYLOAD as the message', () => {
    const error = toRelataError(sdkErrorFrom('20-err-duplicate-relation.json'));
    expect(error.kind).toBe('invalid-payload');
    expect(error.reason).toContain('already has an associated relationship');
    expect(error.message).toBe(error.reason);
  });

  it('maps FORBIDDEN, LIMIT_EXCEEDED and INTERNAL_SERVER_ERROR', () => {
    expect(toRelataError(sdkErrorFrom('27-err-get-nonexistent-relation.json')).kind).toBe('forbidden');
    const limit = toRelataError({
      errors: [{ message: 'Limit exceeded', extensions: { code: 'LIMIT_EXCEEDED' } }],
      response: { status: 403 },
    });
    expect(limit.kind).toBe('limit-exceeded');
    expect(limit.message).toContain('25 collections');
    const crash = toRelataError({
      errors: [
        {
          message: 'insert or update on table violates foreign key',
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        },
      ],
      response: { status: 500 },
    });
    expect(crash.kind).toBe('server-error');
    expect(crash.message).toContain('violates foreign key');
  });

  it("shows the server's own message for a 500 from /schema/apply", () => {
    // What 11.16.1 answered once in five overlapping saves of one relation.
    const message = "Cannot assign to read only property 'constraint_name' of object '#<Object>'";
    const error = toRelataError({
      errors: [{ message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
      response: { status: 500 },
    });
    expect(error.kind).toBe('server-error');
    expect(error.status).toBe(500);
    expect(error.message).toBe(`Directus failed with an internal error: ${message}`);
    const uncoded = toRelataError({ errors: [{ message }], response: { status: 500 } });
    expect(uncoded.kind).toBe('server-error');
    expect(uncoded.message).toContain(message);
  });

  it('reads a failed fetch as an unreachable server', () => {
    expect(toRelataError(new TypeError('Failed to fetch')).kind).toBe('unreachable');
  });

  it('reports a non-Directus error body instead of throwing', () => {
    const error = toRelataError({ response: { status: 502 } });
    expect(error).toBeInstanceOf(RelataError);
    expect(error.kind).toBe('server-error');
  });
});

/** What the SDK throws for a recorded GraphQL answer (200 with errors, or a 400). */
function graphqlErrorFrom(server: 'directus-12.4.0-sqlite' | 'directus-9.0.0-rc.64-sqlite', file: string) {
  const pair = recorded(server, file);
  return { errors: pair.response.errors, response: { status: pair.status }, data: pair.response.data };
}

describe('toRelataError on GraphQL answers', () => {
  it('reads a resolver error in a 200 like the same REST error', () => {
    const graphql = toRelataError(
      graphqlErrorFrom('directus-12.4.0-sqlite', '66-graphql-system-create_relations_item-meta-only.json'),
    );
    const rest = toRelataError(sdkErrorFrom('20-err-duplicate-relation.json'));
    expect(graphql.kind).toBe(rest.kind);
    expect(graphql.reason).toBe(rest.reason?.replace('"author"', '"author_name"'));
    expect(graphql.message).toBe(graphql.reason);
    const missing = toRelataError(
      graphqlErrorFrom('directus-12.4.0-sqlite', '67-graphql-system-error-nonexistent-collection.json'),
    );
    expect(missing.kind).toBe('invalid-payload');
    expect(missing.reason).toBe('Collection "nope" doesn\'t exist');
  });

  it('says what a GraphQL validation error says, not only "GraphQL validation error"', () => {
    const error = toRelataError(
      graphqlErrorFrom(
        'directus-12.4.0-sqlite',
        '62-graphql-system-create_relations_item-validation-error.json',
      ),
    );
    expect(error.kind).toBe('invalid-payload');
    expect(error.message).toContain('write_directus_relations_schema_input.table');
    const legacy = toRelataError(
      graphqlErrorFrom('directus-9.0.0-rc.64-sqlite', '43-graphql-system-no-auth.json'),
    );
    expect(legacy.message).toContain('Cannot query field "relations"');
  });

  it('reads a refused variable (no code, 200) as a refused request', () => {
    const error = toRelataError(
      graphqlErrorFrom('directus-9.0.0-rc.64-sqlite', '42-graphql-system-validation-error.json'),
    );
    expect(error.kind).toBe('invalid-payload');
    expect(error.message).toContain('"one_deselect_action" is not defined by type');
  });

  it('maps the 9.0 RC errors: FORBIDDEN for a missing id, 500 for its broken GraphQL schema', () => {
    expect(
      toRelataError(
        graphqlErrorFrom('directus-9.0.0-rc.64-sqlite', '09-err-get-relation-nonexistent-id.json'),
      ).kind,
    ).toBe('forbidden');
    const crash = toRelataError(
      graphqlErrorFrom('directus-9.0.0-rc.64-sqlite', '17-graphql-system-relations.json'),
    );
    expect(crash.kind).toBe('server-error');
    expect(crash.message).toContain("Definition object should contain 'type' property");
  });
});
