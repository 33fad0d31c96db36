import {
  ActionIcon,
  Badge,
  Button,
  Group,
  List,
  NumberInput,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { fieldSpecials } from '../../domain/fields';
import type { DirectusRelation } from '../../domain/directus-types';
import { KIND_LABEL, relationKey } from '../../domain/model';
import type { ModelIndex } from '../../domain/model-index';
import { MAX_HOPS, useFocus, useSelect } from '../../hooks/useUrlState';
import { useSession } from '../connect/session-context';
import { requestNewRelationship } from '../editing/new-relationship-request';
import { ManyToOneBatch } from '../editing/ManyToOneBatch';

interface Props {
  collection: string;
  index: ModelIndex;
}

const byKey = (a: DirectusRelation, b: DirectusRelation) => relationKey(a).localeCompare(relationKey(b));

export function CollectionDetails({ collection, index }: Props) {
  const select = useSelect();
  const [focus, setFocus] = useFocus();
  const canWrite = useSession().isAdmin;
  const declared = index.collection(collection);
  const fields = index.fields(collection);
  const outgoing = [...index.relationsOut(collection)].sort(byKey);
  const incoming = [...index.relationsIn(collection)].sort(byKey);
  if (!declared && !fields.length && !outgoing.length && !incoming.length) {
    return (
      <Stack gap="xs">
        <Title order={2} size="h4">
          Collection {collection}
        </Title>
        <Text fz="sm">
          There is no collection named {collection} in this data model (or your role cannot read it).
        </Text>
      </Stack>
    );
  }
  const hops = focus?.collection === collection ? focus.hops : 1;
  const key = index.primaryKey(collection)?.field;

  const relationItem = (relation: DirectusRelation) => {
    const name = relationKey(relation);
    const relationship = index.relationshipOf(relation.collection, relation.field);
    const target =
      relation.related_collection ?? relation.meta?.one_allowed_collections?.join(', ') ?? 'any collection';
    return (
      <List.Item key={name}>
        <Group gap={6} wrap="nowrap">
          <Button
            variant="subtle"
            size="compact-xs"
            disabled={!relationship}
            onClick={() => relationship && select({ type: 'relationship', id: relationship.id })}
          >
            {`${name} → ${target}`}
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
      {!declared && (
        <Text fz="xs" c="dimmed">
          Relations point at {collection}, but it is not among the collections Directus listed.
        </Text>
      )}
      <Group gap="xs" align="end">
        <Button size="xs" variant="light" onClick={() => setFocus({ collection, hops })}>
          Focus on this collection
        </Button>
        <NumberInput
          label="Hops"
          size="xs"
          w={80}
          min={1}
          max={MAX_HOPS}
          value={hops}
          onChange={(value) => {
            const next = Math.min(MAX_HOPS, Math.max(1, Number(value) || 1));
            setFocus({ collection, hops: next });
          }}
          clampBehavior="strict"
        />
        {focus && (
          <Button size="xs" variant="subtle" onClick={() => setFocus(null)}>
            Leave focus
          </Button>
        )}
      </Group>
      <Table aria-label={`Fields of ${collection}`} fz="xs" verticalSpacing={2}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>field</Table.Th>
            <Table.Th>type</Table.Th>
            <Table.Th>special</Table.Th>
            {canWrite && <Table.Th aria-label="Actions" />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.field}>
              <Table.Td>
                {field.field}
                {field.field === key ? ' (PK)' : ''}
                {field.schema?.foreign_key_table ||
                index.relation(collection, field.field)?.related_collection
                  ? ' (FK)'
                  : ''}
              </Table.Td>
              <Table.Td>{field.type}</Table.Td>
              <Table.Td>{fieldSpecials(field).join(', ')}</Table.Td>
              {canWrite && (
                <Table.Td>
                  {field.type !== 'alias' &&
                    field.field !== key &&
                    !index.relation(collection, field.field)?.meta && (
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        aria-label={`New relation from ${collection}.${field.field}`}
                        title="Make this field a many-to-one (choose the target and the kind)"
                        onClick={() =>
                          requestNewRelationship({ kind: 'm2o', collection, field: field.field })
                        }
                      >
                        →
                      </ActionIcon>
                    )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {declared && <ManyToOneBatch key={collection} collection={collection} index={index} />}
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
