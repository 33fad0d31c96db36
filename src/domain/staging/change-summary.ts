// One line per pending change, with the kind of relationship it is about, and the Markdown
// summary built from those lines: what a reviewer reads before the set is applied elsewhere.
import type { Change } from '../changes/change';
import { describeChange, describeStep } from '../changes/describe';
import type { DirectusSchema } from '../directus-types';
import { relationDifferences } from '../editing/conflicts';
import { KIND_LABEL, type RelationshipKind } from '../model';
import type { ModelIndex } from '../model-index';
import { code, escapeMarkdown } from '../review/markdown-text';
import { planPending } from './pending-plan';

/** The kind of relationship a change makes, edits or removes, on the model before it. */
export function kindOf(index: ModelIndex, change: Change): RelationshipKind | null {
  switch (change.type) {
    case 'createRelationship':
      return change.relationship.kind;
    case 'updateRelation':
      return index.relationshipOf(change.before.collection, change.before.field)?.kind ?? null;
    case 'deleteRelation':
      return index.relationshipOf(change.relation.collection, change.relation.field)?.kind ?? null;
    case 'deleteRelationship':
      return index.relationship(change.relationshipId)?.kind ?? null;
    case 'batch': {
      const kinds = [...new Set(change.changes.map((c) => kindOf(index, c)))];
      return kinds.length === 1 ? (kinds[0] ?? null) : null;
    }
  }
}

const show = (value: unknown) =>
  value === null || value === undefined ? 'none' : typeof value === 'string' ? value : JSON.stringify(value);

/** What an edit of a relation changes, property by property ("schema.on_delete: CASCADE → SET NULL"). */
export function changeDetails(change: Change): string[] {
  if (change.type !== 'updateRelation') return [];
  return [
    ...relationDifferences(change.before, change.after).map(
      (d) => `${d.path}: ${show(d.before)} → ${show(d.after)}`,
    ),
    ...change.createFields.map((f) => `with new field ${f.collection}.${f.field}`),
  ];
}

/** "M2M · New M2M: articles.labels → labels", or the description alone when the kind is unknown. */
export function changeLine(index: ModelIndex, change: Change): string {
  const kind = kindOf(index, change);
  const details = changeDetails(change);
  return `${kind ? `${KIND_LABEL[kind]} · ` : ''}${describeChange(change)}${details.length ? ` (${details.join('; ')})` : ''}`;
}

export interface MarkdownOptions {
  directusUrl: string;
  /** When the server's model was read, for the heading. */
  at: Date;
}

export function changesMarkdown(
  server: DirectusSchema,
  changes: readonly Change[],
  { directusUrl, at }: MarkdownOptions,
): string {
  const items = planPending(server, changes).changes.map((planned, i) => {
    const kind = kindOf(planned.index, planned.change);
    const details = changeDetails(planned.change);
    const head = `${i + 1}. ${kind ? `**${KIND_LABEL[kind]}** ` : ''}${escapeMarkdown(describeChange(planned.change))}${
      details.length ? ` (${escapeMarkdown(details.join('; '))})` : ''
    }`;
    const lines = planned.problem
      ? [`   - **does not apply:** ${escapeMarkdown(planned.problem)}`]
      : planned.steps.map((step) => {
          const { action, text, destructive } = describeStep(step);
          return `   - ${action}: ${escapeMarkdown(text)}${destructive ? ' **(data loss)**' : ''}`;
        });
    return [head, ...lines].join('\n');
  });
  const count = `${changes.length} change${changes.length === 1 ? '' : 's'}`;
  return [
    '# Pending data model changes',
    '',
    `Directus ${code(directusUrl)} · ${count} · planned on the model read at ${at.toISOString()}`,
    '',
    ...(items.length ? [items.join('\n')] : ['No pending changes.']),
    '',
  ].join('\n');
}
