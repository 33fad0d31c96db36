// The one write path. Every change is planned into steps by pure code, shown at once (the
// touched edges drawn pending), committed all or nothing by the session's gateway, rolled back
// if Directus refuses, and re-read when it settles. Nothing retries by itself. While staging is
// on (see commit-port.ts) an edit is added to the pending set here instead, and its caller is
// told so: no caller can send a change around the staging, or claim a save that did not happen.
import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { toRelataError } from '../api/errors';
import { modelKey } from '../api/model-query';
import type { Session } from '../api/session';
import { applySteps, touchedRelationKeys } from '../domain/changes/apply-steps';
import type { Change } from '../domain/changes/change';
import { describeChange } from '../domain/changes/describe';
import { planChange } from '../domain/changes/plan';
import { withoutForeignKeys, type Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';
import { modelIndexOf } from './model-index-cache';
import { useCommitPort, type AppliedPlan, type CommitOrigin, type CommitOutcome } from './commit-port';

export const COMMIT = ['commit'] as const;

export interface CommitVariables {
  /** What the user asked for; undo and redo commit a recorded plan instead. */
  change?: Change;
  steps: Step[];
  overwrite: boolean;
  /** Default 'edit': the only origin staging takes in; the others always go to Directus. */
  origin?: CommitOrigin;
  /** The history entries it makes once applied; default one, labelled by the change. */
  plans?: AppliedPlan[];
}

export interface CommitCallbacks {
  onSuccess?: (outcome: CommitOutcome) => void;
  onError?: (error: Error) => void;
  onSettled?: () => void;
}

const plansOf = ({ change, steps, plans }: CommitVariables): AppliedPlan[] =>
  plans ?? (change && steps.length ? [{ label: describeChange(change), steps }] : []);

export function useCommit(session: Session) {
  const queryClient = useQueryClient();
  const port = useCommitPort();
  const key = modelKey(session);
  const mutation = useMutation({
    mutationKey: COMMIT,
    mutationFn: ({ steps, overwrite }: CommitVariables) => session.gateway.commit(steps, { overwrite }),
    onMutate: async ({ steps, origin = 'edit' }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<DirectusSchema>(key);
      if (previous) queryClient.setQueryData(key, applySteps(previous, steps));
      port?.committing(origin);
      return { previous };
    },
    onError: (_error, { origin = 'edit' }, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
      port?.failed(origin);
    },
    onSuccess: (_data, variables) => port?.applied(variables.origin ?? 'edit', plansOf(variables)),
    // Not awaited: "saved" shows as soon as Directus has applied the change, while the model
    // is read again behind it (awaiting would hold the mutation pending for three more requests).
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });

  const { mutate: send } = mutation;
  /** Commits the variables, or stages the change while staging is on; callbacks learn which. */
  const mutate = useCallback(
    (variables: CommitVariables, callbacks: CommitCallbacks = {}) => {
      const { change, overwrite, origin = 'edit' } = variables;
      if (port?.staging && origin === 'edit' && change) {
        try {
          port.stage(change, { overwrite });
        } catch (error) {
          callbacks.onError?.(error instanceof Error ? error : toRelataError(error));
          callbacks.onSettled?.();
          return;
        }
        callbacks.onSuccess?.('staged');
        callbacks.onSettled?.();
        return;
      }
      send(variables, {
        onSuccess: () => callbacks.onSuccess?.('saved'),
        onError: (error) => callbacks.onError?.(error),
        onSettled: () => callbacks.onSettled?.(),
      });
    },
    [port, send],
  );

  /** Plans the change against the model as it is now (as it will be, while changes are staged). */
  const plan = useCallback(
    (change: Change): Step[] => {
      const schema = port?.model() ?? queryClient.getQueryData<DirectusSchema>(key);
      const steps = schema ? planChange(modelIndexOf(schema), change) : [];
      return session.gateway.generation === 'legacy' ? withoutForeignKeys(steps) : steps;
    },
    // The key is derived from url and user only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryClient, port, session.url, session.user.id, session.gateway.generation],
  );
  return { ...mutation, mutate, plan, staging: port?.staging ?? false };
}

/** Relation keys with a commit under way, for drawing their edges as pending. */
export function usePendingRelationKeys(): ReadonlySet<string> {
  const pending = useMutationState({
    filters: { mutationKey: COMMIT, status: 'pending' },
    select: (mutation) =>
      touchedRelationKeys((mutation.state.variables as CommitVariables | undefined)?.steps ?? []),
  });
  return new Set(pending.flat());
}
