// The commit port while staging is possible: an edit is checked against the staged model and
// added to the pending set (or refused, saying why); a commit of the whole set hides the set
// while its steps are in the cached model, and settles it once Directus has applied it.
import { ConflictError, RelataError } from '../../api/errors';
import type { Change } from '../../domain/changes/change';
import { planChange } from '../../domain/changes/plan';
import { checkPreconditions } from '../../domain/changes/preconditions';
import type { DirectusSchema } from '../../domain/directus-types';
import { buildModelIndex } from '../../domain/model-index';
import { planPending, type PendingPlan } from '../../domain/staging/pending-plan';
import type { AppliedPlan, CommitOrigin, CommitPort } from '../../hooks/commit-port';
import type { PendingStore } from './pending-store';

export type Planner = (server: DirectusSchema, changes: readonly Change[]) => PendingPlan;

/** planPending of the last (server, changes) asked, so planning one more change does not redo it. */
export function cachedPlanner(): Planner {
  let last: { server: DirectusSchema; changes: readonly Change[]; plan: PendingPlan } | null = null;
  return (server, changes) => {
    if (last?.server !== server || last.changes !== changes)
      last = { server, changes, plan: planPending(server, changes) };
    return last.plan;
  };
}

export interface StagingPortOptions {
  staging: boolean;
  store: PendingStore;
  /** The server's model as cached now (with a commit under way, as it will be). */
  serverNow: () => DirectusSchema | undefined;
  planned?: Planner;
  onApplied: (plans: AppliedPlan[], origin: CommitOrigin) => void;
}

export function createStagingPort({
  staging,
  store,
  serverNow,
  planned = cachedPlanner(),
  onApplied,
}: StagingPortOptions): CommitPort {
  const stagedOn = (server: DirectusSchema) => {
    const pending = store.getSnapshot().changes;
    return pending.length ? planned(server, pending).staged : server;
  };
  return {
    staging,
    model() {
      const server = serverNow();
      return server && stagedOn(server);
    },
    stage(change, { overwrite }) {
      const server = serverNow();
      if (!server) throw new RelataError('unknown', 'The data model is not loaded yet: nothing was staged.');
      const staged = stagedOn(server);
      const steps = planChange(buildModelIndex(staged), change);
      if (!steps.length)
        throw new RelataError(
          'unknown',
          'Nothing to stage: the change makes no difference to the staged model.',
        );
      const conflicts = checkPreconditions(staged, steps);
      if (conflicts.length && !overwrite) throw new ConflictError(conflicts);
      store.add(change, server);
    },
    committing(origin) {
      if (origin === 'apply') store.beginApply();
    },
    failed(origin) {
      if (origin === 'apply') store.endApply();
    },
    applied(origin, plans) {
      const server = serverNow();
      if (origin === 'apply' && server) store.settle(server);
      else if (origin === 'apply') store.endApply();
      onApplied(plans, origin);
    },
  };
}
