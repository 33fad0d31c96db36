// A dialog's view of the commit path: plan the change once (to preview it), commit exactly that
// plan, and keep what went wrong to show next to the dialog's own input.
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConflictError } from '../../api/errors';
import type { Session } from '../../api/session';
import type { Change } from '../../domain/changes/change';
import { describeChange } from '../../domain/changes/describe';
import type { Conflict } from '../../domain/changes/preconditions';
import type { Step } from '../../domain/changes/steps';
import type { CommitOutcome } from '../../hooks/commit-port';
import { useCommit } from '../../hooks/useCommit';
import { isAuthError, useReportError } from './report-error';

export function useCommitChange(session: Session, what: string) {
  const commit = useCommit(session);
  const reportError = useReportError();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  // The plan being committed: the optimistic update removes what it deletes from the model.
  const [committing, setCommitting] = useState<Step[] | null>(null);

  const run = (
    change: Change,
    { overwrite = false, onDone }: { overwrite?: boolean; onDone?: (outcome: CommitOutcome) => void } = {},
  ) => {
    setConflict(null);
    const steps = commit.plan(change);
    setCommitting(steps);
    commit.mutate(
      { change, steps, overwrite },
      {
        onSettled: () => setCommitting(null),
        onSuccess: (outcome) => {
          if (outcome === 'staged')
            notifications.show({
              title: 'Staged',
              message: `${describeChange(change)}: not sent to Directus until the pending changes are applied.`,
            });
          onDone?.(outcome);
        },
        onError: (error) => {
          if (error instanceof ConflictError) return setConflict(error.conflicts[0] ?? null);
          if (isAuthError(error)) reportError(`Sign in again: ${what}`, error);
        },
      },
    );
  };
  return {
    run,
    /** The steps of the change: the ones being committed while a commit runs. */
    stepsOf: (change: Change) => committing ?? commit.plan(change),
    pending: commit.isPending,
    conflict,
    error: commit.error instanceof ConflictError ? null : commit.error,
  };
}
