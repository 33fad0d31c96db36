// The new-relationship dialog's state: defaults follow the kind and the collections chosen, as
// in the Data Studio, until the user types a name of their own; an existing field or junction
// typed by name is used rather than created.
import { useState } from 'react';
import type { NewRelationship } from '../../domain/changes/change';
import {
  defaultJunction,
  defaultNewRelationship,
  fixedRelated,
  reusableJunctions,
} from '../../domain/changes/new-relationship';
import type { DeselectAction, ForeignKeyAction } from '../../domain/directus-types';
import type { RelationshipKind } from '../../domain/model';
import type { ModelIndex } from '../../domain/model-index';

export interface NewRelationshipStart {
  kind?: RelationshipKind;
  collection?: string;
  related?: string[];
  /** Start from this existing field of `collection` (a many-to-one or file from it). */
  field?: string;
}

type Edited = Partial<Pick<NewRelationship, 'field' | 'reverseField' | 'sortField' | 'onDelete'>> & {
  junction?: string;
};

/** An existing, unrelated plain field of that name becomes the foreign key instead of a new one. */
function usesExistingField(index: ModelIndex, collection: string, field: string): boolean {
  const existing = index.field(collection, field);
  return Boolean(existing && existing.type !== 'alias' && !index.relation(collection, field)?.meta);
}

export function resolve(index: ModelIndex, base: NewRelationship, edited: Edited): NewRelationship {
  // A key left undefined (changing the kind keeps `onDelete` only if one was chosen) is no edit:
  // spread as is, it would blank the default and send a relation without on_delete.
  const set = Object.fromEntries(Object.entries(edited).filter(([, value]) => value !== undefined));
  const spec: NewRelationship = { ...base, ...set, junction: base.junction };
  const related = spec.related[0] ?? '';
  if (spec.kind === 'm2o' || spec.kind === 'file')
    spec.useExistingField = usesExistingField(index, spec.collection, spec.field);
  if (spec.kind === 'o2m' && spec.reverseField)
    spec.useExistingField = usesExistingField(index, related, spec.reverseField);
  if (spec.junction) {
    const name =
      edited.junction ??
      defaultJunction(index, spec.kind, spec.collection, spec.field, spec.related)?.collection;
    const reuse =
      spec.kind === 'm2m'
        ? reusableJunctions(index, spec.collection, related).find((j) => j.collection === name)
        : undefined;
    spec.junction = reuse
      ? {
          collection: reuse.collection,
          parentKey: reuse.parentKey,
          relatedKey: reuse.relatedKey,
          reuse: true,
        }
      : { ...spec.junction, collection: name ?? spec.junction.collection, reuse: false };
  }
  return spec;
}

export function useNewRelationshipForm(index: ModelIndex, start: NewRelationshipStart) {
  const firstTable = index.collections.find(
    (c) => index.isTable(c.collection) && !c.collection.startsWith('directus_'),
  );
  const [kind, setKindState] = useState<RelationshipKind>(start.kind ?? 'm2o');
  const [collection, setCollectionState] = useState(start.collection ?? firstTable?.collection ?? '');
  const [related, setRelatedState] = useState<string[]>(start.related ?? []);
  const [deselectAction, setDeselectAction] = useState<DeselectAction>('nullify');
  const [edited, setEdited] = useState<Edited>(() => (start.field ? { field: start.field } : {}));
  // Anything chosen or typed since the dialog opened: leaving would lose it.
  const [touched, setTouched] = useState(false);
  const touch =
    <A extends unknown[]>(set: (...args: A) => void) =>
    (...args: A) => {
      setTouched(true);
      set(...args);
    };

  const targets = fixedRelated(kind)
    ? [fixedRelated(kind) as string]
    : kind === 'm2a'
      ? related
      : related.slice(0, 1);
  const base = defaultNewRelationship(index, kind, collection, targets);
  const spec = resolve(index, { ...base, deselectAction }, edited);

  const edit = (patch: Edited) => setEdited((current) => ({ ...current, ...patch }));
  return {
    spec,
    kind,
    collection,
    related,
    touched,
    setKind: touch((next: RelationshipKind) => {
      setKindState(next);
      // Names made for another kind rarely fit: start from the new kind's defaults.
      setEdited((current) => (current.onDelete === undefined ? {} : { onDelete: current.onDelete }));
      if (next !== 'm2a') setRelatedState((current) => current.slice(0, 1));
    }),
    setCollection: touch((next: string) => {
      setCollectionState(next);
      setEdited((current) => ({ ...current, junction: undefined }));
    }),
    setRelated: touch((next: string[]) => {
      setRelatedState(next);
      setEdited((current) => ({ ...current, junction: undefined }));
    }),
    setField: touch((field: string) => edit({ field })),
    setReverseField: touch((value: string) =>
      edit({ reverseField: value.trim() === '' && kind !== 'o2m' ? null : value }),
    ),
    setJunction: touch((junction: string) => edit({ junction })),
    setSortField: touch((value: string) => edit({ sortField: value.trim() === '' ? null : value })),
    setOnDelete: touch((onDelete: ForeignKeyAction) => edit({ onDelete })),
    setDeselectAction: touch(setDeselectAction),
  };
}
