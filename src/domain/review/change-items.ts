// A comparison as the panel lists it: per collection, one item per change, each with what it
// was before and what it is after, in plain text. What an added or removed collection or
// relationship already says (its fields, its junction, its alias fields) is not listed again.
import { isFolder } from '../collections';
import { fieldSpecials } from '../fields';
import { KIND_LABEL } from '../model';
import type { Relationship } from '../model';
import type {
  ChangeKind,
  CollectionChange,
  CollectionComparison,
  Comparison,
  FieldChange,
  PropertyDifference,
  RelationshipChange,
  RelationshipDifference,
} from './compare';
import { isToldBy, toldByRelationships, type ToldByRelationships } from './told-by';

export interface ChangeDifference {
  property: string;
  before: string;
  after: string;
}

export interface ChangeItem {
  /** Unique in the list. */
  key: string;
  kind: ChangeKind;
  subject: 'collection' | 'folder' | 'field' | 'relationship';
  collection: string;
  field: string | null;
  relationshipId: string | null;
  /** What changed, in Directus's words: "M2O os_projects.organization → organizations". */
  title: string;
  /** The item in each state; null where that state does not have it. */
  before: string | null;
  after: string | null;
  /** For a change: each property that differs. */
  differences: ChangeDifference[];
}

export interface ChangeGroup {
  collection: string;
  items: ChangeItem[];
}

const MAX_VALUE = 60;

/** A property value as text: null as "null", lists joined, objects as short JSON. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return `[${value.join(', ')}]`;
  if (typeof value === 'string') return value === '' ? '""' : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE - 1)}…` : json;
}

export function relationshipTitle(relationship: Relationship): string {
  const { kind, source, targets, junction } = relationship;
  const from = source.field ? `${source.collection}.${source.field}` : source.collection;
  const to = targets.length
    ? targets.map((t) => (kind === 'o2m' && t.field ? `${t.collection}.${t.field}` : t.collection)).join(', ')
    : 'no collection';
  return `${KIND_LABEL[kind]} ${from} → ${to}${junction ? ` (via ${junction.collection})` : ''}`;
}

const lastSegment = (path: string) => path.slice(path.lastIndexOf('.') + 1);

function relationshipDifference(change: RelationshipChange, d: RelationshipDifference): ChangeDifference {
  if (d.path === 'kind')
    return {
      property: 'kind',
      before: KIND_LABEL[d.before as Relationship['kind']],
      after: KIND_LABEL[d.after as Relationship['kind']],
    };
  if (d.path === 'relation')
    return { property: 'relation row', before: valueText(d.before), after: valueText(d.after) };
  const name = d.path === 'meta' || d.path === 'schema' ? d.path : lastSegment(d.path);
  const property = d.relation && d.relation !== change.id ? `${d.relation} ${name}` : name;
  return { property, before: valueText(d.before), after: valueText(d.after) };
}

function propertyDifference(d: PropertyDifference): ChangeDifference {
  return { property: d.path, before: valueText(d.before), after: valueText(d.after) };
}

function relationshipItem(change: RelationshipChange): ChangeItem {
  const relationship = change.after ?? change.before;
  const collection = relationship?.source.collection ?? change.id;
  return {
    key: `relationship:${change.id}`,
    kind: change.kind,
    subject: 'relationship',
    collection,
    field: relationship?.source.field ?? null,
    relationshipId: change.id,
    title: relationship ? relationshipTitle(relationship) : change.id,
    before: change.before ? relationshipTitle(change.before) : null,
    after: change.after ? relationshipTitle(change.after) : null,
    differences: change.differences.map((d) => relationshipDifference(change, d)),
  };
}

function fieldState(field: FieldChange['before']): string | null {
  if (!field) return null;
  const specials = fieldSpecials(field).filter((s) => s !== field.type);
  return specials.length ? `${field.type} (${specials.join(', ')})` : field.type;
}

function fieldItem(change: FieldChange): ChangeItem {
  return {
    key: `field:${change.collection}.${change.field}`,
    kind: change.kind,
    subject: 'field',
    collection: change.collection,
    field: change.field,
    relationshipId: null,
    title: `field ${change.collection}.${change.field}`,
    before: fieldState(change.before),
    after: fieldState(change.after),
    differences: change.differences.map(propertyDifference),
  };
}

function collectionState(
  collection: CollectionChange['before'],
  fields: readonly FieldChange[],
  kind: ChangeKind,
) {
  if (!collection) return null;
  if (isFolder(collection)) return 'folder';
  const names = fields.filter((f) => f.kind === kind).map((f) => f.field);
  return names.length ? `table with fields ${names.join(', ')}` : 'table';
}

function collectionItem(change: CollectionChange, fields: readonly FieldChange[]): ChangeItem {
  const folder = (change.after ?? change.before) !== null && isFolder((change.after ?? change.before)!);
  return {
    key: `collection:${change.collection}`,
    kind: change.kind,
    subject: folder ? 'folder' : 'collection',
    collection: change.collection,
    field: null,
    relationshipId: null,
    title: `${folder ? 'folder' : 'collection'} ${change.collection}`,
    before: collectionState(change.before, fields, 'removed'),
    after: collectionState(change.after, fields, 'added'),
    differences: change.differences.map(propertyDifference),
  };
}

function groupItems(group: CollectionComparison, told: ToldByRelationships): ChangeItem[] {
  const { change } = group;
  const whole = change && change.kind !== 'changed' ? change.kind : null;
  const junctionOfRelationship = whole !== null && told.junctions.get(group.collection) === whole;
  return [
    ...(change && !junctionOfRelationship ? [collectionItem(change, group.fields)] : []),
    ...group.relationships.map(relationshipItem),
    ...group.fields.filter((f) => f.kind !== whole && !isToldBy(told, f)).map(fieldItem),
  ];
}

export function changeGroups(comparison: Comparison): ChangeGroup[] {
  const told = toldByRelationships(comparison);
  return comparison.collections
    .map((group) => ({ collection: group.collection, items: groupItems(group, told) }))
    .filter((group) => group.items.length > 0);
}
