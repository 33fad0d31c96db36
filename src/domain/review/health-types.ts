import type { Change } from '../changes/change';

export type Severity = 'error' | 'warning' | 'info';

export type FindingCode =
  | 'missing-alias-field'
  | 'dangling-junction-field'
  | 'duplicate-relation'
  | 'm2a-without-partner'
  | 'm2a-half-configured'
  | 'no-related-collection'
  | 'undeclared-collection'
  | 'orphan-relation'
  | 'missing-related-collection'
  | 'missing-allowed-collection'
  | 'untracked-relation'
  | 'relation-without-meta-or-schema'
  | 'key-type-mismatch'
  | 'shared-junction';

export interface FindingLocation {
  collection: string;
  field?: string;
  /** The relation row, as `collection.field`. */
  relation?: string;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  message: string;
  location: FindingLocation;
  /** A change that repairs it, only where that is safe; null where a person has to decide. */
  fix: Change | null;
  fixLabel?: string;
}
