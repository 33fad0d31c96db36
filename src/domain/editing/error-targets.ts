// Which form control a Directus error is about, so the form can show it there. Directus puts
// names in double quotes: a field called "alias_id" must not be mistaken for the word alias.
import type { IssueTarget } from './issues';

/** The relation the failed request was about, to tell the two collections apart. */
export interface RequestContext {
  collection?: string;
  related_collection?: string | null;
}

const PROPERTY_TARGETS: readonly [RegExp, IssueTarget][] = [
  [/\bon_delete\b/, 'on_delete'],
  [/\bon_update\b/, 'on_update'],
  [/\bone_allowed_collections\b/, 'one_allowed_collections'],
  [/\bone_collection_field\b/, 'one_collection_field'],
  [/\bone_deselect_action\b/, 'one_deselect_action'],
  [/\bone_field\b/, 'one_field'],
  [/\bsort_field\b/, 'sort_field'],
  [/\bjunction_field\b/, 'junction_field'],
  [/\brelated_collection\b/, 'related_collection'],
];

function collectionTarget(name: string, context: RequestContext | undefined): IssueTarget {
  // The same reason names a missing many side (recorded 23) and a missing target (recorded 21).
  if (context?.collection === name && context.related_collection !== name) return 'general';
  return 'related_collection';
}

export function issueTargetForDirectusReason(
  reason: string | null,
  message: string,
  context?: RequestContext,
): IssueTarget {
  const text = reason ?? message;
  // Joi starts with the property it rejects ("schema.on_delete" must be one of [...]), GraphQL
  // with its input path (Field "write_directus_relations_schema_input.on_update" of required...).
  const property = (/^(?:Invalid payload\. )?"(?:meta\.|schema\.)?(\w+)" /.exec(text) ??
    /^Field "write_directus_relations\w*_input\.(\w+)"/.exec(text))?.[1];
  const named = property ? PROPERTY_TARGETS.find(([pattern]) => pattern.test(property))?.[1] : undefined;
  if (named) return named;
  if (property === 'field') return 'field';

  const missingCollection = /Collection "([^"]*)" doesn't exist/.exec(text);
  if (missingCollection) return collectionTarget(missingCollection[1] ?? '', context);
  if (/Field "[^"]*" doesn't exist in collection/.test(text)) return 'field';
  if (/already has an associated relationship|is a primary key/.test(text)) return 'field';
  // PostgreSQL refusing the constraint: mismatched types, or values with no matching key.
  if (/foreign key constraint "[^"]*" cannot be implemented|violates foreign key constraint/.test(text))
    return 'field';

  const unquoted = text.replace(/"[^"]*"/g, '""');
  if (/\balias\b/i.test(unquoted)) return 'one_field';
  const mention = PROPERTY_TARGETS.find(([pattern]) => pattern.test(unquoted));
  // "doesn't have a relationship": the relation is gone (deleted elsewhere); no control fixes that.
  return mention?.[1] ?? 'general';
}
