// Turns whatever a Directus call throws into one message a person can act on.
// The SDK throws `{ errors, response }` for Directus error bodies and a TypeError when
// fetch itself fails (server down, DNS, CORS: the browser doesn't say which).
import type { Conflict } from '../domain/changes/preconditions';

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
  extensions?: { code?: unknown; reason?: unknown };
}

function firstDirectusError(error: unknown): { body: DirectusErrorBody; status: number | null } | null {
  if (typeof error !== 'object' || error === null || !('errors' in error)) return null;
  const { errors } = error as { errors: unknown };
  if (!Array.isArray(errors) || errors.length === 0) return null;
  const response = (error as { response?: { status?: unknown } }).response;
  const status = typeof response?.status === 'number' ? response.status : null;
  return { body: (errors[0] ?? {}) as DirectusErrorBody, status };
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
      case 'INTERNAL_SERVER_ERROR':
        return new RelataError(
          'server-error',
          `Directus failed with an internal error: ${serverMessage}`,
          details,
        );
      default:
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
