// The model as Mermaid `erDiagram` text, which GitHub renders in Markdown. A database view:
// one entity per table (junctions included; folders and alias fields have no table), its
// columns with PK/FK markers, and one line per relation row, so an M2M is drawn as its
// junction's two relations, as it is stored.
//
// Cardinality, read from the relation row: the foreign-key side `}o` (zero or more rows point
// at one item), the key side `||` when the foreign key is NOT NULL and `o|` otherwise. A solid
// line (`--`) is a real foreign key constraint; a dashed one (`..`) has none: a many-to-any
// item, or a relation Directus keeps only as metadata.
import { isSystemCollection } from '../collections';
import type { DirectusField, DirectusRelation } from '../directus-types';
import { KIND_LABEL } from '../model';
import type { Relationship } from '../model';
import type { ModelIndex } from '../model-index';
import { allowedCollections, oneField } from '../relation-meta';
import { identifiers, quoted, typeWord } from './mermaid-names';

export interface MermaidOptions {
  /** Draw only these collections and the relations between them. */
  collections?: ReadonlySet<string>;
}

/** Tables in Data Studio order, then referenced collections that are not declared (system ones). */
function entityNames(index: ModelIndex): string[] {
  const declared = index.collections.map((c) => c.collection).filter((name) => index.isTable(name));
  const known = new Set(declared);
  const referenced = index.relationships
    .flatMap((r) => [r.source.collection, ...r.targets.map((t) => t.collection)])
    .concat(index.relationships.flatMap((r) => (r.junction ? [r.junction.collection] : [])))
    .concat(index.schema.relations.map((r) => r.collection))
    .filter((name) => !known.has(name) && index.isTable(name));
  return [...declared, ...[...new Set(referenced)].sort()];
}

function foreignKeys(index: ModelIndex): Set<string> {
  return new Set(
    index.schema.relations
      .filter((r) => r.related_collection != null)
      .map((r) => `${r.collection}.${r.field}`),
  );
}

/** A system collection's key when the snapshot declares no fields for it. */
function columnsOf(index: ModelIndex, collection: string): DirectusField[] {
  const columns = index.fields(collection).filter((f) => f.type !== 'alias');
  const key = index.primaryKey(collection);
  if (!key || key.declared || !isSystemCollection(collection)) return columns;
  return [{ collection, field: key.field, type: key.type, schema: { is_primary_key: true } }, ...columns];
}

function entityBlock(index: ModelIndex, name: string, id: string, fks: ReadonlySet<string>): string[] {
  const columns = columnsOf(index, name);
  const head = id === name ? id : `${id}[${quoted(name)}]`;
  if (columns.length === 0) return [`  ${head}`];
  const names = identifiers(
    columns.map((c) => c.field),
    'attribute',
  );
  const rows = columns.map((column) => {
    const keys = [
      ...(column.schema?.is_primary_key === true ? ['PK'] : []),
      ...(fks.has(`${name}.${column.field}`) || column.schema?.foreign_key_table ? ['FK'] : []),
    ];
    const attribute = names.get(column.field) ?? column.field;
    const comment = attribute === column.field ? '' : ` ${quoted(column.field)}`;
    return `    ${typeWord(column.type)} ${attribute}${keys.length ? ` ${keys.join(', ')}` : ''}${comment}`;
  });
  return [`  ${head} {`, ...rows, '  }'];
}

function label(relationship: Relationship, relation: DirectusRelation): string {
  const alias = oneField(relation);
  return `${relation.field} (${KIND_LABEL[relationship.kind]}${alias ? `: ${alias}` : ''})`;
}

function relationLines(
  index: ModelIndex,
  relationship: Relationship,
  relation: DirectusRelation,
  id: (name: string) => string | undefined,
): string[] {
  const from = id(relation.collection);
  const targets =
    relation.related_collection != null ? [relation.related_collection] : allowedCollections(relation);
  const required = index.field(relation.collection, relation.field)?.schema?.is_nullable === false;
  const one = relation.related_collection != null && required ? '||' : 'o|';
  const line = relation.schema ? '--' : '..';
  return targets.flatMap((target) => {
    const to = id(target);
    if (!from || !to) return [];
    return [`  ${from} }o${line}${one} ${to} : ${quoted(label(relationship, relation))}`];
  });
}

export function toMermaid(index: ModelIndex, options: MermaidOptions = {}): string {
  const names = entityNames(index).filter((name) => !options.collections || options.collections.has(name));
  const ids = identifiers(names);
  const id = (name: string) => ids.get(name);
  const fks = foreignKeys(index);
  const entities = names.flatMap((name) => entityBlock(index, name, ids.get(name) ?? name, fks));
  const lines = index.relationships.flatMap((relationship) =>
    relationship.relations.flatMap((relation) => relationLines(index, relationship, relation, id)),
  );
  return ['erDiagram', ...entities, ...lines, ''].join('\n');
}
