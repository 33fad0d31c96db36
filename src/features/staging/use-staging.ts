// Staging as the workspace sees it: the pending set of this Directus and user, the model as it
// will be once the set is applied (with what it removes still drawn, and marks), what changed on
// the server since the set was started, and the commit port that routes edits into the set.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useState, useSyncExternalStore } from 'react';
import { modelKey } from '../../api/model-query';
import type { Session } from '../../api/session';
import type { DiagramMarks } from '../../domain/diagram-types';
import type { DirectusSchema } from '../../domain/directus-types';
import { buildModelIndex, type ModelIndex } from '../../domain/model-index';
import { driftBetween } from '../../domain/staging/drift';
import type { PendingPlan } from '../../domain/staging/pending-plan';
import { stagedMarks, withRemoved } from '../../domain/staging/staged-view';
import type { AppliedPlan, CommitOrigin, CommitPort } from '../../hooks/commit-port';
import { cachedPlanner, createStagingPort } from './staging-port';
import type { DataModel } from '../../hooks/useDataModel';
import { createPendingStore, pendingStorageKey, type PendingState, type PendingStore } from './pending-store';

export interface Staging {
  store: PendingStore;
  state: PendingState;
  /** The server's model as last read (with a commit under way, as it will be). */
  server: DirectusSchema | null;
  /** The pending set planned on the server's model; null while nothing is pending. */
  plan: PendingPlan | null;
  /** What to draw: the staged model plus what it removes; the server's when nothing is pending. */
  shown: DirectusSchema | null;
  marks: DiagramMarks | undefined;
  /** The model to draw and inspect: `shown`, indexed; the server's model when nothing is pending. */
  model: DataModel;
  /** The model as it will be (without what it removes): what new changes are checked against. */
  stagedIndex: ModelIndex | null;
  /** What changed on the server since the set was started (empty: nothing did). */
  drift: string[];
  port: CommitPort;
}

function usePendingStore(key: string): PendingStore {
  const [current, setCurrent] = useState(() => ({ key, store: createPendingStore(key) }));
  if (current.key !== key) setCurrent({ key, store: createPendingStore(key) });
  return current.store;
}

export function useStaging(
  session: Session,
  serverModel: DataModel,
  onApplied: (plans: AppliedPlan[], origin: CommitOrigin) => void,
): Staging {
  const queryClient = useQueryClient();
  const server = serverModel.schema;
  const store = usePendingStore(pendingStorageKey(session.url, session.user.id));
  const state = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  const [planned] = useState(cachedPlanner);
  const { changes, applying, base } = state;
  const plan = useMemo(
    () => (server && changes.length && !applying ? planned(server, changes) : null),
    [server, changes, applying, planned],
  );
  const shown = useMemo(() => (plan && server ? withRemoved(plan.staged, server) : server), [plan, server]);
  const marks = useMemo(
    () => (plan && server ? stagedMarks(server, plan.staged) : undefined),
    [plan, server],
  );
  const shownIndex = useMemo(() => (plan && shown ? buildModelIndex(shown) : null), [plan, shown]);
  const stagedIndex = useMemo(
    () => (plan ? buildModelIndex(plan.staged) : serverModel.index),
    [plan, serverModel.index],
  );
  const model = useMemo(
    (): DataModel => (shownIndex ? { ...serverModel, schema: shown, index: shownIndex } : serverModel),
    [serverModel, shown, shownIndex],
  );
  const drift = useMemo(
    () => (base && server && !applying ? driftBetween(base.model, server) : []),
    [base, server, applying],
  );

  const key = modelKey(session);
  const port = useMemo(
    () =>
      createStagingPort({
        staging: state.staging,
        store,
        serverNow: () => queryClient.getQueryData<DirectusSchema>(key),
        planned,
        onApplied,
      }),
    // The key is derived from url and user only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryClient, store, state.staging, planned, onApplied, session.url, session.user.id],
  );

  return { store, state, server, plan, shown, marks, model, stagedIndex, drift, port };
}

export const StagingContext = createContext<Staging | null>(null);

export function useStagingContext(): Staging {
  const staging = useContext(StagingContext);
  if (!staging) throw new Error('useStagingContext needs the workspace to provide staging');
  return staging;
}
