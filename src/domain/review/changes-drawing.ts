// The drawing of a comparison: the collections that changed and their neighbours, each box
// marked added, removed, changed or unchanged and listing what changed in it, with the
// relations between them, placed by the layered placement. Removed collections and
// relationships come from the base model, everything else from the head.
import { isSystemCollection } from '../collections';
import type { DirectusRelation } from '../directus-types';
import { KIND_LABEL } from '../model';
import type { Relationship } from '../model';
import type { ModelIndex } from '../model-index';
import { allowedCollections } from '../relation-meta';
import type { CollectionComparison, Comparison, FieldChange, RelationshipChange } from './compare';
import { changedCollections, changedNeighbourhood } from './neighbourhood';
import { placeLayered } from './placement';
import { HEADER_HEIGHT, LINE_HEIGHT, textWidth } from './svg';
import type { Mark, SvgDrawing, SvgEdge } from './svg';

const MAX_LINES = 8;
const MIN_WIDTH = 180;
const MAX_LINE_CHARS = 48;

const SIGN: Record<Exclude<Mark, 'context'>, string> = { added: '+', removed: '-', changed: '~' };

const clip = (text: string) =>
  text.length > MAX_LINE_CHARS ? `${text.slice(0, MAX_LINE_CHARS - 1)}…` : text;

function changedProperties(differences: readonly { path: string }[]): string {
  return [...new Set(differences.map((d) => d.path.slice(d.path.lastIndexOf('.') + 1)))].join(', ');
}

function fieldLine(change: FieldChange): string {
  if (change.kind !== 'changed') return `${SIGN[change.kind]} ${change.field}`;
  return `~ ${change.field}: ${changedProperties(change.differences)}`;
}

function relationshipLine(change: RelationshipChange): string {
  const relationship = change.after ?? change.before;
  if (!relationship) return `${SIGN[change.kind]} ${change.id}`;
  const name = relationship.source.field ?? change.id;
  if (change.kind === 'changed') return `~ ${name}: ${changedProperties(change.differences)}`;
  const to = relationship.targets.map((t) => t.collection).join(', ');
  return `${SIGN[change.kind]} ${KIND_LABEL[relationship.kind]} ${name} → ${to}`;
}

function linesOf(group: CollectionComparison | undefined): string[] {
  if (!group) return [];
  const lines = [...group.relationships.map(relationshipLine), ...group.fields.map(fieldLine)].map(clip);
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES - 1), `… ${lines.length - MAX_LINES + 1} more`];
}

function markOf(group: CollectionComparison | undefined): Mark {
  if (!group) return 'context';
  return group.change?.kind ?? 'changed';
}

function size(title: string, mark: Mark, lines: readonly string[]) {
  const badge = mark === 'context' ? 0 : textWidth(mark, 11) + 16;
  const width = Math.max(
    MIN_WIDTH,
    textWidth(title) + badge + 24,
    ...lines.map((l) => textWidth(l, 12) + 20),
  );
  return { width, height: HEADER_HEIGHT + (lines.length ? lines.length * LINE_HEIGHT + 8 : 0) };
}

function rowEdges(relationship: Relationship, relation: DirectusRelation, mark: Mark): SvgEdge[] {
  const targets =
    relation.related_collection != null ? [relation.related_collection] : allowedCollections(relation);
  const label = relationship.junction
    ? `${relation.field} (${KIND_LABEL[relationship.kind]})`
    : relation.field;
  return targets.map((to) => ({ from: relation.collection, to, label, mark }));
}

function edgesOf(
  comparison: Comparison,
  base: ModelIndex,
  head: ModelIndex,
  drawn: ReadonlySet<string>,
): SvgEdge[] {
  const changes = new Map(comparison.collections.flatMap((g) => g.relationships).map((c) => [c.id, c]));
  const current = head.relationships.flatMap((relationship) => {
    const mark: Mark = changes.get(relationship.id)?.kind ?? 'context';
    return relationship.relations.flatMap((row) =>
      rowEdges(relationship, row, mark === 'removed' ? 'context' : mark),
    );
  });
  const removed = base.relationships
    .filter((relationship) => changes.get(relationship.id)?.kind === 'removed')
    .flatMap((relationship) =>
      relationship.relations.flatMap((row) => rowEdges(relationship, row, 'removed')),
    );
  return [...current, ...removed].filter((e) => drawn.has(e.from) && drawn.has(e.to));
}

export function changesDrawing(
  comparison: Comparison,
  base: ModelIndex,
  head: ModelIndex,
  title: string,
): SvgDrawing {
  if (comparison.collections.length === 0)
    return { title, note: 'No changes to collections, fields or relationships.', boxes: [], edges: [] };
  const changed = changedCollections(comparison);
  // Nearly every collection points at directus_users (user_created, user_updated): drawn as
  // neighbours they would bury the change under their edges, so they are drawn only when changed.
  const drawn = new Set(
    [...changedNeighbourhood(comparison, head), ...changedNeighbourhood(comparison, base)].filter(
      (name) => changed.has(name) || !isSystemCollection(name),
    ),
  );
  const groups = new Map(comparison.collections.map((g) => [g.collection, g]));
  const names = [...drawn].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const boxes = names.map((id) => {
    const group = groups.get(id);
    const mark = markOf(group);
    const lines = linesOf(group);
    return { id, title: id, mark, lines, ...size(id, mark, lines) };
  });
  const edges = edgesOf(comparison, base, head, drawn);
  const placed = new Map(placeLayered(boxes, edges).map((p) => [p.id, p]));
  return {
    title,
    boxes: boxes.map((b) => ({ ...b, x: placed.get(b.id)?.x ?? 0, y: placed.get(b.id)?.y ?? 0 })),
    edges,
  };
}
