import { Alert, Stack, Text, Title } from '@mantine/core';
import type { DirectusRelation } from '../../domain/directus-types';
import { relationKey } from '../../domain/model';
import { PropertyTable } from './PropertyTable';

const META_KEYS = [
  'id',
  'one_field',
  'one_collection_field',
  'one_allowed_collections',
  'junction_field',
  'sort_field',
  'one_deselect_action',
  'system',
] as const;
/** The 9.0 release candidates' rows name both primary keys and have no deselect action. */
const LEGACY_META_KEYS = [
  'id',
  'many_primary',
  'one_primary',
  'one_field',
  'one_collection_field',
  'one_allowed_collections',
  'junction_field',
  'sort_field',
  'system',
] as const;
const SCHEMA_KEYS = [
  'table',
  'column',
  'foreign_key_table',
  'foreign_key_column',
  'constraint_name',
  'on_update',
  'on_delete',
] as const;

/** Every property of one relation exactly as Directus returned it. */
export function RelationDetails({
  relation,
  legacy = false,
}: {
  relation: DirectusRelation;
  legacy?: boolean;
}) {
  const key = relationKey(relation);
  const { meta, schema } = relation;
  return (
    <Stack gap={4} component="section" aria-label={`Relation ${key}`}>
      <Title order={3} size="h5">
        Relation {key}
      </Title>
      <PropertyTable
        label={`${key}: relation`}
        rows={[
          ['collection', relation.collection],
          ['field', relation.field],
          ['related_collection', relation.related_collection],
        ]}
      />
      <Text fz="xs" fw={600} mt={4}>
        meta
      </Text>
      {meta ? (
        <PropertyTable
          label={`${key}: meta`}
          rows={(legacy ? LEGACY_META_KEYS : META_KEYS).map((name) => [name, meta[name]])}
        />
      ) : (
        <Alert color="gray" p="xs" fz="xs">
          meta is null: no row in directus_relations, so Directus knows this foreign key only from the
          database.
        </Alert>
      )}
      <Text fz="xs" fw={600} mt={4}>
        schema
      </Text>
      {schema ? (
        <PropertyTable label={`${key}: schema`} rows={SCHEMA_KEYS.map((name) => [name, schema[name]])} />
      ) : (
        <Alert color="gray" p="xs" fz="xs">
          {legacy
            ? 'schema is null: no foreign key: the 9.0 release candidates keep relations as metadata only.'
            : 'schema is null: no foreign key in the database for this relation.'}
        </Alert>
      )}
    </Stack>
  );
}
