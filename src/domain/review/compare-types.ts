export type ChangeKind = 'added' | 'removed' | 'changed';

export const CHANGE_KINDS: readonly ChangeKind[] = ['added', 'removed', 'changed'];

export type Tally = Record<ChangeKind, number>;
