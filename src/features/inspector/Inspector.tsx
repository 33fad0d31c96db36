import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { KIND_LABEL } from '../../domain/model';
import type { DataModel } from '../../hooks/useDataModel';
import { useSelection } from '../../hooks/useUrlState';
import { CollectionDetails } from './CollectionDetails';
import { RelationDetails } from './RelationDetails';

export function Inspector({ model }: { model: DataModel }) {
  const [selection] = useSelection();
  const { schema, inferred } = model;
  if (!schema || !inferred) return null;

  if (selection?.type === 'collection') {
    return <CollectionDetails collection={selection.collection} schema={schema} inferred={inferred} />;
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
            {relationship.source.field
              ? `${relationship.source.collection}.${relationship.source.field}`
              : (relationship.junction?.collection ?? relationship.source.collection)}
          </Title>
          <Badge>{KIND_LABEL[relationship.kind]}</Badge>
        </Group>
        {relationship.junction && (
          <Text fz="sm">
            Through the junction collection <strong>{relationship.junction.collection}</strong>.
          </Text>
        )}
        {relationship.relations.map((relation) => (
          <RelationDetails key={`${relation.collection}.${relation.field}`} relation={relation} />
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
      </Text>
    </Stack>
  );
}
