// Findings for what relationship inference already noticed (ModelIndex.warnings): relation
// rows that do not fit Directus's own rules.
import type { Change } from '../changes/change';
import type { DirectusRelation } from '../directus-types';
import { relationKey } from '../model';
import type { InferenceWarning } from '../model';
import type { ModelIndex } from '../model-index';
import { junctionField, oneField } from '../relation-meta';
import type { Finding } from './health-types';

/** A relation row as it is located: on its many side, by its key. */
export function at(relation: DirectusRelation): Finding['location'] {
  return { collection: relation.collection, field: relation.field, relation: relationKey(relation) };
}

/**
 * Clearing one_field is what Directus itself does when an O2M alias is deleted properly
 * (FieldsService.deleteField sets one_field to null and keeps the relation): the foreign key
 * and its data stay, and the alias can be created again. Re-creating the alias instead would
 * need its interface and special, which the row does not tell.
 */
function clearOneField(relation: DirectusRelation): Change | null {
  if (!relation.meta) return null;
  return {
    type: 'updateRelation',
    before: relation,
    after: { ...relation, meta: { ...relation.meta, one_field: null } },
    createFields: [],
  };
}

function finding(warning: InferenceWarning, relation: DirectusRelation, rows: number): Finding | null {
  const key = warning.relation;
  switch (warning.code) {
    case 'missing-alias-field': {
      const alias = oneField(relation) ?? '';
      const related = relation.related_collection ?? '';
      return {
        code: 'missing-alias-field',
        severity: 'warning',
        message:
          `${key} names ${related}.${alias} as its alias (one_field), but there is no such field. ` +
          'The Data Studio shows no relational field there, and creating that alias again is refused ' +
          'while the name is taken; deleting an O2M alias in the Data Studio leaves exactly this behind (directus#24789).',
        location: { collection: related, field: alias, relation: key },
        fix: clearOneField(relation),
        fixLabel: `Clear one_field of ${key} (the foreign key and its data stay)`,
      };
    }
    case 'dangling-junction-field':
      return {
        code: 'dangling-junction-field',
        severity: 'warning',
        message:
          `${key} names ${relation.collection}.${junctionField(relation) ?? ''} as the junction's other key ` +
          '(junction_field), but no relation there points back, so Directus cannot pair it into a many-to-many. ' +
          'The other half of the junction is missing or names another field.',
        location: at(relation),
        fix: null,
      };
    case 'duplicate-relation':
      return {
        code: 'duplicate-relation',
        severity: 'error',
        message:
          `${key} is listed ${rows} times. Directus keys relations by collection and field, so a server ` +
          'never lists one twice and only the first entry is used: remove the others from the file.',
        location: at(relation),
        fix: null,
      };
    case 'm2a-without-partner':
      return {
        code: 'm2a-without-partner',
        severity: 'warning',
        message: `${key} is the item side of a many-to-any, but the junction has no relation to its parent collection.`,
        location: at(relation),
        fix: null,
      };
    case 'm2a-half-configured':
      return {
        code: 'm2a-half-configured',
        severity: 'warning',
        message: `${key} has only one of one_collection_field and one_allowed_collections; Directus needs both for a many-to-any.`,
        location: at(relation),
        fix: null,
      };
    case 'missing-related-collection':
      return {
        code: 'no-related-collection',
        severity: 'error',
        message: `${key} points at no collection: related_collection is empty and it is not a many-to-any.`,
        location: at(relation),
        fix: null,
      };
  }
}

export function inferenceFindings(index: ModelIndex): Finding[] {
  const rows = new Map<string, DirectusRelation[]>();
  for (const relation of index.schema.relations) {
    const list = rows.get(relationKey(relation));
    if (list) list.push(relation);
    else rows.set(relationKey(relation), [relation]);
  }
  const reported = new Set<string>();
  return index.warnings.flatMap((warning) => {
    const same = rows.get(warning.relation) ?? [];
    const relation = same[0];
    // One finding per duplicated key, however many extra rows it has.
    const once = `${warning.code} ${warning.relation}`;
    if (!relation || reported.has(once)) return [];
    reported.add(once);
    return [finding(warning, relation, same.length)].filter((f): f is Finding => f !== null);
  });
}
