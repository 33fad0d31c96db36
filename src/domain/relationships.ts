import type { DirectusRelation, DirectusSchema } from './directus-types';
import { findField, indexFields } from './fields';
import { uniqueRows, unusedRows, warn } from './inference-context';
import type { Found, InferenceContext } from './inference-context';
import { inferJunctionPairs } from './junction-pairs';
import { inferManyToAny } from './many-to-any';
import { relationKey } from './model';
import type { InferenceWarning, InferredModel, Relationship } from './model';
import { oneField } from './relation-meta';

/**
 * Groups the relation rows of a schema into relationships as a Directus user sees them.
 * Passes run from the most specific shape to the least: many-to-any, junction pairs, then
 * every remaining relation on its own. Never throws: oddities become warnings.
 */
export function inferRelationships(schema: Partial<DirectusSchema>): InferredModel {
  const warnings: InferenceWarning[] = [];
  const context: InferenceContext = {
    rows: uniqueRows(schema.relations ?? [], warnings),
    fields: indexFields(schema.fields ?? []),
    used: new Set(),
    warnings,
  };
  const found = [...inferManyToAny(context), ...inferJunctionPairs(context), ...inferStandalone(context)];
  for (const row of context.rows) checkAlias(context, row.relation);
  return {
    relationships: found.sort((a, b) => a.order - b.order).map((f) => f.relationship),
    warnings,
  };
}

function inferStandalone(context: InferenceContext): Found[] {
  return unusedRows(context).map((row) => {
    context.used.add(row.index);
    if (row.relation.related_collection == null) {
      warn(
        context,
        row.relation,
        'missing-related-collection',
        `${relationKey(row.relation)} points at no collection`,
      );
    }
    return { order: row.index, relationship: standalone(row.relation) };
  });
}

function standalone(relation: DirectusRelation): Relationship {
  const alias = oneField(relation);
  const kind = alias ? 'o2m' : relation.related_collection === 'directus_files' ? 'file' : 'm2o';
  return {
    id: relationKey(relation),
    kind,
    relations: [relation],
    source: { collection: relation.collection, field: relation.field },
    targets:
      relation.related_collection == null ? [] : [{ collection: relation.related_collection, field: alias }],
    junction: null,
  };
}

/** Directus never creates the alias named by one_field, so it can be missing from fields[]. */
function checkAlias(context: InferenceContext, relation: DirectusRelation): void {
  const alias = oneField(relation);
  const related = relation.related_collection;
  if (!alias || related == null || findField(context.fields, related, alias)) return;
  warn(context, relation, 'missing-alias-field', `one_field ${related}.${alias} is not a field`);
}
