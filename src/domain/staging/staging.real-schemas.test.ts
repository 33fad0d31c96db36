// Corpus suite: a pending set of every kind of change on each real schema (skipped without the
// corpus, see src/testing/real-schemas.ts): planned as staging plans it, drawn with its marks,
// rebased on the same model, and undone change by change as the history undoes it.
import { describe, expect, it } from 'vitest';
import { canonical } from '../../testing/plans';
import { corpusAvailable, loadRealSchema, realSchemaNames } from '../../testing/real-schemas';
import { applySteps } from '../changes/apply-steps';
import type { Change } from '../changes/change';
import { invertSteps, irrecoverableLosses } from '../changes/invert';
import { defaultNewRelationship } from '../changes/new-relationship';
import { nameProblem } from '../changes/naming';
import { isDestructive } from '../changes/steps';
import { validateNewRelationship } from '../changes/validate-new';
import { isSystemCollection } from '../collections';
import { toDiagram } from '../diagram';
import type { ForeignKeyAction } from '../directus-types';
import { buildModelIndex, type ModelIndex } from '../model-index';
import { planPending } from './pending-plan';
import { rebasePending } from './rebase';
import { stagedMarks, withRemoved } from './staged-view';

const userTables = (index: ModelIndex) =>
  index.collections
    .map((c) => c.collection)
    .filter(
      (name) =>
        !isSystemCollection(name) &&
        index.isTable(name) &&
        !index.junctions.has(name) &&
        index.primaryKey(name) !== null &&
        nameProblem(name) === null,
    );

/** One change of each kind the schema allows: new M2O and M2M, an FK action edit, a deletion, a whole deletion. */
function aSetOn(index: ModelIndex): Change[] {
  const changes: Change[] = [];
  const [first, second] = userTables(index);
  if (first) {
    for (const kind of ['m2o', 'm2m'] as const) {
      const relationship = defaultNewRelationship(index, kind, first, [second ?? first]);
      if (!validateNewRelationship(index, relationship).length)
        changes.push({ type: 'createRelationship', relationship });
    }
  }
  const user = index.relationships.filter((r) => r.relations.every((row) => row.meta?.system !== true));
  const withKey = user.flatMap((r) => r.relations).find((row) => row.schema && row.meta);
  if (withKey?.schema) {
    const onDelete: ForeignKeyAction = withKey.schema.on_delete === 'CASCADE' ? 'NO ACTION' : 'CASCADE';
    changes.push({
      type: 'updateRelation',
      before: withKey,
      after: { ...withKey, schema: { ...withKey.schema, on_delete: onDelete } },
      createFields: [],
    });
  }
  const others = user.filter((r) => !r.relations.some((row) => row === withKey));
  const junction = others.find((r) => r.junction);
  const plain = others.find((r) => !r.junction);
  if (plain) changes.push({ type: 'deleteRelationship', relationshipId: plain.id, whole: false });
  if (junction) changes.push({ type: 'deleteRelationship', relationshipId: junction.id, whole: true });
  return changes;
}

const TIMEOUT = 60_000;

describe.skipIf(!corpusAvailable).each(realSchemaNames())('staging on %s', (name) => {
  it(
    'plans, marks, rebases and undoes a set of every kind of change',
    () => {
      const server = loadRealSchema(name);
      const index = buildModelIndex(server);
      const changes = aSetOn(index);
      expect(changes.length).toBeGreaterThan(1);

      const plan = planPending(server, changes);
      expect(plan.changes.filter((p) => p.problem).map((p) => p.problem)).toEqual([]);

      const marks = stagedMarks(server, plan.staged);
      const shown = buildModelIndex(withRemoved(plan.staged, server));
      const diagram = toDiagram(shown, { showJunctions: true, showSystem: true, marks });
      const drawn = new Set(diagram.edges.map((e) => e.data.relationshipId));
      for (const [id, mark] of marks.relationships) {
        expect(drawn.has(id), `${mark} ${id} is drawn`).toBe(true);
      }
      for (const change of changes)
        if (change.type === 'deleteRelationship')
          expect(marks.relationships.get(change.relationshipId), change.relationshipId).toBe('removed');

      const rebased = rebasePending(server, changes);
      expect(rebased.failed).toEqual([]);
      expect(rebased.changes).toEqual(changes);

      // Undo, newest first, one change at a time: the model comes back.
      let model = plan.staged;
      for (const planned of [...plan.changes].reverse())
        model = applySteps(model, invertSteps(planned.steps));
      expect(canonical(model)).toEqual(canonical(server));

      // What undo asks about first: one loss per step that drops data, no more, no less.
      for (const planned of plan.changes)
        expect(irrecoverableLosses(planned.steps)).toHaveLength(planned.steps.filter(isDestructive).length);
    },
    TIMEOUT,
  );
});
