// The session's history, and the undo and redo that commit through the one commit path: undo
// sends the inverse of a recorded plan, so the commit's own check refuses it when what the plan
// made was changed since; before anything is sent, undo says what it cannot bring back (the data
// of dropped columns and collections) and redo says what it deletes again.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useState } from 'react';
import { ConflictError } from '../../api/errors';
import { modelKey } from '../../api/model-query';
import type { Session } from '../../api/session';
import { describeStep } from '../../domain/changes/describe';
import { invertSteps, irrecoverableLosses } from '../../domain/changes/invert';
import { isDestructive, type Step } from '../../domain/changes/steps';
import type { DirectusSchema } from '../../domain/directus-types';
import { createdOverLeftoverKeys } from '../../domain/staging/leftover-keys';
import type { AppliedPlan, CommitOrigin } from '../../hooks/commit-port';
import { useCommit } from '../../hooks/useCommit';
import { afterCommit, EMPTY_HISTORY, toRedo, toUndo, type History, type HistoryEntry } from './history';

export function useHistoryState() {
  const [history, setHistory] = useState<History>(EMPTY_HISTORY);
  const record = useCallback(
    (plans: AppliedPlan[], origin: CommitOrigin) =>
      setHistory((current) => afterCommit(current, origin, plans)),
    [],
  );
  return { history, record };
}

export const HistoryContext = createContext<History>(EMPTY_HISTORY);

/** What an undo or redo asks before it is sent. */
export interface Asking {
  direction: 'undo' | 'redo';
  entry: HistoryEntry;
  /** The steps it sends. */
  steps: Step[];
  /** Undo: what the change deleted, which undo cannot bring back. */
  losses: string[];
  /** What the steps it sends delete (an undone creation, a redone deletion): data added since goes. */
  deletes: string[];
}

const deletesOf = (steps: readonly Step[]) =>
  steps.filter(isDestructive).map((step) => describeStep(step).text);

export function useUndoRedo(session: Session) {
  const history = useContext(HistoryContext);
  const commit = useCommit(session);
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Asking | null>(null);
  const busy = commit.isPending;

  /** What Directus would refuse for sure, said before anything is sent. */
  const refused = (direction: 'undo' | 'redo', entry: HistoryEntry, steps: Step[]) => {
    const server = queryClient.getQueryData<DirectusSchema>(modelKey(session));
    const keys = server ? createdOverLeftoverKeys(server, steps) : [];
    if (!keys.length) return false;
    notifications.show({
      color: 'red',
      title: `Cannot ${direction}: ${entry.label}`,
      message: `Directus kept the foreign key of ${keys.join(', ')} when its relation was deleted (SQLite does), and /schema/apply cannot make a relation over it. Nothing was sent.`,
      autoClose: 15_000,
    });
    return true;
  };

  const send = (direction: 'undo' | 'redo', entry: HistoryEntry, steps: Step[]) => {
    setAsking(null);
    const what = direction === 'undo' ? 'Undone' : 'Redone';
    commit.mutate(
      { steps, overwrite: false, origin: direction },
      {
        onSuccess: () => notifications.show({ color: 'green', title: what, message: entry.label }),
        onError: (error) =>
          notifications.show({
            color: 'red',
            title: `Not ${what.toLowerCase()}: ${entry.label}`,
            message:
              error instanceof ConflictError
                ? `${error.conflicts.map((c) => c.message).join(' ')} Nothing was changed.`
                : `${error.message} Nothing was changed.`,
            autoClose: 15_000,
          }),
      },
    );
  };

  const undo = () => {
    const entry = toUndo(history);
    if (!entry || busy) return;
    const steps = invertSteps(entry.steps);
    if (refused('undo', entry, steps)) return;
    const losses = irrecoverableLosses(entry.steps);
    const deletes = deletesOf(steps);
    if (losses.length || deletes.length) setAsking({ direction: 'undo', entry, steps, losses, deletes });
    else send('undo', entry, steps);
  };
  const redo = () => {
    const entry = toRedo(history);
    if (!entry || busy || refused('redo', entry, entry.steps)) return;
    const deletes = deletesOf(entry.steps);
    if (deletes.length) setAsking({ direction: 'redo', entry, steps: entry.steps, losses: [], deletes });
    else send('redo', entry, entry.steps);
  };
  return {
    history,
    undo,
    redo,
    busy,
    asking,
    confirm: () => asking && send(asking.direction, asking.entry, asking.steps),
    cancel: () => setAsking(null),
  };
}
