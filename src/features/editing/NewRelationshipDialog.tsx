import {
  Alert,
  Autocomplete,
  Button,
  Group,
  Modal,
  MultiSelect,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import type { Session } from '../../api/session';
import { reusableJunctions } from '../../domain/changes/new-relationship';
import { createdRelationshipId } from '../../domain/changes/plan';
import { validateNewRelationship, type NewRelationshipTarget } from '../../domain/changes/validate-new';
import { FOREIGN_KEY_ACTIONS, type ForeignKeyAction } from '../../domain/directus-types';
import type { RelationshipKind } from '../../domain/model';
import type { ModelIndex } from '../../domain/model-index';
import { useWriteBlock } from '../../hooks/useServerStatus';
import { useUnsavedWork } from '../../hooks/unsaved-work';
import { ConflictNotice } from './ConflictNotice';
import { CopyAs } from './CopyAs';
import { useNewRelationshipForm, type NewRelationshipStart } from './new-relationship-form';
import { isOutcomeUnknown } from './report-error';
import { StepList } from './StepList';
import { nothingSuffix } from './report-error';
import { useCommitChange } from './useCommitChange';

export const KIND_OPTIONS: { value: RelationshipKind; label: string }[] = [
  { value: 'm2o', label: 'Many to one' },
  { value: 'o2m', label: 'One to many' },
  { value: 'm2m', label: 'Many to many' },
  { value: 'm2a', label: 'Many to any' },
  { value: 'translations', label: 'Translations' },
  { value: 'file', label: 'File' },
  { value: 'files', label: 'Files' },
];

const REVERSE_HELP: Record<RelationshipKind, string> = {
  m2o: 'Optional: an O2M alias on the related collection listing these items',
  file: 'Optional: an O2M alias on directus_files',
  o2m: 'The foreign key on the related collection (created unless it exists)',
  m2m: 'Optional: an M2M alias on the related collection',
  files: 'Optional: an alias on directus_files',
  translations: 'Optional: an alias on the languages collection',
  m2a: '',
};

interface Props {
  index: ModelIndex;
  session: Session;
  start: NewRelationshipStart;
  onClose: () => void;
  onCreated: (relationshipId: string) => void;
}

/** Every Directus relationship kind, composed as the Data Studio composes it, previewed, then made in one step. */
export function NewRelationshipDialog({ index, session, start, onClose, onCreated }: Props) {
  const form = useNewRelationshipForm(index, start);
  const { spec } = form;
  const [previewing, setPreviewing] = useState(false);
  const commit = useCommitChange(session, 'nothing was created');
  const writeBlock = useWriteBlock(session);
  useUnsavedWork(
    form.touched
      ? { key: 'new relationship', what: `the new relationship ${createdRelationshipId(index, spec)}` }
      : null,
  );
  const issues = validateNewRelationship(index, spec);
  const errorFor = (target: NewRelationshipTarget) => issues.find((i) => i.target === target)?.message;
  const change = { type: 'createRelationship' as const, relationship: spec };
  const tables = index.collections
    .filter((c) => index.isTable(c.collection))
    .map((c) => ({ value: c.collection, label: c.collection }));
  const relatedOptions =
    spec.kind === 'translations' && !index.collection(spec.related[0] ?? '')
      ? [
          { value: spec.related[0] ?? 'languages', label: `${spec.related[0] ?? 'languages'} (new)` },
          ...tables,
        ]
      : tables;
  const isJunction = spec.junction !== null;
  const reusable =
    spec.kind === 'm2m' ? reusableJunctions(index, spec.collection, spec.related[0] ?? '') : [];
  const hasList = spec.kind !== 'm2o' && spec.kind !== 'file';

  const submit = (event: FormEvent, overwrite = false) => {
    event.preventDefault();
    if (issues.length) return;
    const created = createdRelationshipId(index, spec);
    commit.run(change, {
      overwrite,
      onDone: (outcome) => {
        if (outcome === 'saved')
          notifications.show({
            color: 'green',
            title: 'Relationship created',
            message: created,
          });
        onCreated(created);
      },
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title="New relationship"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <form onSubmit={submit} aria-label="New relationship">
        <Stack gap="sm">
          <Select
            label="Kind"
            data={KIND_OPTIONS}
            value={form.kind}
            onChange={(value) => value && form.setKind(value as RelationshipKind)}
            allowDeselect={false}
          />
          <Select
            label="Collection"
            description={
              spec.kind === 'm2o' || spec.kind === 'file' ? 'Holds the foreign key' : 'Gets the list field'
            }
            data={tables}
            value={spec.collection}
            onChange={(value) => value && form.setCollection(value)}
            error={errorFor('collection')}
            searchable
            allowDeselect={false}
          />
          {spec.kind === 'm2a' ? (
            <MultiSelect
              label="Allowed collections"
              data={tables}
              value={spec.related}
              onChange={form.setRelated}
              error={errorFor('related')}
              searchable
            />
          ) : (
            <Select
              label="Related collection"
              data={relatedOptions}
              value={spec.related[0] ?? null}
              onChange={(value) => value && form.setRelated([value])}
              error={errorFor('related')}
              disabled={spec.kind === 'file' || spec.kind === 'files'}
              searchable
              allowDeselect={false}
            />
          )}
          <TextInput
            label="Field name"
            description={
              spec.useExistingField && (spec.kind === 'm2o' || spec.kind === 'file')
                ? `Uses the existing field ${spec.collection}.${spec.field}`
                : `A new ${spec.kind === 'm2o' || spec.kind === 'file' ? 'foreign-key' : 'alias'} field on ${spec.collection}`
            }
            value={spec.field}
            onChange={(e) => form.setField(e.currentTarget.value)}
            error={errorFor('field')}
          />
          {spec.kind !== 'm2a' && (
            <TextInput
              label="Reverse field name"
              description={
                spec.kind === 'o2m' && spec.useExistingField
                  ? `Uses the existing field ${spec.related[0]}.${spec.reverseField}`
                  : REVERSE_HELP[spec.kind]
              }
              value={spec.reverseField ?? ''}
              onChange={(e) => form.setReverseField(e.currentTarget.value)}
              error={errorFor('reverseField')}
            />
          )}
          {isJunction && spec.junction && (
            <Autocomplete
              label="Junction collection"
              description={
                spec.junction.reuse
                  ? `Reuses the existing junction ${spec.junction.collection} (${spec.junction.parentKey}, ${spec.junction.relatedKey})`
                  : reusable.length
                    ? `A new hidden junction; or choose ${reusable.map((j) => j.collection).join(', ')} to reuse it`
                    : 'A new hidden junction collection'
              }
              data={reusable.map((j) => j.collection)}
              value={spec.junction.collection}
              onChange={form.setJunction}
              error={errorFor('junction')}
            />
          )}
          {hasList && (
            <TextInput
              label="Sort field"
              description="Optional: an integer field that keeps the list in order"
              value={spec.sortField ?? ''}
              onChange={(e) => form.setSortField(e.currentTarget.value)}
              error={errorFor('sortField')}
            />
          )}
          {spec.kind !== 'm2a' && session.gateway.generation !== 'legacy' && (
            <Select
              label="On delete"
              description={isJunction ? `When a ${spec.collection} item is deleted` : undefined}
              data={FOREIGN_KEY_ACTIONS.map((a) => ({ value: a, label: a }))}
              value={spec.onDelete}
              onChange={(value) => value && form.setOnDelete(value as ForeignKeyAction)}
              allowDeselect={false}
            />
          )}
          {errorFor('general') && <Alert color="red">{errorFor('general')}</Alert>}
          {previewing && <StepList steps={commit.stepsOf(change)} label="Changes to apply" />}
          {commit.conflict && (
            <ConflictNotice
              conflict={commit.conflict}
              onOverwrite={() => commit.run(change, { overwrite: true })}
            />
          )}
          {commit.error &&
            (isOutcomeUnknown(commit.error) ? (
              <Alert color="orange" title="Perhaps created" role="alert">
                {commit.error.message}
              </Alert>
            ) : (
              <Alert color="red" title="Not created" role="alert">
                {commit.error.message}
                {nothingSuffix(commit.error, 'Nothing was created.')}
              </Alert>
            ))}
          <Group justify="flex-end">
            <CopyAs session={session} schema={index.schema} steps={() => commit.stepsOf(change)} />
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button variant="light" onClick={() => setPreviewing((on) => !on)} aria-expanded={previewing}>
              Preview
            </Button>
            <Button
              type="submit"
              loading={commit.pending}
              disabled={issues.length > 0 || writeBlock !== null}
              title={writeBlock ?? undefined}
            >
              Create
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
