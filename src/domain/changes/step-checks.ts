// What a server that validates almost nothing (the 9.0 release candidates accept a relation to a
// missing collection, on a missing field, or a second one on the same field) would let through,
// checked against the model as the earlier steps leave it, before anything is sent.
import { isSystemCollection } from '../collections';
import type { DirectusRelation, DirectusSchema } from '../directus-types';
import { keysCompatible, keyStorage } from '../key-types';
import { systemPrimaryKey } from '../primary-keys';
import { allowedCollections } from '../relation-meta';
import { applySteps } from './apply-steps';
import type { Step } from './steps';

function collectionExists(schema: DirectusSchema, name: string): boolean {
  return (
    schema.collections.some((c) => c.collection === name && c.schema != null) ||
    // Non-admins and snapshots may not list directus_* collections; their tables always exist.
    isSystemCollection(name)
  );
}

function primaryKey(schema: DirectusSchema, collection: string) {
  const declared = schema.fields.find(
    (f) => f.collection === collection && f.schema?.is_primary_key === true,
  );
  if (declared) return declared;
  return isSystemCollection(collection) ? systemPrimaryKey(collection) : null;
}

function checkRelation(schema: DirectusSchema, relation: DirectusRelation): string[] {
  const { collection, field, related_collection: related } = relation;
  const name = `${collection}.${field}`;
  if (!collectionExists(schema, collection)) return [`Collection ${collection} doesn't exist.`];
  const column = schema.fields.find((f) => f.collection === collection && f.field === field);
  if (!column) return [`${name} doesn't exist.`];
  const problems: string[] = [];
  if (column.schema?.is_primary_key === true)
    problems.push(`${name} is the primary key of ${collection}: it cannot also be a foreign key.`);
  if (column.type === 'alias') problems.push(`${name} is an alias field: it has no column to point with.`);
  const existing = schema.relations.find((r) => r.collection === collection && r.field === field && r.meta);
  if (existing)
    problems.push(`${name} already has a relation (to ${existing.related_collection ?? 'any collection'}).`);
  const targets = related ? [related] : allowedCollections(relation);
  for (const target of targets)
    if (!collectionExists(schema, target)) problems.push(`Collection ${target} doesn't exist.`);
  if (related && collectionExists(schema, related)) {
    const key = primaryKey(schema, related);
    if (!key) problems.push(`${related} has no primary key to point at.`);
    else if (!keysCompatible(column, key))
      problems.push(
        `${name} is ${keyStorage(column)} but ${related}.${key.field} is ${keyStorage(key)}: the types must match.`,
      );
  }
  return problems;
}

function checkStep(schema: DirectusSchema, step: Step): string[] {
  switch (step.kind) {
    case 'createRelation':
      return checkRelation(schema, step.relation);
    case 'createField': {
      const { collection, field } = step.field;
      if (!collectionExists(schema, collection)) return [`Collection ${collection} doesn't exist.`];
      return schema.fields.some((f) => f.collection === collection && f.field === field)
        ? [`${collection}.${field} already exists.`]
        : [];
    }
    case 'createCollection':
      return schema.collections.some((c) => c.collection === step.collection.collection)
        ? [`Collection ${step.collection.collection} already exists.`]
        : [];
    default:
      return [];
  }
}

/** Problems with the plan, each step checked against the model the earlier ones leave. */
export function checkSteps(current: DirectusSchema, steps: readonly Step[]): string[] {
  const problems: string[] = [];
  let schema = current;
  for (const step of steps) {
    problems.push(...checkStep(schema, step));
    schema = applySteps(schema, [step]);
  }
  return [...new Set(problems)];
}
