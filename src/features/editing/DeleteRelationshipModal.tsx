import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../api/session';
import type { Change } from '../../domain/changes/change';
import { isDestructive } from '../../domain/changes/steps';
import { KIND_LABEL, type Relationship } from '../../domain/model';
import { useWriteBlock } from '../../hooks/useServerStatus';
import { DeleteFooter } from './DeleteFooter';
import { StepList } from './StepList';
import { useCommitChange } from './useCommitChange';

interface Props {
  session: Session;
  relationship: Relationship;
  onClose: () => void;
  onDeleted: () => void;
}

/**
 * Removes a relationship in one step: its relation rows, and on request everything that makes
 * it (alias fields, the junction collection and its data, or the foreign-key column), previewed
 * first and behind a typed confirmation when data goes with it.
 */
export function DeleteRelationshipModal({ session, relationship, onClose, onDeleted }: Props) {
  const [whole, setWhole] = useState(false);
  const [typed, setTyped] = useState('');
  const commit = useCommitChange(session, 'nothing was deleted');
  const writeBlock = useWriteBlock(session);
  const change: Change = { type: 'deleteRelationship', relationshipId: relationship.id, whole };
  const steps = commit.stepsOf(change);
  const destructive = steps.some(isDestructive);
  const confirmation = relationship.junction?.collection ?? relationship.id;
  const run = (overwrite: boolean) => commit.run(change, { overwrite, onDone: onDeleted });
  const wholeLabel = relationship.junction
    ? 'Also delete the alias fields and the junction collection'
    : 'Also delete the alias field and the foreign-key field';

  return (
    <Modal
      opened
      onClose={onClose}
      title="Delete relationship"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Text fz="sm">
          {KIND_LABEL[relationship.kind]} {relationship.id}
          {relationship.junction ? ` through ${relationship.junction.collection}` : ''}.
        </Text>
        <Checkbox label={wholeLabel} checked={whole} onChange={(e) => setWhole(e.currentTarget.checked)} />
        <StepList steps={steps} label="Changes to apply" />
        {destructive && (
          <TextInput
            label={`Type ${confirmation} to confirm: its data is deleted and cannot be brought back`}
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            autoComplete="off"
          />
        )}
        <DeleteFooter
          commit={commit}
          writeBlock={writeBlock}
          canDelete={!destructive || typed === confirmation}
          onRun={run}
          onClose={onClose}
        />
      </Stack>
    </Modal>
  );
}
