import { describe, expect, it } from 'vitest';
import { aField, aRelation } from '../../testing/builders';
import { stepTarget, withoutForeignKeys, type Step } from './steps';

describe('withoutForeignKeys', () => {
  it('drops the schema of relations made or changed, and leaves every other step as it is', () => {
    const field: Step = { kind: 'createField', field: { ...aField(), meta: null, schema: {} } };
    const steps: Step[] = [
      field,
      { kind: 'createRelation', relation: aRelation() },
      { kind: 'updateRelation', relation: aRelation(), before: aRelation() },
      { kind: 'deleteRelation', before: aRelation() },
    ];
    const metadataOnly = withoutForeignKeys(steps);
    expect(metadataOnly.map(stepTarget)).toEqual(steps.map(stepTarget));
    expect(metadataOnly[0]).toBe(field);
    const schemaOf = (step: Step | undefined) =>
      step?.kind === 'createRelation' || step?.kind === 'updateRelation'
        ? step.relation.schema
        : 'no relation';
    expect(schemaOf(metadataOnly[1])).toBeNull();
    expect(schemaOf(metadataOnly[2])).toBeNull();
    expect(schemaOf(steps[1])).not.toBeNull();
    expect(metadataOnly[3]).toBe(steps[3]);
  });
});
