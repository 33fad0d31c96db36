import { describe, expect, it } from 'vitest';
import { aDemoSchema } from '../../testing/review-fixtures';
import { demoSet } from '../../testing/staging-fixtures';
import { changesFile, parseChangesFile } from './changes-file';
import { planPending } from './pending-plan';

describe('the Relata changes file', () => {
  const base = aDemoSchema();
  const changes = demoSet(base);
  const at = new Date('2026-11-30T10:00:00Z');

  it('round-trips the changes and the model they were started on', () => {
    const file = changesFile(changes, base, { directusUrl: 'https://cms.example.com', hash: 'abc', at });
    const parsed = parseChangesFile(JSON.stringify(file));
    expect(parsed.changes).toEqual(changes);
    expect(parsed.base.model).toEqual(base);
    expect(parsed.base.hash).toBe('abc');
    expect(parsed.base.counts).toEqual({
      collections: base.collections.length,
      fields: base.fields.length,
      relations: base.relations.length,
    });
    expect(parsed.exportedAt).toBe('2026-11-30T10:00:00.000Z');
    // Planned again where it is imported: the same plan on the same model.
    expect(planPending(base, parsed.changes).steps).toEqual(planPending(base, changes).steps);
  });

  it('holds no credentials: only the URL it was given', () => {
    const text = JSON.stringify(changesFile(changes, base, { directusUrl: 'https://cms.example.com' }));
    expect(text).not.toMatch(/token|password|access_token/i);
  });

  it('says what is wrong with a file that is not one', () => {
    expect(() => parseChangesFile('nope')).toThrow('not JSON');
    expect(() => parseChangesFile('{"format":"relata-layout"}')).toThrow('not a Relata changes file');
    const file = changesFile(changes, base, { directusUrl: 'x' });
    expect(() => parseChangesFile(JSON.stringify({ ...file, version: 2 }))).toThrow('Unknown version 2');
    expect(() =>
      parseChangesFile(JSON.stringify({ ...file, changes: [{ type: 'renameEverything' }] })),
    ).toThrow('change 1 has an unknown type "renameEverything"');
    expect(() =>
      parseChangesFile(JSON.stringify({ ...file, changes: [{ type: 'deleteRelation', relation: {} }] })),
    ).toThrow('change 1: a relation deletion needs the relation and deleteField');
    expect(() => parseChangesFile(JSON.stringify({ ...file, base: {} }))).toThrow('does not hold the model');
  });
});
