// Comparing the model on screen with another state of it: a snapshot file, the server behind an
// opened file, or this browser's last visit. The diagram then draws the newer state with what the
// older one had put back and marked; the panel lists the changes.
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { snapshotFileOf } from '../../api/file/file-session';
import { modelQuery } from '../../api/model-query';
import type { Session } from '../../api/session';
import type { DirectusSchema } from '../../domain/directus-types';
import { buildModelIndex, type ModelIndex } from '../../domain/model-index';
import { changeGroups, type ChangeGroup } from '../../domain/review/change-items';
import { changedNeighbourhood, compareModels, type Comparison } from '../../domain/review/compare';
import { snapshotItems } from '../../domain/review/own-model';
import { comparisonMarks, unionOfStates, type ComparisonMarks } from '../../domain/review/union';
import type { DataModel } from '../../hooks/useDataModel';
import { useToggle } from '../../hooks/useUrlState';

export type CompareSource =
  | { kind: 'file'; name: string; schema: DirectusSchema }
  | { kind: 'server'; session: Session }
  | { kind: 'last-visit'; savedAt: string; schema: DirectusSchema };

export interface NamedState {
  name: string;
  schema: DirectusSchema;
  /** Read from a server (now, or on the last visit) rather than from a file. */
  fromServer: boolean;
}

export interface Comparing {
  /** The older state and the newer one the diagram draws. */
  base: NamedState;
  head: NamedState;
  comparison: Comparison;
  /** Both states as one model: the head, with what only the base had. */
  index: ModelIndex;
  marks: ComparisonMarks;
  groups: ChangeGroup[];
  /** The changed collections and their neighbours, for "Show only changes". */
  neighbourhood: ReadonlySet<string>;
}

export interface Review {
  source: CompareSource | null;
  compareWith: (source: CompareSource) => void;
  stop: () => void;
  /** Base and head change places. */
  swap: () => void;
  comparing: Comparing | null;
  /** The other state is still being read (a server). */
  loading: boolean;
  error: Error | null;
  onlyChanges: boolean;
  setOnlyChanges: (on: boolean) => void;
}

/** The name the header and the summary give the model on screen. */
export function sessionName(session: Session): string {
  return snapshotFileOf(session)?.name ?? session.url;
}

const visitName = (savedAt: string) => `last visit (${new Date(savedAt).toLocaleString()})`;

export function useReview(session: Session, model: DataModel): Review {
  const [source, setSource] = useState<CompareSource | null>(null);
  const [swapped, setSwapped] = useState(false);
  const [onlyChanges, setOnlyChanges] = useToggle('changes');
  const server = source?.kind === 'server' ? source.session : session;
  const other = useQuery({ ...modelQuery(server), enabled: source?.kind === 'server' });

  const current = model.schema;
  const otherSchema = source?.kind === 'server' ? (other.data ?? null) : (source?.schema ?? null);
  const comparing = useMemo((): Comparing | null => {
    if (!source || !current || !otherSchema) return null;
    const here = { name: sessionName(session), schema: current, fromServer: !snapshotFileOf(session) };
    const there = {
      fromServer: source.kind !== 'file',
      name:
        source.kind === 'file'
          ? source.name
          : source.kind === 'server'
            ? source.session.url
            : visitName(source.savedAt),
      schema: otherSchema,
    };
    // The last visit is older than what is on screen; a file or server compared with is newer.
    const olderFirst = source.kind === 'last-visit' ? [there, here] : [here, there];
    const [base, head] = (swapped ? [...olderFirst].reverse() : olderFirst) as [NamedState, NamedState];
    // A server's own and untracked items are compared as a snapshot would hold them, so a server
    // and its own snapshot do not differ; they are still drawn.
    const held = (state: NamedState) => (state.fromServer ? snapshotItems(state.schema) : state.schema);
    const comparison = compareModels(held(base), held(head));
    const index = buildModelIndex(unionOfStates(base.schema, head.schema));
    return {
      base,
      head,
      comparison,
      index,
      marks: comparisonMarks(comparison),
      groups: changeGroups(comparison),
      neighbourhood: changedNeighbourhood(comparison, index),
    };
  }, [source, current, otherSchema, swapped, session]);

  const compareWith = useCallback((next: CompareSource) => {
    setSource(next);
    setSwapped(false);
  }, []);
  const stop = useCallback(() => {
    setSource(null);
    setOnlyChanges(false);
  }, [setOnlyChanges]);
  const swap = useCallback(() => setSwapped((s) => !s), []);
  return {
    source,
    compareWith,
    stop,
    swap,
    comparing,
    loading: source?.kind === 'server' && other.isPending,
    error: source?.kind === 'server' ? other.error : null,
    onlyChanges: onlyChanges && comparing !== null,
    setOnlyChanges,
  };
}
