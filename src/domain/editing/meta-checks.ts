// Checks of the meta props Directus stores without looking at them: the alias named by
// one_field, sort_field, junction_field, and the many-to-any collection list and field.
import type { ModelIndex } from '../model-index';
import { fieldTaken, nameProblem } from '../changes/naming';
import type { RelationDraft } from './draft';
import type { Issue } from './issues';
import { error, warning } from './issues';
import { isIntegerField, withArticle } from './schema-lookup';

export function checkOneField(draft: RelationDraft, index: ModelIndex, creating: boolean): Issue[] {
  const alias = draft.meta.one_field;
  if (alias == null) return [];
  if (alias.trim() === '')
    return [error('one_field', 'The alias field name is empty: choose one or clear it.')];
  const related = draft.related_collection;
  if (related == null) {
    return [
      warning(
        'one_field',
        'A many-to-any item relation has no single related collection to hold an alias field: Directus ignores one_field here.',
      ),
    ];
  }
  if (creating) {
    const problem = nameProblem(alias);
    if (problem) return [error('one_field', problem)];
    if (fieldTaken(index, related, alias))
      return [error('one_field', `${related} already has a field named ${alias}.`)];
  } else {
    const field = index.field(related, alias);
    // Directus accepts a one_field naming nothing (recorded/directus-12.4.0-sqlite/29).
    if (!field)
      return [error('one_field', `${related}.${alias} doesn't exist: create the alias field first.`)];
    if (field.type !== 'alias') {
      return [
        error(
          'one_field',
          `${related}.${alias} is ${withArticle(field.type)} field, not an alias field: it holds data, not the reverse of a relation.`,
        ),
      ];
    }
  }
  const other = index.schema.relations.find(
    (r) =>
      r.related_collection === related &&
      r.meta?.one_field === alias &&
      !(r.collection === draft.collection && r.field === draft.field),
  );
  return other
    ? [
        error(
          'one_field',
          `${related}.${alias} already shows the relation ${other.collection}.${other.field}.`,
        ),
      ]
    : [];
}

export function checkSortField(draft: RelationDraft, index: ModelIndex, creating: boolean): Issue[] {
  const sort = draft.meta.sort_field;
  if (sort == null) return [];
  if (sort.trim() === '')
    return [error('sort_field', 'The sort field name is empty: choose one or clear it.')];
  if (creating) {
    const problem = nameProblem(sort);
    if (problem) return [error('sort_field', problem)];
    return fieldTaken(index, draft.collection, sort)
      ? [error('sort_field', `${draft.collection} already has a field named ${sort}.`)]
      : [];
  }
  const field = index.field(draft.collection, sort);
  if (!field)
    return [
      error(
        'sort_field',
        `${draft.collection}.${sort} doesn't exist: Directus would accept it and sorting would break.`,
      ),
    ];
  if (!isIntegerField(field))
    return [
      error(
        'sort_field',
        `${draft.collection}.${sort} is ${withArticle(field.type)}; a sort field must be an integer.`,
      ),
    ];
  if (sort === draft.field)
    return [error('sort_field', `${sort} is the foreign key itself and cannot also be the sort field.`)];
  return [];
}

export function checkJunctionField(draft: RelationDraft, index: ModelIndex): Issue[] {
  const junction = draft.meta.junction_field;
  if (junction == null) return [];
  if (!index.field(draft.collection, junction)) {
    return [
      error(
        'junction_field',
        `${draft.collection}.${junction} doesn't exist: Directus would accept it and the junction would break.`,
      ),
    ];
  }
  if (junction === draft.field)
    return [
      error(
        'junction_field',
        `The junction field must be the junction's other key, not ${draft.field} itself.`,
      ),
    ];
  return [];
}

export function checkManyToAny(draft: RelationDraft, index: ModelIndex): Issue[] {
  const issues: Issue[] = [];
  const allowed = draft.meta.one_allowed_collections ?? [];
  if (allowed.length === 0) {
    issues.push(
      error('one_allowed_collections', 'A many-to-any relation needs at least one allowed collection.'),
    );
  }
  const missing = allowed.filter((c) => !index.collection(c));
  if (missing.length > 0) {
    issues.push(error('one_allowed_collections', `These collections don't exist: ${missing.join(', ')}.`));
  }
  const typeField = draft.meta.one_collection_field;
  if (typeField == null || typeField === '') {
    issues.push(
      error(
        'one_collection_field',
        `A many-to-any relation needs the field of ${draft.collection} that stores each item's collection.`,
      ),
    );
  } else if (!index.field(draft.collection, typeField)) {
    issues.push(error('one_collection_field', `${draft.collection}.${typeField} doesn't exist.`));
  } else if (typeField === draft.field) {
    issues.push(
      error(
        'one_collection_field',
        `${typeField} holds the item keys and cannot also hold their collection names.`,
      ),
    );
  }
  return issues;
}
