// How each relationship kind is drawn: colour, dash and its two cardinality ends.
import type { RelationshipKind } from '../../domain/model';

export type End = 'one' | 'many';

interface KindStyle {
  color: string;
  dash?: string;
  width: number;
  /** Cardinality at the source end (the owning side) and at the target end. */
  ends: [End, End];
}

export const KIND_STYLE: Record<RelationshipKind, KindStyle> = {
  m2o: { color: '#495057', width: 1.5, ends: ['many', 'one'] },
  o2m: { color: '#1c7ed6', width: 1.5, ends: ['many', 'one'] },
  file: { color: '#2f9e44', dash: '5 3', width: 1.5, ends: ['many', 'one'] },
  m2m: { color: '#7048e8', width: 2.5, ends: ['many', 'many'] },
  translations: { color: '#e8590c', width: 2.5, ends: ['many', 'many'] },
  files: { color: '#2f9e44', width: 2.5, ends: ['many', 'many'] },
  m2a: { color: '#d6336c', dash: '8 4', width: 2, ends: ['many', 'many'] },
};

/** A junction's own relation, drawn when junctions are shown: always many-to-one. */
export const JUNCTION_PART_ENDS: [End, End] = ['many', 'one'];

export const markerId = (end: End, color: string) => `relata-${end}-${color.replace('#', '')}`;
