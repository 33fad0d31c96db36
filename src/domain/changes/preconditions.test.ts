import { describe, expect, it } from 'vitest';
import { aRelation, aSchema } from '../../testing/builders';
import { checkPreconditions } from './preconditions';
import type { Step } from './steps';

const opened = aRelation();
const update = (before = opened): Step => ({
  kind: 'updateRelation',
  before,
  relation: { ...before, meta: before.meta && { ...before.meta, one_deselect_action: 'delete' } },
});

describe('checkPreconditions', () => {
  it('passes when the relation is what the form opened on', () => {
    expect(checkPreconditions(aSchema({ relations: [opened] }), [update()])).toEqual([]);
  });

  it("reports someone else's change with what changed and the server's version", () => {
    const theirs = aRelation({ schema: { ...opened.schema!, on_delete: 'CASCADE' } });
    const [conflict] = checkPreconditions(aSchema({ relations: [theirs] }), [update()]);
    expect(conflict?.message).toBe('Someone changed articles.author in Directus since you opened it.');
    expect(conflict?.differences).toEqual([
      { path: 'schema.on_delete', before: 'SET NULL', after: 'CASCADE' },
    ]);
    expect(conflict?.current).toEqual(theirs);
    expect(conflict?.deleted).toBeUndefined();
  });

  it('names a relation deleted meanwhile by its collection and field', () => {
    const [conflict] = checkPreconditions(aSchema({ relations: [] }), [update()]);
    expect(conflict).toMatchObject({
      message: 'articles.author was deleted in Directus since you opened it.',
      current: null,
      deleted: true,
    });
  });

  it('reads a relation left without meta (SQLite keeps the foreign key) as deleted', () => {
    const leftOver = aRelation({ meta: null });
    const [conflict] = checkPreconditions(aSchema({ relations: [leftOver] }), [update()]);
    expect(conflict).toMatchObject({ deleted: true, current: leftOver });
  });

  it('does not call a relation that never had meta deleted', () => {
    const bare = aRelation({ meta: null });
    expect(checkPreconditions(aSchema({ relations: [bare] }), [update(bare)])).toEqual([]);
  });
});
