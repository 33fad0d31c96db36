import { describe, expect, it } from 'vitest';
import { aSchema } from '../../testing/builders';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { aManyToMany } from '../../testing/scenarios';
import { buildModelIndex } from '../model-index';
import { applySteps } from './apply-steps';
import { defaultNewRelationship } from './new-relationship';
import { planOutcome } from './outcome';
import { planChange } from './plan';

const demo = recordedDemoModel();
const index = buildModelIndex(demo);

describe('planOutcome', () => {
  const steps = planChange(index, {
    type: 'createRelationship',
    relationship: { ...defaultNewRelationship(index, 'm2m', 'authors', ['tags']), reverseField: 'authors' },
  });

  it('a model without the plan: not applied', () => {
    expect(planOutcome(demo, steps)).toBe('not-applied');
  });

  it('a model with all of it: applied', () => {
    expect(planOutcome(applySteps(demo, steps), steps)).toBe('applied');
  });

  it('a model with part of it: unclear', () => {
    expect(planOutcome(applySteps(demo, steps.slice(0, 3)), steps)).toBe('unclear');
  });

  it('a whole deletion, before and after', () => {
    const schema = aSchema(aManyToMany({ relatedAlias: 'articles' }));
    const deletion = planChange(buildModelIndex(schema), {
      type: 'deleteRelationship',
      // Aliased on both sides, no meta ids: the smaller relation key is the parent's.
      relationshipId: 'articles_tags.articles_id',
      whole: true,
    });
    expect(deletion.map((step) => step.kind)).toContain('deleteCollection');
    expect(planOutcome(schema, deletion)).toBe('not-applied');
    expect(planOutcome(applySteps(schema, deletion), deletion)).toBe('applied');
  });
});
