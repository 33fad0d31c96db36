// A new relationship as steps, composed exactly as the Data Studio composes each kind
// (../shared/directus-reference/README.md): collections first, then fields, then relations,
// since POST /relations needs its columns and Directus never creates the alias it names.
import { foreignKeyTypeFor } from '../key-types';
import type { ModelIndex } from '../model-index';
import type { NewRelationship } from './change';
import {
  aliasField,
  foreignKeyField,
  hiddenField,
  junctionCollection,
  languagesCollection,
  relationObject,
} from './bodies';
import type { Step } from './steps';

function keyType(index: ModelIndex, collection: string, fallback = 'integer'): string {
  const key = index.primaryKey(collection);
  if (!key) return fallback;
  return foreignKeyTypeFor(key.declared ?? { type: key.type });
}

const keyField = (index: ModelIndex, collection: string, fallback = 'id') =>
  index.primaryKey(collection)?.field ?? fallback;

function manyToOne(index: ModelIndex, spec: NewRelationship): Step[] {
  const related = spec.related[0] ?? '';
  const steps: Step[] = [];
  if (!spec.useExistingField)
    steps.push({
      kind: 'createField',
      field: foreignKeyField(
        spec.collection,
        spec.field,
        keyType(index, related),
        spec.kind === 'file' ? 'file' : 'm2o',
      ),
    });
  if (spec.reverseField !== null)
    steps.push({ kind: 'createField', field: aliasField(related, spec.reverseField, 'o2m') });
  steps.push({
    kind: 'createRelation',
    relation: relationObject({
      collection: spec.collection,
      field: spec.field,
      related,
      relatedKey: keyField(index, related),
      oneField: spec.reverseField,
      deselectAction: spec.deselectAction,
      onDelete: spec.onDelete,
    }),
  });
  return steps;
}

function oneToMany(index: ModelIndex, spec: NewRelationship): Step[] {
  const related = spec.related[0] ?? '';
  const foreignKey = spec.reverseField ?? '';
  const steps: Step[] = [{ kind: 'createField', field: aliasField(spec.collection, spec.field, 'o2m') }];
  if (!spec.useExistingField)
    steps.push({
      kind: 'createField',
      field: foreignKeyField(related, foreignKey, keyType(index, spec.collection), 'o2m-reverse'),
    });
  if (spec.sortField !== null && !index.field(related, spec.sortField))
    steps.push({ kind: 'createField', field: hiddenField(related, spec.sortField, 'integer') });
  steps.push({
    kind: 'createRelation',
    relation: relationObject({
      collection: related,
      field: foreignKey,
      related: spec.collection,
      relatedKey: keyField(index, spec.collection),
      oneField: spec.field,
      sortField: spec.sortField,
      deselectAction: spec.deselectAction,
      onDelete: spec.onDelete,
    }),
  });
  return steps;
}

const PARENT_ALIAS = { m2m: 'm2m', files: 'files', translations: 'translations', m2a: 'm2a' } as const;

function junctionKind(spec: NewRelationship) {
  return spec.kind === 'm2m' || spec.kind === 'files' || spec.kind === 'translations' || spec.kind === 'm2a'
    ? PARENT_ALIAS[spec.kind]
    : 'm2m';
}

function withJunction(index: ModelIndex, spec: NewRelationship): Step[] {
  const junction = spec.junction;
  if (!junction) return [];
  if (junction.reuse) return reuseJunction(index, spec);
  const isManyToAny = spec.kind === 'm2a';
  const related = isManyToAny ? null : (spec.related[0] ?? '');
  const steps: Step[] = [{ kind: 'createCollection', collection: junctionCollection(junction.collection) }];
  if (spec.kind === 'translations' && related && !index.collection(related))
    steps.push({ kind: 'createCollection', collection: languagesCollection(related) });
  const relatedKeyType = related
    ? keyType(index, related, spec.kind === 'translations' ? 'string' : 'integer')
    : 'string';
  steps.push(
    {
      kind: 'createField',
      field: hiddenField(junction.collection, junction.parentKey, keyType(index, spec.collection)),
    },
    { kind: 'createField', field: hiddenField(junction.collection, junction.relatedKey, relatedKeyType) },
  );
  if (isManyToAny)
    steps.push({ kind: 'createField', field: hiddenField(junction.collection, 'collection', 'string') });
  if (spec.sortField !== null)
    steps.push({ kind: 'createField', field: hiddenField(junction.collection, spec.sortField, 'integer') });
  steps.push({ kind: 'createField', field: aliasField(spec.collection, spec.field, junctionKind(spec)) });
  if (spec.reverseField !== null && related)
    steps.push({ kind: 'createField', field: aliasField(related, spec.reverseField, 'm2m') });
  // The parent's relation first, as the Data Studio creates them: with m2m aliases on both
  // sides nothing else tells the parent apart, and inference takes the first in the list.
  steps.push(
    {
      kind: 'createRelation',
      relation: relationObject({
        collection: junction.collection,
        field: junction.parentKey,
        related: spec.collection,
        relatedKey: keyField(index, spec.collection),
        oneField: spec.field,
        junctionField: junction.relatedKey,
        sortField: spec.sortField,
        deselectAction: spec.deselectAction,
        onDelete: spec.onDelete,
      }),
    },
    {
      kind: 'createRelation',
      relation: relationObject({
        collection: junction.collection,
        field: junction.relatedKey,
        related,
        relatedKey: related ? keyField(index, related, spec.kind === 'translations' ? 'code' : 'id') : 'id',
        oneField: isManyToAny ? null : spec.reverseField,
        junctionField: junction.parentKey,
        allowed: isManyToAny ? spec.related : null,
        collectionField: isManyToAny ? 'collection' : null,
        onDelete: isManyToAny ? null : spec.relatedOnDelete,
      }),
    },
  );
  return steps;
}

/** The pair exists already: add the alias (and its reverse) and point the relations at them. */
function reuseJunction(index: ModelIndex, spec: NewRelationship): Step[] {
  const junction = spec.junction;
  if (!junction) return [];
  const toParent = index.relation(junction.collection, junction.parentKey);
  const toRelated = index.relation(junction.collection, junction.relatedKey);
  if (!toParent || !toRelated) return [];
  const related = spec.related[0] ?? '';
  const steps: Step[] = [
    { kind: 'createField', field: aliasField(spec.collection, spec.field, junctionKind(spec)) },
  ];
  if (spec.sortField !== null && !index.field(junction.collection, spec.sortField))
    steps.push({ kind: 'createField', field: hiddenField(junction.collection, spec.sortField, 'integer') });
  if (spec.reverseField !== null && !toRelated.meta?.one_field)
    steps.push({ kind: 'createField', field: aliasField(related, spec.reverseField, 'm2m') });
  const meta = (relation: typeof toParent) =>
    relation.meta ??
    relationObject({
      collection: relation.collection,
      field: relation.field,
      related: relation.related_collection,
      relatedKey: 'id',
      onDelete: null,
    }).meta;
  steps.push({
    kind: 'updateRelation',
    before: toParent,
    relation: {
      ...toParent,
      meta: {
        ...meta(toParent),
        one_field: spec.field,
        junction_field: junction.relatedKey,
        sort_field: spec.sortField ?? toParent.meta?.sort_field ?? null,
        one_deselect_action: spec.deselectAction,
      },
    },
  });
  if (spec.reverseField !== null && !toRelated.meta?.one_field)
    steps.push({
      kind: 'updateRelation',
      before: toRelated,
      relation: {
        ...toRelated,
        meta: { ...meta(toRelated), one_field: spec.reverseField, junction_field: junction.parentKey },
      },
    });
  return steps;
}

export function planNewRelationship(index: ModelIndex, spec: NewRelationship): Step[] {
  switch (spec.kind) {
    case 'm2o':
    case 'file':
      return manyToOne(index, spec);
    case 'o2m':
      return oneToMany(index, spec);
    case 'm2m':
    case 'files':
    case 'translations':
    case 'm2a':
      return withJunction(index, spec);
  }
}
