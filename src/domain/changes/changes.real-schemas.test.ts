// Corpus suite: new relationships and whole deletions on every real schema (skipped without
// the corpus, see src/testing/real-schemas.ts).
import { describe, expect, it } from 'vitest';
import { addedRelationships, canonical, expectSendableInOrder } from '../../testing/plans';
import { corpusAvailable, loadRealSchema, realSchemaNames } from '../../testing/real-schemas';
import { isSystemCollection } from '../collections';
import type { DirectusSchema } from '../directus-types';
import type { RelationshipKind } from '../model';
import { buildModelIndex } from '../model-index';
import type { ModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import { invertSteps } from './invert';
import { defaultNewRelationship } from './new-relationship';
import { nameProblem } from './naming';
import { planChange } from './plan';
import { validateNewRelationship } from './validate-new';

/** A few (collection, related) pairs of user tables with keys: neighbours, last → first, a self-reference, and to directus_users. */
function pairsOf(index: ModelIndex): [string, string][] {
  const tables = index.collections
    .map((c) => c.collection)
    .filter(
      (name) =>
        !isSystemCollection(name) &&
        index.isTable(name) &&
        !index.junctions.has(name) &&
        index.primaryKey(name) !== null &&
        nameProblem(name) === null,
    );
  const [first, second, third] = tables;
  const last = tables.at(-1);
  if (!first) return [];
  const pairs: [string, string][] = [
    [first, first],
    [first, 'directus_users'],
  ];
  if (second) pairs.push([first, second]);
  if (second && third) pairs.push([second, third]);
  if (last && last !== first) pairs.push([last, first]);
  return pairs;
}

function expectNewRelationship(
  schema: DirectusSchema,
  index: ModelIndex,
  kind: RelationshipKind,
  pair: [string, string],
) {
  const [collection, related] = pair;
  const spec = defaultNewRelationship(index, kind, collection, [related]);
  // Refused rightly, with the defaults as they are: a junction name longer than PostgreSQL
  // allows, or an alias name an orphan relation row still holds (gornji-milanovac has eight).
  const issues = validateNewRelationship(index, spec);
  expect(
    issues.filter((i) => !/longer than|still names/.test(i.message)),
    `${kind} ${collection} → ${related}`,
  ).toEqual([]);
  if (issues.length) return;
  const steps = planChange(index, { type: 'createRelationship', relationship: spec });
  expectSendableInOrder(schema, steps);
  const after = buildModelIndex(applySteps(schema, steps));
  const added = addedRelationships(index, after);
  expect(added.map((r) => r.kind)).toEqual([kind]);
  const [relationship] = added;
  expect(relationship?.source.collection).toBe(collection);
  expect(relationship?.targets.map((t) => t.collection)).toEqual([related]);
  if (kind === 'm2m') expect(relationship?.junction?.collection).toBe(spec.junction?.collection);
  expect(after.warnings).toEqual(index.warnings);
  expect(after.relationships).toHaveLength(index.relationships.length + 1);
}

// A model rebuilt and compared whole per relationship: about 2 s on the largest schemas.
const TIMEOUT = 30_000;

describe.skipIf(!corpusAvailable).each(realSchemaNames())('changes on %s', (name) => {
  // Read when a test runs, not while suites are collected (skipped suites are collected too).
  const subject = () => {
    const schema = loadRealSchema(name);
    return { schema, index: buildModelIndex(schema) };
  };

  it(
    'a new M2O and a new M2M between a few collection pairs each make exactly that relationship',
    () => {
      const { schema, index } = subject();
      const pairs = pairsOf(index);
      expect(pairs.length).toBeGreaterThan(0);
      for (const pair of pairs) {
        expectNewRelationship(schema, index, 'm2o', pair);
        expectNewRelationship(schema, index, 'm2m', pair);
      }
    },
    TIMEOUT,
  );

  it(
    'deleting any relationship whole, then undoing it, gives the model back',
    () => {
      const { schema, index } = subject();
      const original = canonical(schema);
      for (const relationship of index.relationships) {
        const steps = planChange(index, {
          type: 'deleteRelationship',
          relationshipId: relationship.id,
          whole: true,
        });
        const deleted = applySteps(schema, steps);
        expect(buildModelIndex(deleted).relationship(relationship.id), relationship.id).toBeUndefined();
        expect(canonical(applySteps(deleted, invertSteps(steps))), relationship.id).toEqual(original);
      }
    },
    TIMEOUT,
  );
});
