// Drag-to-connect with a field: the field becomes a many-to-one (or a file) to the collection it
// is dropped on, at once, after the checks Directus does not make (a type mismatch on SQLite).
import { notifications } from '@mantine/notifications';
import { useCallback } from 'react';
import type { Session } from '../../api/session';
import type { Change } from '../../domain/changes/change';
import { defaultNewRelationship, defaultOnDelete } from '../../domain/changes/new-relationship';
import { validateNewRelationship } from '../../domain/changes/validate-new';
import type { ModelIndex } from '../../domain/model-index';
import { useCommit } from '../../hooks/useCommit';
import { isOutcomeUnknown, useReportError } from './report-error';

export function useConnectField(session: Session, index: ModelIndex | null) {
  const commit = useCommit(session);
  const reportError = useReportError();
  const { mutate, plan } = commit;
  return useCallback(
    (collection: string, field: string, related: string) => {
      if (!index) return;
      const kind = related === 'directus_files' ? 'file' : 'm2o';
      const spec = {
        ...defaultNewRelationship(index, kind, collection, [related]),
        field,
        useExistingField: true,
        onDelete: defaultOnDelete(index, collection, field, related),
      };
      const problems = validateNewRelationship(index, spec);
      if (problems.length) {
        notifications.show({
          color: 'red',
          title: `No relation from ${collection}.${field} to ${related}`,
          message: problems.map((issue) => issue.message).join(' '),
          autoClose: 15_000,
        });
        return;
      }
      const change: Change = { type: 'createRelationship', relationship: spec };
      mutate(
        { change, steps: plan(change), overwrite: false },
        {
          onSuccess: (outcome) =>
            notifications.show({
              color: outcome === 'saved' ? 'green' : undefined,
              title: outcome === 'saved' ? 'Relation created' : 'Relation staged',
              message: `${collection}.${field} → ${related}`,
            }),
          onError: (error) =>
            reportError(
              isOutcomeUnknown(error) ? 'The relation may have been created' : 'The relation was not created',
              error,
            ),
        },
      );
    },
    [index, mutate, plan, reportError],
  );
}
