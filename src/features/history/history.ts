// The plans Relata applied in this session, in order, and how far back undo has gone: entries
// before `position` are applied, the ones from it on were undone and can be redone. A new plan
// drops what was undone (as every editor's undo does). Kept in memory: a reload starts afresh.
import type { Step } from '../../domain/changes/steps';
import type { AppliedPlan, CommitOrigin } from '../../hooks/commit-port';

export interface HistoryEntry {
  id: number;
  label: string;
  steps: Step[];
}

export interface History {
  entries: readonly HistoryEntry[];
  position: number;
  nextId: number;
}

export const EMPTY_HISTORY: History = { entries: [], position: 0, nextId: 1 };

export const canUndo = (history: History) => history.position > 0;
export const canRedo = (history: History) => history.position < history.entries.length;
export const toUndo = (history: History) => history.entries[history.position - 1] ?? null;
export const toRedo = (history: History) => history.entries[history.position] ?? null;

/** The history once Directus has applied a commit of this origin. */
export function afterCommit(history: History, origin: CommitOrigin, plans: readonly AppliedPlan[]): History {
  if (origin === 'undo') return { ...history, position: Math.max(0, history.position - 1) };
  if (origin === 'redo')
    return { ...history, position: Math.min(history.entries.length, history.position + 1) };
  const added = plans
    .filter((plan) => plan.steps.length)
    .map((plan, i): HistoryEntry => ({ id: history.nextId + i, label: plan.label, steps: plan.steps }));
  if (!added.length) return history;
  const entries = [...history.entries.slice(0, history.position), ...added];
  return { entries, position: entries.length, nextId: history.nextId + added.length };
}
