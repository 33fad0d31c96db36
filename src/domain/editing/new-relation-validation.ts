// Checks for a new many-to-one, on an existing field or on one Relata will create. Directus
// checks some of this itself (recorded/directus-12.4.0-sqlite/20-23) but never compares types.
import type { DirectusSchema, ForeignKeyAction } from '../directus-types';
import type { Issue } from './issues';
import { error } from './issues';
import {
  fieldNameProblem,
  fieldNameTaken,
  findCollection,
  findField,
  primaryKeyField,
  withArticle,
} from './schema-lookup';

export interface NewManyToOne {
  collection: string;
  field: string;
  related: string;
}

export interface NewForeignKey extends NewManyToOne {
  /** The reverse O2M alias to create on `related`, if any. */
  alias: string | null;
}

/** Issues with the related side; the first problem only, since each check needs the last. */
function checkRelated(schema: DirectusSchema, related: string): Issue[] {
  const collection = findCollection(schema, related);
  if (!collection) return [error('related_collection', `Collection ${related} doesn't exist.`)];
  if (collection.schema === null)
    return [error('related_collection', `${related} is a folder: it has no table to point at.`)];
  if (!primaryKeyField(schema, related))
    return [error('related_collection', `${related} has no primary key to point at.`)];
  return [];
}

function checkManySide(schema: DirectusSchema, { collection, field }: NewManyToOne): Issue | null {
  const name = `${collection}.${field}`;
  const owner = findCollection(schema, collection);
  if (!owner) return error('general', `Collection ${collection} doesn't exist.`);
  if (owner.schema === null)
    return error('general', `${collection} is a folder: it has no table to hold a foreign key.`);
  const target = findField(schema, collection, field);
  if (!target) return error('field', `${name} doesn't exist.`);
  if (primaryKeyField(schema, collection)?.field === field)
    return error('field', `${name} is the primary key of ${collection}: it cannot also be a foreign key.`);
  if (target.type === 'alias')
    return error('field', `${name} is an alias field: it has no column to hold a foreign key.`);
  const existing = schema.relations.find((r) => r.collection === collection && r.field === field);
  if (existing && existing.meta == null) {
    return error(
      'field',
      `${name} already has a foreign key that Directus has no relation row for (SQLite keeps it after a delete): Directus refuses a new relation here; edit that one instead, which adds the row.`,
    );
  }
  if (existing)
    return error(
      'field',
      `${name} already has a relation (to ${existing.related_collection ?? 'any collection'}).`,
    );
  return null;
}

export function validateNewManyToOne(schema: DirectusSchema, input: NewManyToOne): Issue[] {
  const manySide = checkManySide(schema, input);
  const relatedSide = checkRelated(schema, input.related);
  const issues = [...(manySide ? [manySide] : []), ...relatedSide];
  if (issues.length > 0) return issues;
  const field = findField(schema, input.collection, input.field);
  const key = primaryKeyField(schema, input.related);
  if (field && key && field.type !== key.type) {
    return [
      error(
        'field',
        `${input.collection}.${input.field} is ${withArticle(field.type)} but ${input.related}.${key.field} is ${withArticle(key.type)}: ` +
          'Directus on SQLite would accept this silently and PostgreSQL would fail with a 500, so Relata refuses it.',
      ),
    ];
  }
  return [];
}

export function validateNewForeignKey(schema: DirectusSchema, input: NewForeignKey): Issue[] {
  const { collection, field, related, alias } = input;
  const issues: Issue[] = [];
  const owner = findCollection(schema, collection);
  if (!owner) issues.push(error('general', `Collection ${collection} doesn't exist.`));
  else if (owner.schema === null)
    issues.push(error('general', `${collection} is a folder: it cannot hold fields with data.`));
  const fieldProblem = fieldNameProblem(field);
  if (fieldProblem) issues.push(error('field', fieldProblem));
  else if (fieldNameTaken(schema, collection, field))
    issues.push(error('field', `${collection} already has a field named ${field}.`));
  if (alias !== null) {
    const aliasProblem = fieldNameProblem(alias);
    if (aliasProblem) issues.push(error('one_field', aliasProblem));
    else if (fieldNameTaken(schema, related, alias))
      issues.push(error('one_field', `${related} already has a field named ${alias}.`));
    else if (related === collection && alias.toLowerCase() === field.toLowerCase()) {
      issues.push(error('one_field', `The alias and the foreign key would both be ${collection}.${field}.`));
    }
  }
  return [...issues, ...checkRelated(schema, related)];
}

/**
 * The Data Studio's default: SET NULL, except NO ACTION for a self-reference (SQL Server
 * refuses SET NULL/CASCADE there as "cycles or multiple cascade paths") and for a NOT NULL
 * field (SET NULL would fail on the first delete).
 */
export function defaultOnDelete(
  schema: DirectusSchema,
  { collection, field, related }: NewManyToOne,
): ForeignKeyAction {
  if (collection === related) return 'NO ACTION';
  if (findField(schema, collection, field)?.schema?.is_nullable === false) return 'NO ACTION';
  return 'SET NULL';
}
