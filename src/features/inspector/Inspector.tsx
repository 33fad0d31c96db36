import { Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { DirectusRelation } from '../../domain/directus-types';
import { KIND_LABEL, relationKey, type Relationship } from '../../domain/model';
import type { DataModel } from '../../hooks/useDataModel';
import { useSelection } from '../../hooks/useUrlState';
import { useSession } from '../connect/session-context';
import { DeleteRelationsModal } from '../editing/DeleteRelationsModal';
import { RelationForm } from '../editing/RelationForm';
import { CollectionDetails } from './CollectionDetails';
import { RelationDetails } from './RelationDetails';

function title(relationship: Relationship) {
  const { source, junction } = relationship;
  return source.field ? `${source.collection}.${source.field}` : (junction?.collection ?? source.collection);
}

export function Inspector({ model }: { model: DataModel }) {
  const session = useSession();
  const [deleting, setDeleting] = useState<DirectusRelation[] | null>(null);
  const [, select] = useSelection();
  // The confirmation stays mounted while its delete runs, even after the optimistic update
  // has taken the relation off the diagram (and so out of the selection).
  return (
    <>
      <Selected model={model} onDelete={setDeleting} />
      {deleting && (
        <DeleteRelationsModal
          session={session}
          relations={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            select(null);
          }}
        />
      )}
    </>
  );
}

function Selected({
  model,
  onDelete,
}: {
  model: DataModel;
  onDelete: (relations: DirectusRelation[]) => void;
}) {
  const session = useSession();
  const [selection] = useSelection();
  const { schema, inferred } = model;
  if (!schema || !inferred) return null;

  if (selection?.type === 'collection') {
    return <CollectionDetails collection={selection.collection} schema={schema} inferred={inferred} />;
  }
  if (selection?.type === 'relationships') {
    const chosen = inferred.relationships.filter((candidate) => selection.ids.includes(candidate.id));
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
          disabled={!session.isAdmin || !relations.length}
          onClick={() => onDelete(relations)}
          title={session.isAdmin ? undefined : 'Needs an admin'}
        >
          Delete {relations.length} relations
        </Button>
      </Stack>
    );
  }
  if (selection?.type === 'relationship') {
    const relationship = inferred.relationships.find((candidate) => candidate.id === selection.id);
    if (!relationship) {
      return <Text c="dimmed">The selected relationship ({selection.id}) is not in this data model.</Text>;
    }
    return (
      <Stack gap="md">
        <Group gap="xs">
          <Title order={2} size="h4">
            {title(relationship)}
          </Title>
          <Badge>{KIND_LABEL[relationship.kind]}</Badge>
        </Group>
        {relationship.junction && (
          <Text fz="sm">
            Through the junction collection <strong>{relationship.junction.collection}</strong>.
          </Text>
        )}
        {relationship.relations.map((relation) => (
          <Stack key={relationKey(relation)} gap="xs">
            <RelationForm
              relation={relation}
              schema={schema}
              session={session}
              isJunction={relationship.junction !== null}
              onDelete={(base) => onDelete([base])}
            />
            <RelationDetails relation={relation} />
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
