// Relata's own file for a pending set: the changes as asked for (Change objects, re-planned
// wherever the file is imported) and the model they were started on, so an importing instance
// can say how its model differs from that one before anything is applied. No token, no secrets.
import type { Change } from '../changes/change';
import type { DirectusSchema } from '../directus-types';
import { userPart } from './drift';

export const CHANGES_FORMAT = 'relata-changes';

export interface ChangesFile {
  format: typeof CHANGES_FORMAT;
  version: 1;
  exportedAt: string;
  /** Where the set was made (the URL only). */
  directusUrl: string;
  base: {
    /** POST /schema/diff's hash of the server's schema when exported, if it was asked. */
    hash: string | null;
    counts: { collections: number; fields: number; relations: number };
    /** The model the set was started on, without Directus's own collections and fields. */
    model: DirectusSchema;
  };
  changes: Change[];
}

export function changesFile(
  changes: readonly Change[],
  base: DirectusSchema,
  { directusUrl, hash = null, at = new Date() }: { directusUrl: string; hash?: string | null; at?: Date },
): ChangesFile {
  const model = userPart(base);
  return {
    format: CHANGES_FORMAT,
    version: 1,
    exportedAt: at.toISOString(),
    directusUrl,
    base: {
      hash,
      counts: {
        collections: model.collections.length,
        fields: model.fields.length,
        relations: model.relations.length,
      },
      model,
    },
    changes: [...changes],
  };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isRelation = (value: unknown) =>
  isObject(value) && typeof value.collection === 'string' && typeof value.field === 'string';

/** Why a value is not a Change Relata can plan, or null. */
export function changeProblem(value: unknown, at: string): string | null {
  if (!isObject(value)) return `${at} is not an object`;
  switch (value.type) {
    case 'createRelationship': {
      const r = value.relationship;
      return isObject(r) &&
        typeof r.kind === 'string' &&
        typeof r.collection === 'string' &&
        typeof r.field === 'string' &&
        Array.isArray(r.related)
        ? null
        : `${at}: a new relationship needs kind, collection, field and related`;
    }
    case 'updateRelation':
      return isRelation(value.before) && isRelation(value.after) && Array.isArray(value.createFields)
        ? null
        : `${at}: a relation edit needs before, after and createFields`;
    case 'deleteRelation':
      return isRelation(value.relation) && typeof value.deleteField === 'boolean'
        ? null
        : `${at}: a relation deletion needs the relation and deleteField`;
    case 'deleteRelationship':
      return typeof value.relationshipId === 'string' && typeof value.whole === 'boolean'
        ? null
        : `${at}: a relationship deletion needs relationshipId and whole`;
    case 'batch':
      if (!Array.isArray(value.changes)) return `${at}: a batch needs changes`;
      return value.changes.map((c, i) => changeProblem(c, `${at}.${i + 1}`)).find(Boolean) ?? null;
    default:
      return `${at} has an unknown type ${JSON.stringify(value.type)}`;
  }
}

const isSchema = (value: unknown): value is DirectusSchema =>
  isObject(value) &&
  Array.isArray(value.collections) &&
  Array.isArray(value.fields) &&
  Array.isArray(value.relations);

/** Reads an exported set; throws an Error that says what is wrong with the file. */
export function parseChangesFile(text: string): ChangesFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('The file is not JSON.');
  }
  if (!isObject(value) || value.format !== CHANGES_FORMAT)
    throw new Error('The file is not a Relata changes file (format "relata-changes").');
  if (value.version !== 1)
    throw new Error(`Unknown version ${JSON.stringify(value.version)} of the changes file.`);
  if (!Array.isArray(value.changes)) throw new Error('The file has no list of changes.');
  const problem = value.changes.map((c, i) => changeProblem(c, `change ${i + 1}`)).find(Boolean);
  if (problem) throw new Error(`The file's ${problem}.`);
  const base = isObject(value.base) ? value.base : {};
  if (!isSchema(base.model)) throw new Error('The file does not hold the model its changes were started on.');
  return value as unknown as ChangesFile;
}
