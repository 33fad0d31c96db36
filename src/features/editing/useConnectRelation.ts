// Drag-to-connect: a field dropped onto a collection becomes a many-to-one at once; the
// collection's "new relation" handle opens a short form first. Both refuse before any request
// what Directus would accept wrongly (a type mismatch on SQLite) or fail on (PostgreSQL: 500).
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Session } from '../../api/session';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { planNewManyToOne, type Step } from '../../domain/editing/plan';
import { primaryKeyField } from '../../domain/editing/schema-lookup';
import { defaultOnDelete, validateNewManyToOne } from '../../domain/editing/validation';
import { useCreateRelation } from '../../hooks/useRelationMutations';
import { useReportError } from './report-error';

export interface NewRelationTarget {
  collection: string;
  related: string;
}

/** The relation a plan creates, as the diagram should show it while Directus works. */
export function optimisticRelation(steps: Step[]): DirectusRelation | null {
  const step = steps.find((candidate) => candidate.kind === 'createRelation');
  if (step?.kind !== 'createRelation') return null;
  const { relation } = step;
  return {
    collection: relation.collection,
    field: relation.field,
    related_collection: relation.related_collection,
    meta: {
      ...relation.meta,
      many_collection: relation.collection,
      many_field: relation.field,
      one_collection: relation.related_collection,
    },
    schema: {
      table: relation.collection,
      column: relation.field,
      foreign_key_table: relation.related_collection,
      on_delete: relation.schema.on_delete,
      on_update: 'NO ACTION',
      constraint_name: null,
    },
  };
}

export function useConnectRelation(session: Session, schema: DirectusSchema | null) {
  const create = useCreateRelation(session);
  const reportError = useReportError();
  const [newRelation, setNewRelation] = useState<NewRelationTarget | null>(null);

  const run = (steps: Step[], onDone?: () => void) => {
    const relation = optimisticRelation(steps);
    if (!relation) return;
    const fields = steps.flatMap((step) =>
      step.kind === 'createField' ? [{ collection: step.collection, ...step.field }] : [],
    );
    create.mutate(
      { steps, keys: [`${relation.collection}.${relation.field}`], optimistic: { relation, fields } },
      {
        onSuccess: () => {
          notifications.show({
            color: 'green',
            title: 'Relation created',
            message: `${relation.collection}.${relation.field} → ${relation.related_collection}`,
          });
          onDone?.();
        },
        onError: (error) => reportError('The relation was not created', error),
      },
    );
  };

  const connectField = (collection: string, field: string, related: string) => {
    if (!schema) return;
    const problems = validateNewManyToOne(schema, { collection, field, related }).filter(
      (issue) => issue.severity === 'error',
    );
    if (problems.length) {
      notifications.show({
        color: 'red',
        title: `No relation from ${collection}.${field} to ${related}`,
        message: problems.map((issue) => issue.message).join(' '),
        autoClose: 15_000,
      });
      return;
    }
    const relatedPrimaryKeyType = primaryKeyField(schema, related)?.type ?? 'integer';
    run(
      planNewManyToOne({
        collection,
        field,
        related,
        relatedPrimaryKeyType,
        createField: false,
        alias: null,
        onDelete: defaultOnDelete(schema, { collection, field, related }),
      }),
    );
  };

  return {
    connectField,
    newRelation,
    openNewRelation: setNewRelation,
    closeNewRelation: () => setNewRelation(null),
    run,
    create,
  };
}
