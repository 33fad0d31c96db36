import type { DirectusRelation } from './directus-types';
import type { FieldIndex } from './fields';
import { relationKey } from './model';
import type { InferenceWarning, InferenceWarningCode, Relationship } from './model';

/** A relation row with its position in the input, which orders the result. */
export interface RelationRow {
  relation: DirectusRelation;
  index: number;
}

/** A relationship and the input position of its earliest relation row. */
export interface Found {
  order: number;
  relationship: Relationship;
}

/** What the inference passes share: rows not yet claimed by a relationship, and warnings. */
export interface InferenceContext {
  rows: readonly RelationRow[];
  fields: FieldIndex;
  used: Set<number>;
  warnings: InferenceWarning[];
}

export function warn(
  context: Pick<InferenceContext, 'warnings'>,
  relation: DirectusRelation,
  code: InferenceWarningCode,
  message: string,
): void {
  context.warnings.push({ relation: relationKey(relation), code, message });
}

export function unusedRows(context: InferenceContext): RelationRow[] {
  return context.rows.filter((row) => !context.used.has(row.index));
}

/**
 * Keeps the first relation for each (collection, field). Directus's own table has that pair
 * as its key, so a second row can only come from a hand-edited or merged file.
 */
export function uniqueRows(
  relations: readonly DirectusRelation[],
  warnings: InferenceWarning[],
): RelationRow[] {
  const seen = new Set<string>();
  const rows: RelationRow[] = [];
  relations.forEach((relation, index) => {
    const key = relationKey(relation);
    if (seen.has(key)) {
      warn(
        { warnings },
        relation,
        'duplicate-relation',
        `${key} is listed more than once; the first entry is used`,
      );
      return;
    }
    seen.add(key);
    rows.push({ relation, index });
  });
  return rows;
}
