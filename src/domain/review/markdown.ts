// A comparison as a Markdown summary for a pull request: a heading, the counts, then per
// collection one line per change, in Directus's words.
import { isFolder } from '../collections';
import { fieldSpecials } from '../fields';
import { KIND_LABEL } from '../model';
import type { Relationship } from '../model';
import type {
  CollectionChange,
  CollectionComparison,
  Comparison,
  FieldChange,
  RelationshipChange,
} from './compare';
import type { PropertyDifference, RelationshipDifference } from './compare';
import { CHANGE_KINDS } from './compare-types';
import { code, escapeMarkdown, formatValue } from './markdown-text';

export interface ComparisonNames {
  baseName: string;
  headName: string;
}

/** Properties whose values are names of collections or fields, shown as code. */
const NAME_PROPERTIES = new Set([
  'related_collection',
  'one_field',
  'sort_field',
  'junction_field',
  'one_collection_field',
  'one_allowed_collections',
  'group',
  'archive_field',
]);

const isNameList = (value: unknown) => Array.isArray(value) && value.every((v) => typeof v === 'string');

const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1);

type Subject = 'relation' | 'field' | 'collection';

/** What it means when a whole meta or schema object appears or goes. */
const WHOLE: Record<Subject, Record<'meta' | 'schema', [added: string, removed: string]>> = {
  relation: {
    meta: ['now tracked by Directus (meta added)', 'no longer tracked by Directus (meta: null)'],
    schema: ['foreign key constraint added', 'foreign key constraint removed'],
  },
  field: {
    meta: ['now tracked by Directus (meta added)', 'no longer tracked by Directus (meta: null)'],
    schema: ['now a database column', 'no longer a database column'],
  },
  collection: {
    meta: ['now tracked by Directus (meta added)', 'no longer tracked by Directus (meta: null)'],
    schema: ['', ''],
  },
};

function difference(subject: Subject, { path, before, after }: PropertyDifference): string {
  if ((path === 'meta' || path === 'schema') && (before === null) !== (after === null)) {
    const [added, removed] = WHOLE[subject][path];
    if (added) return before === null ? added : removed;
  }
  if (path === 'kind')
    return `kind ${KIND_LABEL[before as Relationship['kind']]} → ${KIND_LABEL[after as Relationship['kind']]}`;
  // A collection's schema difference is "folder → table" or the reverse.
  if (subject === 'collection' && path === 'schema') return `${String(before)} → ${String(after)}`;
  const name = lastSegment(path);
  // Options, validation, translations...: too long to show, and the file has them.
  if ([before, after].some((v) => typeof v === 'object' && v !== null && !isNameList(v)))
    return `${escapeMarkdown(name)} changed`;
  const asName = NAME_PROPERTIES.has(name);
  return `${escapeMarkdown(name)} ${formatValue(before, asName)} → ${formatValue(after, asName)}`;
}

function relationshipDifference(change: RelationshipChange, d: RelationshipDifference): string {
  if (d.path === 'relation')
    return `relation ${code(d.relation ?? '')} ${d.before === null ? 'added' : 'removed'}`;
  const text = difference('relation', d);
  return d.relation && d.relation !== change.id ? `${code(d.relation)} ${text}` : text;
}

/** "M2M `articles.tags` → `tags` (via `articles_tags`)", like the diagram's edge names. */
export function relationshipPhrase(relationship: Relationship): string {
  const { kind, source, targets, junction } = relationship;
  const from = code(source.field ? `${source.collection}.${source.field}` : source.collection);
  const to = targets.length
    ? targets
        .map((t) => code(kind === 'o2m' && t.field ? `${t.collection}.${t.field}` : t.collection))
        .join(', ')
    : 'no collection';
  const via = junction ? ` (via ${code(junction.collection)})` : '';
  return `${KIND_LABEL[kind]} ${from} → ${to}${via}`;
}

function relationshipLine(change: RelationshipChange): string {
  const relationship = change.after ?? change.before;
  if (change.kind !== 'changed' || !relationship)
    return `- ${change.kind} ${relationship ? relationshipPhrase(relationship) : code(change.id)}`;
  const differences = change.differences.map((d) => relationshipDifference(change, d));
  return `- changed ${code(change.id)}: ${differences.join('; ')}`;
}

function fieldType(change: FieldChange): string {
  const field = change.after ?? change.before;
  if (!field) return '';
  const specials = fieldSpecials(field).filter((s) => s !== field.type);
  return ` (${escapeMarkdown([field.type, ...specials].join(', '))})`;
}

function fieldLine(change: FieldChange): string {
  const name = code(`${change.collection}.${change.field}`);
  if (change.kind !== 'changed') return `- ${change.kind} field ${name}${fieldType(change)}`;
  return `- changed field ${name}: ${change.differences.map((d) => difference('field', d)).join('; ')}`;
}

function collectionLine(change: CollectionChange, fields: readonly FieldChange[]): string {
  const collection = change.after ?? change.before;
  const what = collection && isFolder(collection) ? 'folder' : 'collection';
  if (change.kind === 'changed')
    return `- changed ${what} ${code(change.collection)}: ${change.differences.map((d) => difference('collection', d)).join('; ')}`;
  const names = fields.filter((f) => f.kind === change.kind).map((f) => code(f.field));
  const withFields = names.length
    ? ` with ${names.length === 1 ? 'field' : 'fields'} ${names.join(', ')}`
    : '';
  return `- ${change.kind} ${what} ${code(change.collection)}${withFields}`;
}

/** `collection.field` of the alias fields of a relationship. */
function aliasKeys(relationship: Relationship): string[] {
  const ends = [relationship.source, ...relationship.targets];
  const aliases = relationship.junction ? ends : relationship.targets;
  return aliases.flatMap((end) => (end.field ? [`${end.collection}.${end.field}`] : []));
}

/**
 * Fields said by another line: an added or removed collection names its own fields, and an
 * added or removed relationship stands for its alias fields.
 */
function saidElsewhere(comparison: Comparison): (group: CollectionComparison, field: FieldChange) => boolean {
  const aliases = new Map<string, string>();
  for (const group of comparison.collections)
    for (const change of group.relationships) {
      const relationship = change.kind === 'changed' ? null : (change.after ?? change.before);
      if (relationship) for (const key of aliasKeys(relationship)) aliases.set(key, change.kind);
    }
  return (group, field) =>
    (group.change !== null && group.change.kind !== 'changed' && field.kind === group.change.kind) ||
    ((field.after ?? field.before)?.type === 'alias' &&
      aliases.get(`${field.collection}.${field.field}`) === field.kind);
}

function groupLines(group: CollectionComparison, folded: ReturnType<typeof saidElsewhere>): string[] {
  const { change } = group;
  return [
    ...(change ? [collectionLine(change, group.fields)] : []),
    ...group.relationships.map(relationshipLine),
    ...group.fields.filter((f) => !folded(group, f)).map(fieldLine),
  ];
}

function countsTable(comparison: Comparison): string[] {
  const row = (label: string, tally: Comparison['counts']['fields']) =>
    `| ${label} | ${CHANGE_KINDS.map((kind) => tally[kind]).join(' | ')} |`;
  return [
    `| | ${CHANGE_KINDS.join(' | ')} |`,
    '| --- | ---: | ---: | ---: |',
    row('collections', comparison.counts.collections),
    row('fields', comparison.counts.fields),
    row('relationships', comparison.counts.relationships),
  ];
}

export function comparisonMarkdown(comparison: Comparison, names: ComparisonNames): string {
  const heading = `## Data model changes: ${code(names.baseName)} → ${code(names.headName)}`;
  if (comparison.collections.length === 0)
    return `${heading}\n\nNo changes to collections, fields or relationships.\n`;
  const folded = saidElsewhere(comparison);
  const sections = comparison.collections
    .map((group) => ({ group, lines: groupLines(group, folded) }))
    .filter(({ lines }) => lines.length > 0)
    .map(({ group, lines }) => [`### ${code(group.collection)}`, '', ...lines].join('\n'));
  return [heading, '', ...countsTable(comparison), '', sections.join('\n\n'), ''].join('\n');
}
