import { describe, expect, it } from 'vitest';
import { groupSteps } from './requests/calls';
import { stepTarget, type Step } from '../domain/changes/steps';
import type { DirectusSchema } from '../domain/directus-types';
import {
  aCollection,
  aField,
  aForeignKey,
  aPrimaryKey,
  aRelation,
  aSchema,
  anAlias,
} from '../testing/builders';
import { ConflictError, PartialCommitError, RelataError } from './errors';
import { commitOrdered, type StepRunner } from './ordered-commit';

const model = aSchema({
  collections: [aCollection('articles'), aCollection('authors'), aCollection('tags')],
  fields: [
    aPrimaryKey('articles'),
    aPrimaryKey('authors'),
    aPrimaryKey('tags'),
    aForeignKey('articles', 'author'),
    aField({ collection: 'articles', field: 'editor', type: 'integer' }),
  ],
  relations: [aRelation()],
});

/** A new many-to-one with its reverse alias, and a second relation: four calls. */
const plan: Step[] = [
  {
    kind: 'createField',
    field: { collection: 'articles', field: 'reviewer', type: 'integer', meta: {}, schema: {} },
  },
  {
    kind: 'createField',
    field: { ...anAlias('authors', 'reviewed'), meta: { special: ['o2m'] }, schema: null },
  },
  {
    kind: 'createRelation',
    relation: aRelation({ field: 'reviewer', meta: { one_field: 'reviewed' } }),
  },
  { kind: 'createRelation', relation: aRelation({ field: 'editor' }) },
];

interface Fake extends StepRunner {
  /** Every call sent, as its steps' targets, in order; undo calls start with "undo ". */
  sent: string[];
}

/** Fails the call (counted from 1, compensation included) whose number is in `failAt`. */
function fakeRunner({
  failAt = [] as number[],
  generation = 'current' as 'current' | 'legacy',
  fresh = model,
} = {}): Fake {
  let calls = 0;
  let undoing = false;
  const sent: string[] = [];
  return {
    sent,
    readFresh: () => Promise.resolve(fresh),
    group: (steps) => groupSteps(steps, generation),
    run: (group) => {
      calls += 1;
      const label = group.map((step) => `${step.kind} ${stepTarget(step)}`).join(' + ');
      if (failAt.includes(calls)) {
        undoing = true;
        return Promise.reject(new RelataError('server-error', `call ${calls} failed`));
      }
      sent.push(undoing ? `undo ${label}` : label);
      return Promise.resolve([...group]);
    },
  };
}

describe('commitOrdered', () => {
  it('sends every step, one call each, in order', async () => {
    const runner = fakeRunner();
    await commitOrdered(runner, plan);
    expect(runner.sent).toEqual([
      'createField articles.reviewer',
      'createField authors.reviewed',
      'createRelation relation:articles.reviewer',
      'createRelation relation:articles.editor',
    ]);
  });

  it.each([1, 2, 3, 4])('a failure at call %i undoes exactly the calls before it, last first', async (k) => {
    const runner = fakeRunner({ failAt: [k] });
    const error = await commitOrdered(runner, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RelataError);
    expect(error).not.toBeInstanceOf(PartialCommitError);
    expect((error as RelataError).message).toContain(`call ${k} failed`);
    expect((error as RelataError).message).toMatch(/nothing was changed/i);
    const made = runner.sent.slice(0, k - 1);
    const undone = runner.sent.slice(k - 1);
    expect(made).toHaveLength(k - 1);
    const inverse = {
      'createField articles.reviewer': 'undo deleteField articles.reviewer',
      'createField authors.reviewed': 'undo deleteField authors.reviewed',
      'createRelation relation:articles.reviewer': 'undo deleteRelation relation:articles.reviewer',
    } as Record<string, string>;
    expect(undone).toEqual([...made].reverse().map((call) => inverse[call]));
  });

  it('says what is left when undoing fails too', async () => {
    // Call 3 (the relation) fails; undoing starts with call 4 (delete authors.reviewed), which fails.
    const runner = fakeRunner({ failAt: [3, 4] });
    const error = await commitOrdered(runner, plan).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PartialCommitError);
    const partial = error as PartialCommitError;
    expect(partial.failure.message).toBe('call 3 failed');
    expect(partial.compensationFailure.message).toBe('call 4 failed');
    expect(partial.left.map(stepTarget)).toEqual(['articles.reviewer', 'authors.reviewed']);
    expect(partial.message).toContain('Still in Directus: create field articles.reviewer');
    expect(partial.message).toContain('create field authors.reviewed');
    expect(partial.message).not.toContain('nothing was changed');
  });

  it('reports only the steps not undone when undoing stops part-way', async () => {
    const runner = fakeRunner({ failAt: [3, 5] });
    const error = (await commitOrdered(runner, plan).catch((e: unknown) => e)) as PartialCommitError;
    expect(runner.sent).toContain('undo deleteField authors.reviewed');
    expect(error.left.map(stepTarget)).toEqual(['articles.reviewer']);
  });

  it('undoes a batch with one batch on the id-addressed API', async () => {
    const legacy = aSchema(model, { relations: [] });
    const rows: Step[] = [
      { kind: 'createRelation', relation: aRelation({ field: 'author', meta: { id: 1 } }) },
      { kind: 'createRelation', relation: aRelation({ field: 'editor', meta: { id: 2 } }) },
      {
        kind: 'createField',
        field: { collection: 'tags', field: 'note', type: 'string', meta: {}, schema: {} },
      },
    ];
    const runner = fakeRunner({ failAt: [2], generation: 'legacy', fresh: { ...legacy, relations: [] } });
    const error = await commitOrdered(runner, rows).catch((e: unknown) => e);
    // The batch was undone whole, so the failure says nothing is left.
    expect(error).toBeInstanceOf(RelataError);
    expect(error).not.toBeInstanceOf(PartialCommitError);
    expect((error as RelataError).kind).toBe('server-error');
    expect((error as RelataError).message).toContain('undone: nothing was changed');
    expect(runner.sent).toEqual([
      'createRelation relation:articles.author + createRelation relation:articles.editor',
      'undo deleteRelation relation:articles.editor + deleteRelation relation:articles.author',
    ]);
  });

  it('sends nothing when what the plan replaces changed meanwhile', async () => {
    const stale = aRelation({ meta: { one_field: 'old' } });
    const runner = fakeRunner();
    const error = await commitOrdered(runner, [{ kind: 'deleteRelation', before: stale }]).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(runner.sent).toEqual([]);
  });

  it('refuses, before sending anything, what the server would wrongly accept', async () => {
    const cases: [Step, RegExp][] = [
      [
        { kind: 'createRelation', relation: aRelation({ field: 'editor', related_collection: 'nope' }) },
        /Collection nope doesn't exist/,
      ],
      [
        { kind: 'createRelation', relation: aRelation({ field: 'nofield' }) },
        /articles.nofield doesn't exist/,
      ],
      [{ kind: 'createRelation', relation: aRelation({ field: 'id' }) }, /primary key/],
      [{ kind: 'createRelation', relation: aRelation() }, /already has a relation/],
    ];
    for (const [step, message] of cases) {
      const runner = fakeRunner();
      const error = await commitOrdered(runner, [step], { overwrite: true }).catch((e: unknown) => e);
      expect((error as RelataError).kind).toBe('refused');
      expect((error as RelataError).message).toMatch(message);
      expect(runner.sent).toEqual([]);
    }
  });

  it('refuses a type mismatch', async () => {
    const typed: DirectusSchema = aSchema(model, {
      fields: [aField({ collection: 'articles', field: 'author_name', type: 'string' })],
    });
    const runner = fakeRunner({ fresh: typed });
    const step: Step = { kind: 'createRelation', relation: aRelation({ field: 'author_name' }) };
    const error = await commitOrdered(runner, [step]).catch((e: unknown) => e);
    expect((error as RelataError).message).toMatch(/string but authors.id is integer/);
    expect(runner.sent).toEqual([]);
  });

  it('refuses what the API cannot do', async () => {
    const runner = { ...fakeRunner(), unsupported: () => ['No collections over GraphQL.'] };
    const error = await commitOrdered(runner, plan).catch((e: unknown) => e);
    expect((error as RelataError).message).toContain('No collections over GraphQL.');
  });
});
