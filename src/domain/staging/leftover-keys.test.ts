import { describe, expect, it } from 'vitest';
import { aRelation, aSchema } from '../../testing/builders';
import { invertSteps } from '../changes/invert';
import type { Step } from '../changes/steps';
import { createdOverLeftoverKeys } from './leftover-keys';

describe('createdOverLeftoverKeys', () => {
  const relation = aRelation();
  const deleted: Step[] = [{ kind: 'deleteRelation', before: relation }];

  it('finds the undo of a relation deletion where SQLite kept the foreign key', () => {
    const sqlite = aSchema({ relations: [{ ...relation, meta: null }] });
    expect(createdOverLeftoverKeys(sqlite, invertSteps(deleted))).toEqual(['articles.author']);
  });

  it('finds nothing where the foreign key went with the relation (PostgreSQL, MySQL)', () => {
    expect(createdOverLeftoverKeys(aSchema({ relations: [] }), invertSteps(deleted))).toEqual([]);
    expect(createdOverLeftoverKeys(aSchema({ relations: [relation] }), deleted)).toEqual([]);
  });
});
