import { describe, expect, it } from 'vitest';
import { defaultNewRelationship } from '../../domain/changes/new-relationship';
import { buildModelIndex } from '../../domain/model-index';
import { aDemoSchema } from '../../testing/review-fixtures';
import { resolve } from './new-relationship-form';

describe('resolve', () => {
  const index = buildModelIndex(aDemoSchema());
  const base = defaultNewRelationship(index, 'm2m', 'pages', ['tags']);

  it('keeps the default on_delete when the kind changed before any was chosen', () => {
    // What setKind leaves: { onDelete: undefined }.
    expect(resolve(index, base, { onDelete: undefined }).onDelete).toBe('SET NULL');
  });

  it('takes the on_delete the user chose', () => {
    expect(resolve(index, base, { onDelete: 'CASCADE' }).onDelete).toBe('CASCADE');
  });
});
