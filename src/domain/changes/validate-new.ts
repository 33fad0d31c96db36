// Checks a new relationship before anything is sent: what Directus checks itself, and what it
// accepts wrongly (type mismatches on SQLite, missing collections on old servers).
import { isSystemCollection } from '../collections';
import { canHoldKey, keyStorage, keysCompatible } from '../key-types';
import { KIND_LABEL } from '../model';
import type { ModelIndex } from '../model-index';
import { oneField } from '../relation-meta';
import type { NewRelationship } from './change';
import { collectionTaken, fieldTaken, nameProblem } from './naming';
import { isJunctionKind, reusableJunctions } from './new-relationship';

export type NewRelationshipTarget =
  'collection' | 'related' | 'field' | 'reverseField' | 'junction' | 'sortField' | 'general';

export interface NewRelationshipIssue {
  target: NewRelationshipTarget;
  message: string;
}

const issue = (target: NewRelationshipTarget, message: string): NewRelationshipIssue => ({ target, message });
// By sound: an integer, an alias, an unknown; a uuid.
const a = (type: string) => `${/^(?:[aeio]|un)/i.test(type) ? 'an' : 'a'} ${type}`;

function checkTable(
  index: ModelIndex,
  name: string,
  target: NewRelationshipTarget,
): NewRelationshipIssue | null {
  if (!name) return issue(target, 'Choose a collection.');
  if (!index.collection(name) && !isSystemCollection(name))
    return issue(target, `Collection ${name} doesn't exist.`);
  if (!index.isTable(name)) return issue(target, `${name} is a folder: it has no table.`);
  if (!index.primaryKey(name)) return issue(target, `${name} has no primary key to point at.`);
  return null;
}

function checkNewName(
  index: ModelIndex,
  collection: string,
  name: string,
  target: NewRelationshipTarget,
): NewRelationshipIssue | null {
  const problem = nameProblem(name);
  if (problem) return issue(target, problem);
  if (fieldTaken(index, collection, name))
    return issue(target, `${collection} already has a field named ${name}.`);
  return null;
}

/** An alias name must also be free of orphan relation rows that still name it (directus#24789). */
function checkNewAlias(
  index: ModelIndex,
  collection: string,
  name: string,
  target: NewRelationshipTarget,
): NewRelationshipIssue | null {
  const taken = checkNewName(index, collection, name, target);
  if (taken) return taken;
  const user = aliasInUse(index, collection, name);
  return user
    ? issue(
        target,
        `The relation ${user} still names ${collection}.${name} as its alias though the field is gone: remove that orphan first.`,
      )
    : null;
}

/** An existing field made into a foreign key (drag-to-connect): it must fit the key it points at. */
function checkExistingForeignKey(
  index: ModelIndex,
  collection: string,
  field: string,
  related: string,
  target: NewRelationshipTarget,
): NewRelationshipIssue | null {
  const name = `${collection}.${field}`;
  const existing = index.field(collection, field);
  if (!existing) return issue(target, `${name} doesn't exist.`);
  if (index.primaryKey(collection)?.field === field)
    return issue(target, `${name} is the primary key of ${collection}: it cannot also be a foreign key.`);
  if (existing.type === 'alias')
    return issue(target, `${name} is an alias field: it has no column to hold a foreign key.`);
  const relation = index.relation(collection, field);
  // A foreign key without a relation row (SQLite keeps one after a delete) is taken over.
  if (relation?.meta)
    return issue(
      target,
      `${name} already has a relation (to ${relation.related_collection ?? 'any collection'}).`,
    );
  const key = index.primaryKey(related);
  const keyField = key?.declared ?? (key ? { type: key.type } : null);
  if (key && keyField && !keysCompatible(existing, keyField)) {
    return issue(
      target,
      `${name} is ${a(keyStorage(existing))} but ${related}.${key.field} is ${a(keyStorage(keyField))}: ` +
        'Directus on SQLite would accept this silently and PostgreSQL would fail with a 500, so Relata refuses it.',
    );
  }
  return null;
}

function checkJunction(index: ModelIndex, spec: NewRelationship): NewRelationshipIssue[] {
  const junction = spec.junction;
  if (!junction) return [issue('junction', `A ${KIND_LABEL[spec.kind]} needs a junction collection.`)];
  if (junction.reuse) {
    const related = spec.related[0] ?? '';
    const match = reusableJunctions(index, spec.collection, related).find(
      (j) => j.collection === junction.collection && j.parentKey === junction.parentKey,
    );
    if (!match)
      return [issue('junction', `${junction.collection} does not link ${spec.collection} and ${related}.`)];
    if (match.parentAlias)
      return [
        issue(
          'junction',
          `${spec.collection}.${match.parentAlias} already is this many-to-many through ${junction.collection}.`,
        ),
      ];
    return [];
  }
  const problems: NewRelationshipIssue[] = [];
  const problem = nameProblem(junction.collection);
  if (problem) problems.push(issue('junction', problem));
  else if (collectionTaken(index, junction.collection))
    problems.push(
      issue(
        'junction',
        `A collection named ${junction.collection} already exists: choose another name or reuse it.`,
      ),
    );
  for (const key of [junction.parentKey, junction.relatedKey]) {
    const keyProblem = nameProblem(key);
    if (keyProblem) problems.push(issue('junction', keyProblem));
  }
  if (junction.parentKey.toLowerCase() === junction.relatedKey.toLowerCase())
    problems.push(issue('junction', 'The junction needs two different key fields.'));
  return problems;
}

function checkRelated(index: ModelIndex, spec: NewRelationship): NewRelationshipIssue[] {
  if (spec.related.length === 0)
    return [
      issue(
        'related',
        spec.kind === 'm2a' ? 'Choose at least one allowed collection.' : 'Choose a collection.',
      ),
    ];
  if (spec.kind !== 'm2a' && spec.related.length > 1)
    return [issue('related', `A ${KIND_LABEL[spec.kind]} points at one collection.`)];
  // Translations create their languages collection when it is missing, as the Data Studio does.
  if (spec.kind === 'translations' && !index.collection(spec.related[0] ?? '')) return [];
  const problems = spec.related.flatMap((name) => {
    const problem = checkTable(index, name, 'related');
    return problem ? [problem] : [];
  });
  if (problems.length || spec.kind !== 'm2a') return problems;
  const item = { type: 'string' as const };
  return spec.related.flatMap((name) => {
    const key = index.primaryKey(name);
    const keyField = key?.declared ?? (key ? { type: key.type } : null);
    return keyField && !canHoldKey(item, keyField)
      ? [
          issue(
            'related',
            `${name}'s ${keyStorage(keyField)} key cannot be stored in the junction's item field.`,
          ),
        ]
      : [];
  });
}

function checkSortField(index: ModelIndex, spec: NewRelationship): NewRelationshipIssue[] {
  if (spec.sortField === null) return [];
  const on =
    spec.kind === 'o2m'
      ? (spec.related[0] ?? '')
      : isJunctionKind(spec.kind)
        ? (spec.junction?.collection ?? '')
        : null;
  if (on === null)
    return [
      issue(
        'sortField',
        'Only relationships with a list (O2M, M2M, M2A, files, translations) have a sort field.',
      ),
    ];
  const problem = nameProblem(spec.sortField);
  if (problem) return [issue('sortField', problem)];
  const existing = index.field(on, spec.sortField);
  if (existing && existing.type !== 'integer' && existing.type !== 'bigInteger')
    return [
      issue('sortField', `${on}.${spec.sortField} is ${a(existing.type)}; a sort field must be an integer.`),
    ];
  return [];
}

export function validateNewRelationship(index: ModelIndex, spec: NewRelationship): NewRelationshipIssue[] {
  const owner = checkTable(index, spec.collection, 'collection');
  if (owner) return [owner];
  const related = checkRelated(index, spec);
  const first = spec.related[0] ?? '';
  const problems: NewRelationshipIssue[] = [...related];

  if (spec.kind === 'm2o' || spec.kind === 'file') {
    const fk = spec.useExistingField
      ? related.length
        ? null
        : checkExistingForeignKey(index, spec.collection, spec.field, first, 'field')
      : checkNewName(index, spec.collection, spec.field, 'field');
    if (fk) problems.push(fk);
    if (spec.reverseField !== null) {
      const alias = checkNewAlias(index, first, spec.reverseField, 'reverseField');
      if (alias) problems.push(alias);
      else if (first === spec.collection && spec.reverseField.toLowerCase() === spec.field.toLowerCase())
        problems.push(
          issue(
            'reverseField',
            `The alias and the foreign key would both be ${spec.collection}.${spec.field}.`,
          ),
        );
    }
  } else {
    const alias = checkNewAlias(index, spec.collection, spec.field, 'field');
    if (alias) problems.push(alias);
  }

  if (spec.kind === 'o2m') {
    if (spec.reverseField === null)
      problems.push(issue('reverseField', 'Name the foreign key on the related collection.'));
    else if (!related.length) {
      const fk = spec.useExistingField
        ? checkExistingForeignKey(index, first, spec.reverseField, spec.collection, 'reverseField')
        : checkNewName(index, first, spec.reverseField, 'reverseField');
      if (fk) problems.push(fk);
      else if (first === spec.collection && spec.reverseField.toLowerCase() === spec.field.toLowerCase())
        problems.push(
          issue(
            'reverseField',
            `The alias and the foreign key would both be ${spec.collection}.${spec.field}.`,
          ),
        );
    }
  }

  if (isJunctionKind(spec.kind)) {
    problems.push(...checkJunction(index, spec));
    if (spec.kind !== 'm2a' && spec.reverseField !== null && !related.length) {
      const alias = checkNewAlias(index, first, spec.reverseField, 'reverseField');
      if (alias) problems.push(alias);
      else if (first === spec.collection && spec.reverseField.toLowerCase() === spec.field.toLowerCase())
        problems.push(issue('reverseField', 'The two alias fields need different names.'));
    }
    if (spec.kind === 'm2a' && spec.reverseField !== null)
      problems.push(issue('reverseField', 'A many-to-any has no reverse field.'));
  }
  problems.push(...checkSortField(index, spec));
  return problems;
}

/** An existing one_field that names the alias a new relationship wants: Directus would refuse. */
export function aliasInUse(index: ModelIndex, collection: string, alias: string): string | null {
  const user = index.relationsIn(collection).find((r) => oneField(r) === alias);
  return user ? `${user.collection}.${user.field}` : null;
}
