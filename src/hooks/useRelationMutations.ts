// Every write to the data model, as TanStack mutations: the diagram shows the change at once
// (the pending edge drawn distinctly), rolls back if Directus refuses, and re-reads on settle.
import { useMutation, useMutationState, useQueryClient } from '@tanstack/react-query';
import { fetchRelation, patchRelation, runStep } from '../api/relations';
import { schemaKeys, type SchemaSource } from '../api/schema';
import type { Session } from '../api/session';
import type { DirectusField, DirectusRelation } from '../domain/directus-types';
import { relationDifferences } from '../domain/editing/conflicts';
import type { Step } from '../domain/editing/plan';
import { relationKey } from '../domain/model';
import { schemaSource } from './useDataModel';

export const RELATION_WRITE = ['relation-write'] as const;

export class ConflictError extends Error {
  constructor(
    readonly differences: { path: string; before: unknown; after: unknown }[],
    readonly current: DirectusRelation | null,
  ) {
    super(
      current
        ? 'Someone changed this relation in Directus since you opened it.'
        : 'This relation was deleted in Directus since you opened it.',
    );
    this.name = 'ConflictError';
  }
}

/** Stops before a PATCH or DELETE when the server's relation differs from what the form was opened on. */
async function ensureUnchanged(session: Session, base: DirectusRelation) {
  const current = await fetchRelation(session.client, base.collection, base.field);
  if (!current) throw new ConflictError([], null);
  const differences = relationDifferences(base, current);
  if (differences.length) throw new ConflictError(differences, current);
}

interface Snapshot {
  relations: DirectusRelation[] | undefined;
  fields: DirectusField[] | undefined;
}

function useOptimism(source: SchemaSource) {
  const queryClient = useQueryClient();
  const apply = async (change: (snapshot: Snapshot) => Partial<Snapshot>): Promise<Snapshot> => {
    await queryClient.cancelQueries({ queryKey: schemaKeys.all(source) });
    const previous: Snapshot = {
      relations: queryClient.getQueryData(schemaKeys.relations(source)),
      fields: queryClient.getQueryData(schemaKeys.fields(source)),
    };
    const next = change(previous);
    if (next.relations) queryClient.setQueryData(schemaKeys.relations(source), next.relations);
    if (next.fields) queryClient.setQueryData(schemaKeys.fields(source), next.fields);
    return previous;
  };
  const rollback = (previous: Snapshot | undefined) => {
    if (!previous) return;
    queryClient.setQueryData(schemaKeys.relations(source), previous.relations);
    queryClient.setQueryData(schemaKeys.fields(source), previous.fields);
  };
  const settle = () => queryClient.invalidateQueries({ queryKey: schemaKeys.all(source) });
  return { apply, rollback, settle };
}

export interface UpdateVariables {
  base: DirectusRelation;
  body: DirectusRelation;
  /** Steps that must run first (creating a new alias or sort field). */
  before: Step[];
  overwrite: boolean;
  keys: string[];
}

export function useUpdateRelation(session: Session) {
  const source = schemaSource(session);
  const { apply, rollback, settle } = useOptimism(source);
  return useMutation({
    mutationKey: RELATION_WRITE,
    mutationFn: async ({ base, body, before, overwrite }: UpdateVariables) => {
      if (!overwrite) await ensureUnchanged(session, base);
      for (const step of before) await runStep(session.client, step);
      return patchRelation(session.client, body);
    },
    onMutate: ({ body }) =>
      apply(({ relations }) => ({
        relations: relations?.map((relation) =>
          relationKey(relation) === relationKey(body)
            ? {
                ...relation,
                ...body,
                meta: relation.meta ? { ...relation.meta, ...body.meta } : body.meta,
                schema:
                  relation.schema && body.schema ? { ...relation.schema, ...body.schema } : relation.schema,
              }
            : relation,
        ),
      })),
    onError: (_error, _variables, previous) => rollback(previous),
    onSettled: settle,
  });
}

export interface CreateVariables {
  steps: Step[];
  keys: string[];
  /** What the diagram shows while the server works. */
  optimistic: { relation: DirectusRelation; fields: DirectusField[] };
}

export function useCreateRelation(session: Session) {
  const source = schemaSource(session);
  const { apply, rollback, settle } = useOptimism(source);
  return useMutation({
    mutationKey: RELATION_WRITE,
    mutationFn: async ({ steps }: CreateVariables) => {
      for (const step of steps) await runStep(session.client, step);
    },
    onMutate: ({ optimistic }) =>
      apply(({ relations, fields }) => ({
        relations: relations && [...relations, optimistic.relation],
        fields: fields && [...fields, ...optimistic.fields],
      })),
    onError: (_error, _variables, previous) => rollback(previous),
    onSettled: settle,
  });
}

export interface DeleteVariables {
  targets: { base: DirectusRelation; deleteField: boolean }[];
  overwrite: boolean;
  keys: string[];
}

export function useDeleteRelations(session: Session) {
  const source = schemaSource(session);
  const { apply, rollback, settle } = useOptimism(source);
  return useMutation({
    mutationKey: RELATION_WRITE,
    mutationFn: async ({ targets, overwrite }: DeleteVariables) => {
      if (!overwrite) for (const { base } of targets) await ensureUnchanged(session, base);
      for (const { base, deleteField } of targets) {
        await runStep(session.client, {
          kind: 'deleteRelation',
          collection: base.collection,
          field: base.field,
        });
        if (deleteField)
          await runStep(session.client, {
            kind: 'deleteField',
            collection: base.collection,
            field: base.field,
          });
      }
    },
    onMutate: ({ targets }) => {
      const gone = new Set(targets.map(({ base }) => relationKey(base)));
      return apply(({ relations }) => ({
        relations: relations?.filter((relation) => !gone.has(relationKey(relation))),
      }));
    },
    onError: (_error, _variables, previous) => rollback(previous),
    onSettled: settle,
  });
}

/** Relation keys with a write under way, for drawing their edges as pending. */
export function usePendingRelationKeys(): Set<string> {
  const pending = useMutationState({
    filters: { mutationKey: RELATION_WRITE, status: 'pending' },
    select: (mutation) => (mutation.state.variables as { keys?: string[] } | undefined)?.keys ?? [],
  });
  return new Set(pending.flat());
}
