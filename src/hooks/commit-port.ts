// What the one commit path asks of the workspace around it, passed in through context (a port,
// as tldraw passes its editor): whether edits are staged instead of sent, the model new changes
// are planned against, and who is told when Directus has applied a plan (the history). Without
// a provider, every change is planned on the server's model and sent at once.
import { createContext, useContext } from 'react';
import type { Change } from '../domain/changes/change';
import type { Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';

/** What became of a change: sent and applied by Directus, or only added to the pending set. */
export type CommitOutcome = 'saved' | 'staged';

/** A plan Directus applied, as the history keeps it. */
export interface AppliedPlan {
  label: string;
  steps: Step[];
}

/**
 * edit: a change the user made (staged while staging is on); apply: the pending set, sent as
 * one commit; undo and redo: a recorded plan, inverted or again.
 */
export type CommitOrigin = 'edit' | 'apply' | 'undo' | 'redo';

export interface CommitPort {
  /** Edits go to the pending set. */
  readonly staging: boolean;
  /** Adds the change to the pending set; throws (ConflictError, RelataError) when it does not apply. */
  stage(change: Change, options: { overwrite: boolean }): void;
  /** The model changes are planned against: the staged one while changes are pending. */
  model(): DirectusSchema | undefined;
  /** The commit is under way and its steps are in the cached model (drawn once, not twice). */
  committing(origin: CommitOrigin): void;
  /** Directus applied it: `plans` are the history entries it makes (one per change of a set). */
  applied(origin: CommitOrigin, plans: AppliedPlan[]): void;
  /** Directus refused it; nothing was applied. */
  failed(origin: CommitOrigin): void;
}

export const CommitPortContext = createContext<CommitPort | null>(null);

export const useCommitPort = () => useContext(CommitPortContext);
