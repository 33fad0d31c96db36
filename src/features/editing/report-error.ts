import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import { leftSomething, RelataError, toRelataError } from '../../api/errors';
import { useSessionState } from '../connect/session-context';

const AUTH_KINDS = ['token-expired', 'invalid-credentials', 'invalid-token', 'session-ended'];

export function isAuthError(error: unknown): boolean {
  return error instanceof RelataError && AUTH_KINDS.includes(error.kind);
}

/** A write whose answer was lost and whose result Relata could not check: not "not saved". */
export function isOutcomeUnknown(error: unknown): boolean {
  return error instanceof RelataError && error.kind === 'outcome-unknown';
}

/** Errors not tied to one form control: a notification, and a sign-in prompt when needed. */
export function useReportError() {
  const { requireSignIn } = useSessionState();
  return useCallback(
    (title: string, error: unknown) => {
      const relataError = toRelataError(error);
      if (isAuthError(relataError)) requireSignIn();
      notifications.show({ color: 'red', title, message: relataError.message, autoClose: 10_000 });
    },
    [requireSignIn],
  );
}

/** " Nothing was created." after a failure, unless the error says more exactly what changed. */
export function nothingSuffix(error: unknown, sentence: string): string {
  if (leftSomething(error)) return '';
  return error instanceof Error && /nothing was changed/i.test(error.message) ? '' : ` ${sentence}`;
}
