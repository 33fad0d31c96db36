// The one write path. Every change is planned into steps by pure code, shown at once (the
// touched edges drawn pending), committed all or nothing by the session's gateway, rolled back
// if Directus refuses, and re-read when it settles. Nothing retries by itself.
import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { modelKey } from '../api/model-query';
import type { Session } from '../api/session';
import { applySteps, touchedRelationKeys } from '../domain/changes/apply-steps';
import type { Change } from '../domain/changes/change';
import { planChange } from '../domain/changes/plan';
import { withoutForeignKeys, type Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';
import { modelIndexOf } from './model-index-cache';

export const COMMIT = ['commit'] as const;

export interface CommitVariables {
  change: Change;
  steps: Step[];
  overwrite: boolean;
}

export function useCommit(session: Session) {
  const queryClient = useQueryClient();
  const key = modelKey(session);
  const mutation = useMutation({
    mutationKey: COMMIT,
    mutationFn: ({ steps, overwrite }: CommitVariables) => session.gateway.commit(steps, { overwrite }),
    onMutate: async ({ steps }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<DirectusSchema>(key);
      if (previous) queryClient.setQueryData(key, applySteps(previous, steps));
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(key, context.previous);
    },
    // Not awaited: "saved" shows as soon as Directus has applied the change, while the model
    // is read again behind it (awaiting would hold the mutation pending for three more requests).
    onSettled: () => void queryClient.invalidateQueries({ queryKey: key }),
  });

  /** Plans the change against the model as it is now and commits it. */
  const plan = useCallback(
    (change: Change): Step[] => {
      const schema = queryClient.getQueryData<DirectusSchema>(key);
      const steps = schema ? planChange(modelIndexOf(schema), change) : [];
      return session.gateway.generation === 'legacy' ? withoutForeignKeys(steps) : steps;
    },
    // The key is derived from url and user only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryClient, session.url, session.user.id, session.gateway.generation],
  );
  return { ...mutation, plan };
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
