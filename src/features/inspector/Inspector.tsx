import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../api/session';
import type { DirectusRelation } from '../../domain/directus-types';
import { KIND_LABEL, relationKey, type Relationship } from '../../domain/model';
import type { ModelIndex } from '../../domain/model-index';
import { useWriteBlock } from '../../hooks/useServerStatus';
import { useUnsavedEntries } from '../../hooks/unsaved-work';
import { useSelection, useToggle } from '../../hooks/useUrlState';
import { useSession } from '../connect/session-context';
import { DeleteRelationshipModal } from '../editing/DeleteRelationshipModal';
import { DeleteRelationsModal } from '../editing/DeleteRelationsModal';
import { useDeleteRequests } from '../editing/delete-request';
import { RelationForm } from '../editing/RelationForm';
import { CollectionDetails } from './CollectionDetails';
import { RelationDetails } from './RelationDetails';

function title(relationship: Relationship) {
  const { source, junction } = relationship;
  return source.field ? `${source.collection}.${source.field}` : (junction?.collection ?? source.collection);
}

type Deleting = { relations: DirectusRelation[] } | { relationship: Relationship } | null;

export function Inspector({ index }: { index: ModelIndex | null }) {
  const session = useSession();
  const [deleting, setDeleting] = useState<Deleting>(null);
  const [selection, select] = useSelection();
  useDeleteRequests(() => {
    if (!index || !session.isAdmin || deleting) return;
    if (selection?.type === 'relationship') {
      const relationship = index.relationship(selection.id);
      if (relationship) setDeleting({ relationship });
    } else if (selection?.type === 'relationships') {
      const relations = selection.ids.flatMap((id) => index.relationship(id)?.relations ?? []);
      if (relations.length) setDeleting({ relations });
    }
  });
  // The confirmation stays mounted while its delete runs, even after the optimistic update
  // has taken the relation off the diagram (and so out of the selection).
  const done = () => {
    setDeleting(null);
    select(null);
  };
  return (
    <>
      {index && <Selected index={index} session={session} onDelete={setDeleting} />}
      {deleting && 'relations' in deleting && (
        <DeleteRelationsModal
          session={session}
          relations={deleting.relations}
          schema={index?.schema}
          onClose={() => setDeleting(null)}
          onDeleted={done}
        />
      )}
      {deleting && 'relationship' in deleting && (
        <DeleteRelationshipModal
          session={session}
          relationship={deleting.relationship}
          onClose={() => setDeleting(null)}
          onDeleted={done}
        />
      )}
    </>
  );
}

function Selected({
  index,
  session,
  onDelete,
}: {
  index: ModelIndex;
  session: Session;
  onDelete: (what: Deleting) => void;
}) {
  const [selection] = useSelection();
  const [, showJunctions] = useToggle('junctions');
  const writeBlock = useWriteBlock(session);
  const canWrite = writeBlock === null;
  const unsaved = useUnsavedEntries();
  // A relationship deleted in Directus while its form holds unsaved changes stays on screen
  // (with the form and its conflict notice) until those changes are saved or discarded.
  const [kept, setKept] = useState<Relationship | null>(null);
  const selectedId = selection?.type === 'relationship' ? selection.id : null;
  const found = selectedId ? index.relationship(selectedId) : undefined;
  if (found && found !== kept) setKept(found);
  const keptWithWork =
    !found &&
    kept?.id === selectedId &&
    kept.relations.some((r) => unsaved.some((entry) => entry.key === `relation ${relationKey(r)}`))
      ? kept
      : null;

  if (selection?.type === 'collection')
    return <CollectionDetails collection={selection.collection} index={index} />;
  if (selection?.type === 'relationships') {
    const chosen = selection.ids.flatMap((id) => index.relationship(id) ?? []);
    const relations = chosen.flatMap((relationship) => relationship.relations);
    return (
      <Stack gap="sm">
        <Title order={2} size="h4">
          {chosen.length} relationships selected
        </Title>
        <List fz="sm">
          {relations.map((relation) => (
            <List.Item key={relationKey(relation)}>{relationKey(relation)}</List.Item>
          ))}
        </List>
        <Button
          color="red"
          variant="light"
          disabled={!canWrite || !relations.length}
          onClick={() => onDelete({ relations })}
          title={writeBlock ?? undefined}
        >
          Delete {relations.length} relations
        </Button>
      </Stack>
    );
  }
  if (selection?.type === 'relationship') {
    const relationship = found ?? keptWithWork;
    if (!relationship) {
      return (
        <Text fz="sm">
          The relationship {selection.id} is not in this data model: it may have been deleted in Directus.
        </Text>
      );
    }
    const junction = relationship.junction?.collection;
    const hidden = junction
      ? [...index.relationsOut(junction), ...index.relationsIn(junction)].filter(
          (r) => !relationship.relations.some((own) => relationKey(own) === relationKey(r)),
        )
      : [];
    return (
      <Stack gap="md">
        <Group gap="xs">
          <Title order={2} size="h4">
            {title(relationship)}
          </Title>
          <Badge>{KIND_LABEL[relationship.kind]}</Badge>
        </Group>
        {junction && (
          <Text fz="sm">
            Through the junction collection <strong>{junction}</strong>.
          </Text>
        )}
        {hidden.length > 0 && (
          <Stack gap={4}>
            <Text fz="sm">
              {junction} also has {hidden.length} relation{hidden.length === 1 ? '' : 's'} of its own, not
              drawn while junctions are hidden: {hidden.map(relationKey).join(', ')}.
            </Text>
            <Button size="compact-xs" variant="light" onClick={() => showJunctions(true)} w="fit-content">
              Show junction collections
            </Button>
          </Stack>
        )}
        <Button
          size="xs"
          color="red"
          variant="light"
          w="fit-content"
          disabled={!canWrite}
          title={writeBlock ?? undefined}
          onClick={() => onDelete({ relationship })}
        >
          Delete relationship
        </Button>
        {relationship.relations.map((relation) => (
          <Stack key={relationKey(relation)} gap="xs">
            <RelationForm
              relation={relation}
              index={index}
              session={session}
              isJunction={relationship.junction !== null}
              onDelete={(base) => onDelete({ relations: [base] })}
            />
            <RelationDetails relation={relation} legacy={session.gateway.generation === 'legacy'} />
          </Stack>
        ))}
      </Stack>
    );
  }
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        Details
      </Title>
      <Text fz="sm" c="dimmed">
        Select a collection or a relationship on the diagram to see everything Directus stores about it.
        Ctrl-click edges to select several.
      </Text>
    </Stack>
  );
}
