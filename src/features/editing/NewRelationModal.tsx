import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { DirectusSchema, ForeignKeyAction } from '../../domain/directus-types';
import { defaultForeignKeyName, planNewManyToOne, type Step } from '../../domain/editing/plan';
import { primaryKeyField } from '../../domain/editing/schema-lookup';
import { defaultOnDelete, validateNewForeignKey } from '../../domain/editing/validation';
import { foreignKeyActionOptions } from './form-options';
import type { NewRelationTarget } from './useConnectRelation';

interface Props {
  schema: DirectusSchema;
  target: NewRelationTarget;
  pending: boolean;
  error: Error | null;
  onCreate: (steps: Step[]) => void;
  onClose: () => void;
}

/** A new foreign-key field (and optional reverse alias) plus its relation, created in that order. */
export function NewRelationModal({ schema, target, pending, error, onCreate, onClose }: Props) {
  const { collection, related } = target;
  const [field, setField] = useState(() => defaultForeignKeyName(schema, collection, related));
  const [alias, setAlias] = useState('');
  const [onDelete, setOnDelete] = useState<ForeignKeyAction>(() =>
    defaultOnDelete(schema, { collection, field: '', related }),
  );
  const primaryKey = primaryKeyField(schema, related);
  const issues = validateNewForeignKey(schema, {
    collection,
    field,
    related,
    alias: alias.trim() || null,
  }).filter((issue) => issue.severity === 'error');
  const errorFor = (target: string) => issues.find((issue) => issue.target === target)?.message;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (issues.length || !primaryKey) return;
    onCreate(
      planNewManyToOne({
        collection,
        field,
        related,
        relatedPrimaryKeyType: primaryKey.type,
        createField: true,
        alias: alias.trim() || null,
        onDelete,
      }),
    );
  };

  return (
    <Modal opened onClose={onClose} title={`New relation from ${collection} to ${related}`}>
      <form onSubmit={submit} aria-label="New relation">
        <Stack gap="sm">
          <TextInput
            label="Foreign key field"
            description={`A new field on ${collection}`}
            value={field}
            onChange={(e) => setField(e.currentTarget.value)}
            error={errorFor('field')}
            required
          />
          <TextInput
            label="Type"
            description={`The type of ${related}'s primary key`}
            value={primaryKey?.type ?? 'unknown'}
            readOnly
          />
          <TextInput
            label="Reverse alias (optional)"
            description={`An O2M field on ${related} listing its ${collection}`}
            value={alias}
            onChange={(e) => setAlias(e.currentTarget.value)}
            error={errorFor('one_field')}
          />
          <Select
            label="On delete"
            data={foreignKeyActionOptions}
            value={onDelete}
            onChange={(value) => value && setOnDelete(value as ForeignKeyAction)}
            allowDeselect={false}
          />
          {errorFor('related_collection') && <Alert color="red">{errorFor('related_collection')}</Alert>}
          {error && (
            <Alert color="red" title="Not created" role="alert">
              {error.message}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} disabled={issues.length > 0 || !primaryKey}>
              Create relation
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
