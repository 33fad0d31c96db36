// What the pending panel does with the set: apply it all as one commit (after checking that the
// server's model is still the one the set was started on), rebase it on the model Directus has
// now, discard it, and move it between instances as a file.
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toRelataError, type RelataError } from '../../api/errors';
import { modelQuery } from '../../api/model-query';
import type { Session } from '../../api/session';
import { describeChange } from '../../domain/changes/describe';
import type { DirectusSchema } from '../../domain/directus-types';
import { changeLine } from '../../domain/staging/change-summary';
import { driftBetween } from '../../domain/staging/drift';
import { rebasePending } from '../../domain/staging/rebase';
import { useCommit } from '../../hooks/useCommit';
import { useStagingContext } from './use-staging';

export function usePendingActions(session: Session) {
  const staging = useStagingContext();
  const { store, state, plan } = staging;
  const queryClient = useQueryClient();
  const commit = useCommit(session);
  const [checking, setChecking] = useState(false);
  const [confirming, setConfirming] = useState(false);
  /** Apply all found the server's model changed: nothing was sent. */
  const [stopped, setStopped] = useState(false);
  const [error, setError] = useState<RelataError | null>(null);
  /** After a rebase: the changes that no longer apply, with why. */
  const [rebaseReport, setRebaseReport] = useState<string[] | null>(null);

  /** The server's model read again now (the cache is updated, so the whole workspace sees it). */
  const readServer = async (): Promise<DirectusSchema | null> => {
    try {
      return await queryClient.fetchQuery({ ...modelQuery(session), staleTime: 0 });
    } catch (failure) {
      setError(toRelataError(failure));
      return null;
    }
  };

  const applyAll = async () => {
    setError(null);
    setStopped(false);
    setChecking(true);
    const server = await readServer();
    setChecking(false);
    if (!server) return;
    const base = store.getSnapshot().base;
    if (base && driftBetween(base.model, server).length) return setStopped(true);
    setConfirming(true);
  };

  const confirmApply = () => {
    if (!plan?.applies) return;
    const { changes, steps } = plan;
    commit.mutate(
      {
        change: { type: 'batch', changes: changes.map((p) => p.change) },
        steps,
        overwrite: false,
        origin: 'apply',
        plans: changes.map((p) => ({ label: changeLine(p.index, p.change), steps: p.steps })),
      },
      {
        onSuccess: () => {
          setConfirming(false);
          setRebaseReport(null);
          notifications.show({
            color: 'green',
            title: 'Applied to Directus',
            message: `${changes.length} change${changes.length === 1 ? '' : 's'} in one commit.`,
          });
        },
        onError: (failure) => {
          setConfirming(false);
          setError(toRelataError(failure));
        },
      },
    );
  };

  const rebase = async () => {
    setError(null);
    setChecking(true);
    const server = await readServer();
    setChecking(false);
    if (!server) return;
    const result = rebasePending(server, store.getSnapshot().changes);
    store.replace(result.changes, server);
    setStopped(false);
    setRebaseReport(result.failed.map((f) => `${describeChange(f.change)}: ${f.problem ?? ''}`));
  };

  return {
    state,
    plan,
    busy: checking || commit.isPending,
    confirming,
    stopped,
    error,
    rebaseReport,
    applyAll: () => void applyAll(),
    confirmApply,
    cancelApply: () => setConfirming(false),
    rebase: () => void rebase(),
    discard: () => {
      store.clear();
      setRebaseReport(null);
      setStopped(false);
      setError(null);
    },
    remove: (position: number) => store.remove(position),
  };
}
