// What changed on the server since a pending set was started: compareModels(start, now) as
// plain lines for the side panel ("field articles.subtitle added", "relationship
// comments.article changed: schema.on_delete CASCADE → SET NULL").
import { compareModels, isUnchanged, type Comparison } from '../review/compare';
import type { DirectusSchema } from '../directus-types';

const MAX = 40;

function show(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > MAX ? `${text.slice(0, MAX - 1)}…` : text;
}

const differences = (list: readonly { path: string; before: unknown; after: unknown }[]) =>
  list.length ? `: ${list.map((d) => `${d.path} ${show(d.before)} → ${show(d.after)}`).join('; ')}` : '';

export function comparisonLines(comparison: Comparison): string[] {
  return comparison.collections.flatMap((group) => [
    ...(group.change
      ? [`collection ${group.collection} ${group.change.kind}${differences(group.change.differences)}`]
      : []),
    ...group.fields.map((f) => `field ${f.collection}.${f.field} ${f.kind}${differences(f.differences)}`),
    ...group.relationships.map((r) => `relationship ${r.id} ${r.kind}${differences(r.differences)}`),
  ]);
}

/** Lines saying what changed between the two models; empty when nothing did. */
export function driftBetween(start: DirectusSchema, now: DirectusSchema): string[] {
  const comparison = compareModels(start, now);
  return isUnchanged(comparison) ? [] : comparisonLines(comparison);
}

/** The part of a model a pending set keeps as its start: without Directus's own items. */
export function userPart(schema: DirectusSchema): DirectusSchema {
  const user = (item: { meta?: { system?: boolean | null } | null }) => item.meta?.system !== true;
  return {
    collections: schema.collections.filter(user),
    fields: schema.fields.filter(user),
    relations: schema.relations.filter(user),
  };
}
