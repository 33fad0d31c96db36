// Turns whatever a Directus call throws into one message a person can act on.
// The SDK throws `{ errors, response }` for Directus error bodies and a TypeError when
// fetch itself fails (server down, DNS, CORS: the browser doesn't say which).
import type { Conflict } from '../domain/changes/preconditions';
import type { Step } from '../domain/changes/steps';

export type RelataErrorKind =
  | 'malformed-url'
  | 'unreachable'
  | 'cors'
  | 'not-directus'
  | 'invalid-credentials'
  | 'token-expired'
  | 'invalid-token'
  | 'session-ended'
  | 'forbidden'
  | 'invalid-payload'
  | 'limit-exceeded'
  | 'server-error'
  | 'malformed-response'
  | 'conflict'
  /** A write whose answer was lost, and whether it was made could not be told. */
  | 'outcome-unknown'
  /** Relata itself refused before sending anything (the server would have accepted it wrongly). */
  | 'refused'
  | 'unknown';

export class RelataError extends Error {
  readonly kind: RelataErrorKind;
  readonly code: string | null;
  readonly reason: string | null;
  readonly status: number | null;

  constructor(
    kind: RelataErrorKind,
    message: string,
    details: { code?: string | null; reason?: string | null; status?: number | null } = {},
  ) {
    super(message);
    this.name = 'RelataError';
    this.kind = kind;
    this.code = details.code ?? null;
    this.reason = details.reason ?? null;
    this.status = details.status ?? null;
  }
}

interface DirectusErrorBody {
  message?: unknown;
  extensions?: { code?: unknown; reason?: unknown; errors?: unknown; graphqlErrors?: unknown };
}

/** GraphQL validation errors carry the real messages one level down. */
function nestedMessages(body: DirectusErrorBody): string | null {
  // 12.x: extensions.errors; the 9.0 RCs: extensions.graphqlErrors.
  const nested = body.extensions?.errors ?? body.extensions?.graphqlErrors;
  if (!Array.isArray(nested)) return null;
  const messages = nested.flatMap((item: unknown) =>
    typeof item === 'object' && item !== null && typeof (item as { message?: unknown }).message === 'string'
      ? [(item as { message: string }).message]
      : [],
  );
  return messages.length ? messages.join(' ') : null;
}

function firstDirectusError(error: unknown): { body: DirectusErrorBody; status: number | null } | null {
  if (typeof error !== 'object' || error === null || !('errors' in error)) return null;
  const { errors } = error as { errors: unknown };
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const response = (error as { response?: { status?: unknown } }).response;
  const status = typeof response?.status === 'number' ? response.status : null;
  return { body: (errors[0] ?? {}) as DirectusErrorBody, status };
}

/** Whether the SDK threw a Directus error body (`{ errors: [...] }`), not another server's answer. */
export const isDirectusError = (error: unknown): boolean => firstDirectusError(error) !== null;

/** Directus refusing the credentials themselves (any endpoint answers these alike). */
export function refusesCredentials(error: unknown): boolean {
  const code = firstDirectusError(error)?.body.extensions?.code;
  return code === 'INVALID_CREDENTIALS' || code === 'TOKEN_EXPIRED' || code === 'INVALID_TOKEN';
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function toRelataError(error: unknown): RelataError {
  if (error instanceof RelataError) return error;
  const directus = firstDirectusError(error);
  if (directus) {
    const { body, status } = directus;
    const code = text(body.extensions?.code);
    const reason = text(body.extensions?.reason);
    const serverMessage = text(body.message) ?? 'Directus refused the request.';
    const details = { code, reason, status };
    switch (code) {
      case 'INVALID_CREDENTIALS':
        return new RelataError(
          'invalid-credentials',
          'Directus did not accept these credentials: check the token, or the email and password.',
          details,
        );
      case 'TOKEN_EXPIRED':
        return new RelataError('token-expired', 'Your Directus session has expired: sign in again.', details);
      case 'INVALID_TOKEN':
        return new RelataError(
          'invalid-token',
          'Directus rejected the token as invalid: sign in again or use another token.',
          details,
        );
      case 'FORBIDDEN':
        return new RelataError(
          'forbidden',
          `Directus refused this: ${serverMessage} Writes to the data model need an admin.`,
          details,
        );
      case 'INVALID_PAYLOAD':
        return new RelataError('invalid-payload', reason ?? serverMessage, details);
      case 'LIMIT_EXCEEDED':
        return new RelataError(
          'limit-exceeded',
          `Directus refused: ${serverMessage} (unlicensed Directus 12 allows at most 25 collections, junctions included).`,
          details,
        );
      case 'GRAPHQL_VALIDATION':
      case 'GRAPHQL_VALIDATION_EXCEPTION':
        return new RelataError(
          'invalid-payload',
          `Directus's GraphQL refused the request: ${nestedMessages(body) ?? serverMessage}`,
          details,
        );
      case 'INTERNAL_SERVER_ERROR':
        return new RelataError(
          'server-error',
          `Directus failed with an internal error: ${serverMessage}`,
          details,
        );
      default:
        // Only GraphQL answers errors with 200 (a variable its input types refuse has no code).
        if (status === 200)
          return new RelataError(
            'invalid-payload',
            `Directus's GraphQL refused the request: ${serverMessage}`,
            details,
          );
        return new RelataError(
          status !== null && status >= 500 ? 'server-error' : 'unknown',
          `Directus answered${status ? ` ${status}` : ''}: ${serverMessage}`,
          details,
        );
    }
  }
  if (error instanceof TypeError) {
    return new RelataError(
      'unreachable',
      `Could not reach Directus (${error.message}). Check that the server is running and the URL is right; ` +
        'an overloaded Directus also answers like this (its 503 "Under pressure" comes without CORS headers).',
    );
  }
  if (typeof error === 'object' && error !== null && 'response' in error) {
    const status = (error as { response?: { status?: unknown } }).response?.status;
    if (typeof status === 'number') {
      return new RelataError(
        status >= 500 ? 'server-error' : 'malformed-response',
        `Directus answered ${status} with a body that is not a Directus response.`,
        { status },
      );
    }
  }
  const message = error instanceof Error ? error.message : String(error);
  return new RelataError('unknown', message);
}

/**
 * A commit made step by step failed part-way and undoing the steps already made failed too: the
 * server holds some of the change. `left` is exactly what is still applied.
 */
export class PartialCommitError extends RelataError {
  readonly left: readonly Step[];
  readonly failure: RelataError;
  readonly compensationFailure: RelataError;

  constructor(
    failure: RelataError,
    compensationFailure: RelataError,
    left: readonly Step[],
    leftText: string,
  ) {
    super(
      failure.kind,
      `${failure.message} Relata then tried to undo what it had already made, but that failed too ` +
        `(${compensationFailure.message}). Still in Directus: ${leftText}.`,
      { code: failure.code, reason: failure.reason, status: failure.status },
    );
    this.name = 'PartialCommitError';
    this.left = left;
    this.failure = failure;
    this.compensationFailure = compensationFailure;
  }
}

/** Whether a failed commit may have left something behind. */
export const leftSomething = (error: unknown): boolean => error instanceof PartialCommitError;

/** What a plan would replace changed in Directus since the user saw it: nothing was saved. */
export class ConflictError extends RelataError {
  readonly conflicts: readonly Conflict[];

  constructor(conflicts: readonly Conflict[]) {
    super(
      'conflict',
      `${conflicts[0]?.message ?? 'The data model changed in Directus meanwhile.'} Nothing was saved.`,
    );
    this.name = 'ConflictError';
    this.conflicts = conflicts;
  }
}
