// What a user asks for, in Directus's words. The UI builds changes, never API steps: planChange
// turns a change into steps against the current model, so it can be staged, re-planned on a
// newer model, previewed, applied, and inverted.
import type { DeselectAction, DirectusRelation, ForeignKeyAction } from '../directus-types';
import type { RelationshipKind } from '../model';
import type { FieldBody } from './steps';

export interface JunctionChoice {
  collection: string;
  /** The junction's key to the parent (`articles_id`). */
  parentKey: string;
  /** The junction's key to the related collection (`tags_id`); `item` for a many-to-any. */
  relatedKey: string;
  /** Use an existing junction as it is instead of creating one. */
  reuse: boolean;
}

export interface NewRelationship {
  kind: RelationshipKind;
  /** Where it starts: the foreign-key holder for M2O and file, the collection with the alias otherwise. */
  collection: string;
  /** M2O and file: the foreign-key field; the other kinds: the alias field. */
  field: string;
  /** The related collection; for a many-to-any every allowed collection. */
  related: string[];
  /**
   * M2O and file: the optional O2M alias on the related collection; O2M: the foreign key on the
   * related collection (required); M2M, files, translations: the optional alias on the related side.
   */
  reverseField: string | null;
  junction: JunctionChoice | null;
  /** The foreign key (M2O/file `field`, O2M `reverseField`) exists already: only the relation is made. */
  useExistingField: boolean;
  sortField: string | null;
  deselectAction: DeselectAction;
  /** The foreign key to `collection`'s side: M2O/O2M key, or the junction's key to the parent. */
  onDelete: ForeignKeyAction;
  /** The junction's key to the related collection. */
  relatedOnDelete: ForeignKeyAction;
}

export type Change =
  | { type: 'createRelationship'; relationship: NewRelationship }
  | {
      type: 'updateRelation';
      before: DirectusRelation;
      after: DirectusRelation;
      /** Alias or sort fields the update needs, created first. */
      createFields: FieldBody[];
    }
  | { type: 'deleteRelation'; relation: DirectusRelation; deleteField: boolean }
  | {
      type: 'deleteRelationship';
      relationshipId: string;
      /** Also remove the alias fields (and the junction collection with its data). */
      whole: boolean;
    }
  | { type: 'batch'; changes: Change[] };
