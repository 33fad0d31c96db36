// The sentences a delete confirmation shows, true to what Directus really does
// (recorded/directus-12.4.0-sqlite/73-74 and directus-12.4.0-postgres/06-08).
import type { DirectusRelation } from '../directus-types';

export interface DescribeDeleteOptions {
  /** Also DELETE /fields/:collection/:field, dropping the column. */
  deleteField: boolean;
  /** Unknown (undefined) gives the sentence for both kinds of database. */
  isSqlite?: boolean;
}

function whatGoes(
  relation: DirectusRelation,
  name: string,
  target: string,
  dropsConstraint: boolean,
): string[] {
  const parts = [
    ...(relation.meta ? ['its settings (the row in directus_relations)'] : []),
    ...(relation.schema && dropsConstraint ? ['its foreign key constraint'] : []),
  ];
  return parts.length === 0
    ? []
    : [`Directus removes the relation ${name} → ${target}: ${parts.join(' and ')}.`];
}

// SQLite constraints have no name and Directus only drops named ones, so DELETE /relations
// leaves the constraint, and GET /relations shows it again with `meta: null`.
function sqliteSentence(name: string, target: string, hasMeta: boolean): string {
  return hasMeta
    ? `On SQLite the foreign key constraint itself remains (Directus cannot drop it), so ${name} reappears as an untracked foreign key to ${target}, without settings (meta null).`
    : `On SQLite Directus cannot drop this foreign key constraint, so ${name} stays exactly as it is; only deleting the field removes it.`;
}

export function describeDelete(
  relation: DirectusRelation,
  { deleteField, isSqlite }: DescribeDeleteOptions,
): string[] {
  const name = `${relation.collection}.${relation.field}`;
  const target = relation.related_collection ?? 'any collection';
  const sentences: string[] = [];
  if (deleteField) {
    sentences.push(...whatGoes(relation, name, target, true));
    sentences.push(`The column ${name} and all its data are dropped. This cannot be undone.`);
  } else {
    sentences.push(...whatGoes(relation, name, target, isSqlite !== true));
    sentences.push(`The column ${name} and its data stay.`);
    if (relation.schema && isSqlite !== false) {
      const sentence = sqliteSentence(name, target, relation.meta !== null);
      sentences.push(
        isSqlite === true ? sentence : `If the database is SQLite: ${sentence.replace(/^On SQLite /, '')}`,
      );
    }
  }
  const alias = relation.meta?.one_field;
  if (alias && relation.related_collection) {
    sentences.push(
      `The alias field ${relation.related_collection}.${alias} stays but shows nothing; delete it separately if it is no longer wanted.`,
    );
  }
  const junctionField = relation.meta?.junction_field;
  if (junctionField) {
    sentences.push(
      `The junction ${relation.collection} and its other relation ${relation.collection}.${junctionField} stay.`,
    );
  }
  return sentences;
}
