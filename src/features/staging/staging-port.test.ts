import { describe, expect, it } from 'vitest';
import { ConflictError, RelataError } from '../../api/errors';
import { applySteps } from '../../domain/changes/apply-steps';
import type { DirectusSchema } from '../../domain/directus-types';
import { planPending } from '../../domain/staging/pending-plan';
import type { AppliedPlan, CommitOrigin } from '../../hooks/commit-port';
import { aDemoSchema } from '../../testing/review-fixtures';
import { demoSet, onDeleteChange, relationIn } from '../../testing/staging-fixtures';
import { createPendingStore } from './pending-store';
import { createStagingPort } from './staging-port';

function setup() {
  let server: DirectusSchema | undefined = aDemoSchema();
  const store = createPendingStore('test', { storage: null });
  const applied: [CommitOrigin, AppliedPlan[]][] = [];
  const port = createStagingPort({
    staging: true,
    store,
    serverNow: () => server,
    onApplied: (plans, origin) => applied.push([origin, plans]),
  });
  return {
    store,
    port,
    applied,
    server: () => server as DirectusSchema,
    setServer: (next: DirectusSchema | undefined) => (server = next),
  };
}

describe('the staging port', () => {
  it('stages each change into the set and plans the next against the staged model', () => {
    const { store, port, server } = setup();
    const [m2m, onDelete, drop] = demoSet(server());
    port.stage(m2m!, { overwrite: false });
    port.stage(onDelete!, { overwrite: false });
    port.stage(drop!, { overwrite: false });
    expect(store.getSnapshot().changes).toEqual([m2m, onDelete, drop]);
    expect(store.getSnapshot().base?.model).toEqual(server());
    const staged = port.model();
    expect(staged).toEqual(planPending(server(), [m2m!, onDelete!, drop!]).staged);
    expect(relationIn(staged!, 'comments', 'article').schema?.on_delete).toBe('CASCADE');
  });

  it('refuses a change that does not apply to the staged model, and one that changes nothing', () => {
    const { store, port, server } = setup();
    const first = onDeleteChange(server(), 'comments', 'article', 'CASCADE');
    port.stage(first, { overwrite: false });
    // Made from the server's model, not the staged one: what it replaces is no longer there.
    const stale = onDeleteChange(server(), 'comments', 'article', 'RESTRICT');
    expect(() => port.stage(stale, { overwrite: false })).toThrow(ConflictError);
    const nothing = { type: 'deleteRelationship' as const, relationshipId: 'none.none', whole: false };
    expect(() => port.stage(nothing, { overwrite: false })).toThrow(RelataError);
    expect(store.getSnapshot().changes).toEqual([first]);
  });

  it('hides the set while it is applied, and settles it once Directus applied it', () => {
    const { store, port, applied, server, setServer } = setup();
    for (const change of demoSet(server())) port.stage(change, { overwrite: false });
    const plan = planPending(server(), store.getSnapshot().changes);
    port.committing('apply');
    expect(store.getSnapshot().applying).toBe(true);
    // What the optimistic update puts in the cache.
    setServer(applySteps(server(), plan.steps));
    const plans = plan.changes.map((p) => ({ label: 'x', steps: p.steps }));
    port.applied('apply', plans);
    expect(store.getSnapshot()).toMatchObject({ changes: [], base: null, applying: false });
    expect(applied).toEqual([['apply', plans]]);
  });

  it('keeps the set when Directus refuses it', () => {
    const { store, port, server } = setup();
    for (const change of demoSet(server())) port.stage(change, { overwrite: false });
    port.committing('apply');
    port.failed('apply');
    expect(store.getSnapshot().applying).toBe(false);
    expect(store.getSnapshot().changes).toHaveLength(3);
  });

  it('leaves the set alone for undo and redo, and passes them on to the history', () => {
    const { store, port, applied, server } = setup();
    port.stage(demoSet(server())[1]!, { overwrite: false });
    port.committing('undo');
    port.applied('undo', []);
    expect(store.getSnapshot()).toMatchObject({ applying: false });
    expect(store.getSnapshot().changes).toHaveLength(1);
    expect(applied).toEqual([['undo', []]]);
  });
});
