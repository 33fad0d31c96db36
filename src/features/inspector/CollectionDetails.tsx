import { Badge, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { relationsOfCollection } from '../../domain/collections';
import type { DirectusRelation, DirectusSchema } from '../../domain/directus-types';
import { KIND_LABEL, relationKey } from '../../domain/model';
import type { ModelIndex } from '../../domain/model-index';
import { useSelection } from '../../hooks/useUrlState';

interface Props {
  collection: string;
  schema: DirectusSchema;
  inferred: ModelIndex;
}

function specials(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  return typeof value === 'string' ? value : '';
}

export function CollectionDetails({ collection, schema, inferred }: Props) {
  const [, select] = useSelection();
  const fields = schema.fields.filter((field) => field.collection === collection);
  const byKey = (a: DirectusRelation, b: DirectusRelation) => relationKey(a).localeCompare(relationKey(b));
  const related = relationsOfCollection(schema.relations, collection);
  const outgoing = [...related.outgoing].sort(byKey);
  const incoming = [...related.incoming].sort(byKey);

  const relationItem = (relation: DirectusRelation) => {
    const key = relationKey(relation);
    const relationship = inferred.relationships.find((candidate) =>
      candidate.relations.some((r) => relationKey(r) === key),
    );
    const target =
      relation.related_collection ?? relation.meta?.one_allowed_collections?.join(', ') ?? 'any collection';
    return (
      <List.Item key={key}>
        <Group gap={6} wrap="nowrap">
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={!relationship}
            onClick={() => relationship && select({ type: 'relationship', id: relationship.id })}
          >
            {`${key} → ${target}`}
          </Button>
          {relationship && (
            <Badge size="xs" variant="light">
              {KIND_LABEL[relationship.kind]}
            </Badge>
          )}
        </Group>
      </List.Item>
    );
  };

  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        Collection {collection}
      </Title>
      <Table aria-label={`Fields of ${collection}`} fz="xs" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>field</Table.Th>
            <Table.Th>type</Table.Th>
            <Table.Th>special</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.field}>
              <Table.Td>
                {field.field}
                {field.schema?.is_primary_key ? ' (PK)' : ''}
                {field.schema?.foreign_key_table ? ' (FK)' : ''}
              </Table.Td>
              <Table.Td>{field.type}</Table.Td>
              <Table.Td>{specials(field.meta?.special)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h5">
        Relations out of {collection} ({outgoing.length})
      </Title>
      {outgoing.length ? (
        <List aria-label={`Relations out of ${collection}`} listStyleType="none">
          {outgoing.map(relationItem)}
        </List>
      ) : (
        <Text fz="xs" c="dimmed">
          None
        </Text>
      )}
      <Title order={3} size="h5">
        Relations into {collection} ({incoming.length})
      </Title>
      {incoming.length ? (
        <List aria-label={`Relations into ${collection}`} listStyleType="none">
          {incoming.map(relationItem)}
        </List>
      ) : (
        <Text fz="xs" c="dimmed">
          None
        </Text>
      )}
    </Stack>
  );
}
