import { describe, expect, it } from 'vitest';
import type { Step } from '../../domain/changes/steps';
import { aRelation } from '../../testing/builders';
import { afterCommit, canRedo, canUndo, EMPTY_HISTORY, toRedo, toUndo } from './history';

const step = (field: string): Step => ({ kind: 'createRelation', relation: aRelation({ field }) });
const plan = (label: string) => ({ label, steps: [step(label)] });

describe('the history', () => {
  it('records each applied plan, one entry per change of an applied set', () => {
    let history = afterCommit(EMPTY_HISTORY, 'edit', [plan('a')]);
    history = afterCommit(history, 'apply', [plan('b'), plan('c')]);
    expect(history.entries.map((e) => e.label)).toEqual(['a', 'b', 'c']);
    expect(history.position).toBe(3);
    expect(toUndo(history)?.label).toBe('c');
    expect(canRedo(history)).toBe(false);
  });

  it('moves back on undo and forward on redo', () => {
    let history = afterCommit(EMPTY_HISTORY, 'apply', [plan('a'), plan('b')]);
    history = afterCommit(history, 'undo', []);
    expect(toUndo(history)?.label).toBe('a');
    expect(toRedo(history)?.label).toBe('b');
    history = afterCommit(history, 'undo', []);
    expect(canUndo(history)).toBe(false);
    history = afterCommit(history, 'undo', []);
    expect(history.position).toBe(0);
    history = afterCommit(history, 'redo', []);
    expect(toUndo(history)?.label).toBe('a');
  });

  it('drops what was undone when a new plan is applied, and ignores empty plans', () => {
    let history = afterCommit(EMPTY_HISTORY, 'apply', [plan('a'), plan('b')]);
    history = afterCommit(history, 'undo', []);
    history = afterCommit(history, 'edit', [{ label: 'nothing', steps: [] }]);
    expect(history.entries).toHaveLength(2);
    history = afterCommit(history, 'edit', [plan('c')]);
    expect(history.entries.map((e) => e.label)).toEqual(['a', 'c']);
    expect(new Set(history.entries.map((e) => e.id)).size).toBe(2);
    expect(canRedo(history)).toBe(false);
  });
});
