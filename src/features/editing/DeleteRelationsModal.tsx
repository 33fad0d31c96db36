import { Checkbox, List, Modal, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../api/session';
import type { Change } from '../../domain/changes/change';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { describeDelete } from '../../domain/editing/describe-delete';
import { relationKey } from '../../domain/model';
import { useWriteBlock } from '../../hooks/useServerStatus';
import { CopyAs } from './CopyAs';
import { DeleteFooter } from './DeleteFooter';
import { useCommitChange } from './useCommitChange';

interface Props {
  session: Session;
  relations: DirectusRelation[];
  /** The model the delete is planned against, for Copy as. */
  schema?: DirectusSchema;
  onClose: () => void;
  onDeleted: () => void;
}

// SQLite foreign keys have no name; PostgreSQL and MySQL always name them. That is all the
// client can see of the database kind, and it is what decides whether the constraint stays.
const looksLikeSqlite = (relation: DirectusRelation) =>
  relation.schema ? relation.schema.constraint_name == null : undefined;

/** Says exactly what a delete does, and asks for the field's name before dropping its column. */
export function DeleteRelationsModal({ session, relations, schema, onClose, onDeleted }: Props) {
  const [deleteField, setDeleteField] = useState(false);
  const [typed, setTyped] = useState('');
  const commit = useCommitChange(session, 'nothing was deleted');
  const writeBlock = useWriteBlock(session);
  const keys = relations.map(relationKey);
  const confirmation = keys.length === 1 ? (keys[0] ?? '') : `delete ${keys.length} fields`;
  const canDelete = !deleteField || typed === confirmation;
  const change: Change = {
    type: 'batch',
    changes: relations.map((relation) => ({ type: 'deleteRelation', relation, deleteField })),
  };
  const run = (overwrite: boolean) => commit.run(change, { overwrite, onDone: onDeleted });

  return (
    <Modal
      opened
      onClose={onClose}
      title={keys.length === 1 ? `Delete relation ${keys[0]}` : `Delete ${keys.length} relations`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
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
        <DeleteFooter
          commit={commit}
          writeBlock={writeBlock}
          canDelete={canDelete}
          onRun={run}
          onClose={onClose}
          extra={schema && <CopyAs session={session} schema={schema} steps={() => commit.stepsOf(change)} />}
        />
      </Stack>
    </Modal>
  );
}
