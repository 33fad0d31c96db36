import { describe, expect, it } from 'vitest';
import { defaultNewRelationship } from '../../domain/changes/new-relationship';
import { buildModelIndex } from '../../domain/model-index';
import { recordedDemoModel } from '../../testing/fixtures/recorded-demo';
import { resolve } from './new-relationship-form';

const index = buildModelIndex(recordedDemoModel());

describe('resolve', () => {
  it('keeps the default on delete when the edits name it without a value (a change of kind)', () => {
    const base = defaultNewRelationship(index, 'm2m', 'articles', ['tags']);
    expect(resolve(index, base, { onDelete: undefined }).onDelete).toBe('SET NULL');
  });

  it('takes what the user set', () => {
    const base = defaultNewRelationship(index, 'm2o', 'articles', ['tags']);
    const spec = resolve(index, base, { onDelete: 'CASCADE', field: 'main_tag' });
    expect(spec.onDelete).toBe('CASCADE');
    expect(spec.field).toBe('main_tag');
  });

  it('leaves a reverse field the user cleared cleared', () => {
    const base = defaultNewRelationship(index, 'm2m', 'articles', ['tags']);
    expect(
      resolve(index, { ...base, reverseField: 'articles' }, { reverseField: null }).reverseField,
    ).toBeNull();
  });
});
