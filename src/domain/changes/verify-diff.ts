// /schema/diff answers "what makes the server look like this snapshot". If the server changed
// after Relata read it, that answer also reverts the other person's change: refuse any diff
// entry the plan does not account for, and any edit whose "before" is not what Relata read.
import type { DirectusSchema } from '../directus-types';
import { relationKey } from '../model';
import type { Conflict } from './preconditions';
import type { Step } from './steps';

interface DiffEntry {
  kind: string;
  path?: (string | number)[];
  lhs?: unknown;
}

export interface SchemaDiff {
  collections?: { collection: string; diff: DiffEntry[] }[];
  fields?: { collection: string; field: string; diff: DiffEntry[] }[];
  systemFields?: { collection: string; field: string; diff: DiffEntry[] }[];
  relations?: { collection: string; field: string; related_collection?: string | null; diff: DiffEntry[] }[];
}

function allowedTargets(steps: readonly Step[]) {
  const collections = new Set<string>();
  const fields = new Set<string>();
  const relations = new Set<string>();
  const droppedFields = new Set<string>();
  for (const step of steps) {
    switch (step.kind) {
      case 'createCollection':
        collections.add(step.collection.collection);
        break;
      case 'deleteCollection':
        collections.add(step.before.collection.collection);
        break;
      case 'createField':
        fields.add(`${step.field.collection}.${step.field.field}`);
        break;
      case 'deleteField':
        fields.add(`${step.before.collection}.${step.before.field}`);
        droppedFields.add(`${step.before.collection}.${step.before.field}`);
        break;
      case 'createRelation':
      case 'updateRelation':
        relations.add(relationKey(step.relation));
        break;
      case 'deleteRelation':
        relations.add(relationKey(step.before));
        break;
    }
  }
  return { collections, fields, relations, droppedFields };
}

function valueAt(value: unknown, path: readonly (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function verifyDiff(read: DirectusSchema, diff: SchemaDiff, steps: readonly Step[]): Conflict[] {
  const allowed = allowedTargets(steps);
  const conflicts: Conflict[] = [];
  const refuse = (target: string) =>
    conflicts.push({
      target,
      message: `${target} changed in Directus while this was being saved.`,
      differences: [],
    });
  const checkEdits = (target: string, before: unknown, entries: DiffEntry[]) => {
    for (const entry of entries)
      if (entry.kind === 'E' && entry.path && !same(valueAt(before, entry.path), entry.lhs))
        return refuse(target);
  };

  for (const { collection, diff: entries } of diff.collections ?? []) {
    if (!allowed.collections.has(collection)) refuse(collection);
    else
      checkEdits(
        collection,
        read.collections.find((c) => c.collection === collection),
        entries,
      );
  }
  for (const { collection, field, diff: entries } of [...(diff.fields ?? []), ...(diff.systemFields ?? [])]) {
    const key = `${collection}.${field}`;
    if (!allowed.fields.has(key) && !allowed.collections.has(collection)) refuse(key);
    else
      checkEdits(
        key,
        read.fields.find((f) => f.collection === collection && f.field === field),
        entries,
      );
  }
  for (const { collection, field, diff: entries } of diff.relations ?? []) {
    const key = `${collection}.${field}`;
    const current = read.relations.find((r) => r.collection === collection && r.field === field);
    const byDroppedField =
      allowed.droppedFields.has(key) ||
      (current?.related_collection != null &&
        allowed.droppedFields.has(`${current.related_collection}.${current.meta?.one_field ?? ''}`));
    const byDroppedCollection =
      allowed.collections.has(collection) ||
      (current?.related_collection != null && allowed.collections.has(current.related_collection)) ||
      (current?.meta?.one_allowed_collections ?? []).some((c) => allowed.collections.has(c));
    if (!allowed.relations.has(key) && !byDroppedField && !byDroppedCollection) refuse(key);
    else checkEdits(key, current, entries);
  }
  return conflicts;
}
