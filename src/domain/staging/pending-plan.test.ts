import { describe, expect, it } from 'vitest';
import { canonical } from '../../testing/plans';
import { aDemoSchema, cloneSchema } from '../../testing/review-fixtures';
import { demoSet, newManyToMany, onDeleteChange, relationIn } from '../../testing/staging-fixtures';
import { applySteps } from '../changes/apply-steps';
import { invertSteps } from '../changes/invert';
import { planChange } from '../changes/plan';
import { buildModelIndex } from '../model-index';
import { planPending } from './pending-plan';

describe('planPending', () => {
  it('plans the set as one batch would, change by change, and keeps what each one does', () => {
    const server = aDemoSchema();
    const changes = demoSet(server);
    const plan = planPending(server, changes);
    expect(plan.applies).toBe(true);
    expect(plan.changes.map((p) => p.problem)).toEqual([null, null, null]);
    const batch = planChange(buildModelIndex(server), { type: 'batch', changes });
    expect(plan.steps).toEqual(batch);
    expect(plan.changes.map((p) => p.steps.map((s) => s.kind))).toEqual([
      ['createCollection', 'createField', 'createField', 'createField', 'createRelation', 'createRelation'],
      ['updateRelation'],
      ['deleteRelation'],
    ]);
    expect(canonical(plan.staged)).toEqual(canonical(applySteps(server, batch)));
    expect(relationIn(plan.staged, 'comments', 'article').schema?.on_delete).toBe('CASCADE');
    expect(plan.staged.relations.some((r) => r.collection === 'articles' && r.field === 'category')).toBe(
      false,
    );
  });

  it('does not touch the server model it is given', () => {
    const server = aDemoSchema();
    const copy = cloneSchema(server);
    planPending(server, demoSet(server));
    expect(server).toEqual(copy);
  });

  it('is undone by the inverse of its steps', () => {
    const server = aDemoSchema();
    const plan = planPending(server, demoSet(server));
    expect(canonical(applySteps(plan.staged, invertSteps(plan.steps)))).toEqual(canonical(server));
  });

  it('plans each change on the model the earlier ones leave: a second edit of the same relation', () => {
    const server = aDemoSchema();
    const first = onDeleteChange(server, 'comments', 'article', 'CASCADE');
    const afterFirst = planPending(server, [first]).staged;
    const second = onDeleteChange(afterFirst, 'comments', 'article', 'RESTRICT');
    const plan = planPending(server, [first, second]);
    expect(plan.applies).toBe(true);
    expect(relationIn(plan.staged, 'comments', 'article').schema?.on_delete).toBe('RESTRICT');
  });

  it('reports a change that no longer applies once an earlier one is removed, and plans the rest', () => {
    const server = aDemoSchema();
    const first = onDeleteChange(server, 'comments', 'article', 'CASCADE');
    const second = onDeleteChange(planPending(server, [first]).staged, 'comments', 'article', 'RESTRICT');
    const third = newManyToMany(server);
    const plan = planPending(server, [second, third]);
    expect(plan.applies).toBe(false);
    expect(plan.changes[0]?.problem).toMatch(/Someone changed comments\.article/);
    expect(plan.changes[0]?.steps).toEqual([]);
    expect(plan.changes[1]?.problem).toBeNull();
    expect(plan.steps.map((s) => s.kind)).not.toContain('updateRelation');
    expect(relationIn(plan.staged, 'comments', 'article').schema?.on_delete).toBe('SET NULL');
  });

  it('reports a plan that became empty and a new relationship that no longer validates', () => {
    const server = aDemoSchema();
    const m2m = newManyToMany(server);
    const gone = { type: 'deleteRelationship' as const, relationshipId: 'nowhere.nothing', whole: true };
    const plan = planPending(server, [gone, m2m, m2m]);
    expect(plan.changes[0]?.problem).toMatch(/Nothing left to change/);
    expect(plan.changes[1]?.problem).toBeNull();
    // The same M2M again: its junction and alias exist by then.
    expect(plan.changes[2]?.problem).toMatch(/exists|taken|already/i);
  });

  it('reports a relation deleted on the server for an edit of it', () => {
    const server = aDemoSchema();
    const edit = onDeleteChange(server, 'comments', 'article', 'CASCADE');
    const now = { ...server, relations: server.relations.filter((r) => r.collection !== 'comments') };
    expect(planPending(now, [edit]).changes[0]?.problem).toMatch(/was deleted in Directus/);
  });
});
