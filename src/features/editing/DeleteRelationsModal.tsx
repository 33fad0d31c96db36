import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../api/session';
import type { DirectusRelation } from '../../domain/directus-types';
import { describeDelete } from '../../domain/editing/describe-delete';
import { relationKey } from '../../domain/model';
import { ConflictError, useDeleteRelations } from '../../hooks/useRelationMutations';
import { isAuthError, useReportError } from './report-error';

interface Props {
  session: Session;
  relations: DirectusRelation[];
  onClose: () => void;
  onDeleted: () => void;
}

// SQLite foreign keys have no name; PostgreSQL and MySQL always name them. That is all the
// client can see of the database kind, and it is what decides whether the constraint stays.
const looksLikeSqlite = (relation: DirectusRelation) =>
  relation.schema ? relation.schema.constraint_name == null : undefined;

/** Says exactly what a delete does, and asks for the field's name before dropping its column. */
export function DeleteRelationsModal({ session, relations, onClose, onDeleted }: Props) {
  const [deleteField, setDeleteField] = useState(false);
  const [typed, setTyped] = useState('');
  const remove = useDeleteRelations(session);
  const reportError = useReportError();
  const keys = relations.map(relationKey);
  const confirmation = keys.length === 1 ? (keys[0] ?? '') : `delete ${keys.length} fields`;
  const canDelete = !deleteField || typed === confirmation;

  const run = (overwrite: boolean) =>
    remove.mutate(
      { targets: relations.map((base) => ({ base, deleteField })), overwrite, keys },
      {
        onSuccess: onDeleted,
        onError: (error) => {
          if (isAuthError(error)) reportError('Sign in again to delete', error);
        },
      },
    );

  return (
    <Modal
      opened
      onClose={onClose}
      title={keys.length === 1 ? `Delete relation ${keys[0]}` : `Delete ${keys.length} relations`}
      size="lg"
    >
      <Stack gap="sm">
        {relations.map((relation) => (
          <List
            key={relationKey(relation)}
            fz="sm"
            aria-label={`What deleting ${relationKey(relation)} does`}
          >
            {describeDelete(relation, { deleteField, isSqlite: looksLikeSqlite(relation) }).map(
              (sentence) => (
                <List.Item key={sentence}>{sentence}</List.Item>
              ),
            )}
          </List>
        ))}
        <Checkbox
          label={
            keys.length === 1
              ? `Also delete the field ${keys[0]} (drops the column and all its data)`
              : 'Also delete the foreign-key fields (drops the columns and all their data)'
          }
          checked={deleteField}
          onChange={(event) => setDeleteField(event.currentTarget.checked)}
        />
        {deleteField && (
          <TextInput
            label={`Type ${confirmation} to confirm`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
          />
        )}
        {remove.error instanceof ConflictError && (
          <Alert color="orange" title="Changed in Directus since you opened it" role="alert" p="xs">
            <Text fz="xs">{remove.error.message} Nothing was deleted.</Text>
            {remove.error.differences.map((d) => (
              <Text fz="xs" key={d.path}>
                {d.path}: {String(d.before)} → {String(d.after)}
              </Text>
            ))}
            {remove.error.current && (
              <Button size="compact-xs" color="orange" mt="xs" onClick={() => run(true)}>
                Delete anyway
              </Button>
            )}
          </Alert>
        )}
        {remove.error && !(remove.error instanceof ConflictError) && (
          <Alert color="red" title="Not deleted" role="alert" p="xs">
            {remove.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" disabled={!canDelete} loading={remove.isPending} onClick={() => run(false)}>
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
