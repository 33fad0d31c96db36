import { Alert, Button, Checkbox, Group, List, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { Change, NewRelationship } from '../../domain/changes/change';
import { defaultNewRelationship, defaultOnDelete } from '../../domain/changes/new-relationship';
import { validateNewRelationship } from '../../domain/changes/validate-new';
import type { ModelIndex } from '../../domain/model-index';
import { useSession } from '../connect/session-context';
import { ConflictNotice } from './ConflictNotice';
import { CopyAs } from './CopyAs';
import { StepList } from './StepList';
import { nothingSuffix } from './report-error';
import { useCommitChange } from './useCommitChange';

/** Plain fields of the collection that could hold a foreign key: no key, no alias, no relation yet. */
function candidates(index: ModelIndex, collection: string) {
  const key = index.primaryKey(collection)?.field;
  return index
    .fields(collection)
    .filter((f) => f.type !== 'alias' && f.field !== key && !index.relation(collection, f.field)?.meta);
}

/** Each field a many-to-one (a file for directus_files) to the target, as the drag makes one. */
export function manyToOneSpecs(
  index: ModelIndex,
  collection: string,
  fields: readonly string[],
  target: string,
): NewRelationship[] {
  const kind = target === 'directus_files' ? 'file' : 'm2o';
  return fields.map((field) => ({
    ...defaultNewRelationship(index, kind, collection, [target]),
    field,
    useExistingField: true,
    onDelete: defaultOnDelete(index, collection, field, target),
  }));
}

/** Several fields of one collection made many-to-one to one collection, in one change. */
export function ManyToOneBatch({ collection, index }: { collection: string; index: ModelIndex }) {
  const session = useSession();
  const [checked, setChecked] = useState<string[]>([]);
  const [target, setTarget] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const commit = useCommitChange(session, 'nothing was created');
  const fields = candidates(index, collection);
  if (!session.isAdmin || fields.length === 0) return null;

  const chosen = checked.filter((name) => fields.some((f) => f.field === name));
  const specs = target ? manyToOneSpecs(index, collection, chosen, target) : [];
  const problems = specs.flatMap((spec) =>
    validateNewRelationship(index, spec).map((issue) => `${spec.collection}.${spec.field}: ${issue.message}`),
  );
  const change: Change = {
    type: 'batch',
    changes: specs.map((relationship) => ({ type: 'createRelationship', relationship })),
  };
  const tables = index.collections
    .filter((c) => index.isTable(c.collection))
    .map((c) => ({ value: c.collection, label: c.collection }));
  const run = (overwrite = false) =>
    commit.run(change, {
      overwrite,
      onDone: () => {
        notifications.show({
          color: 'green',
          title: `${specs.length} relations created`,
          message: specs.map((s) => `${s.collection}.${s.field} → ${target}`).join(', '),
        });
        setConfirming(false);
        setChecked([]);
      },
    });

  return (
    <Stack gap="xs" component="section" aria-label={`Make fields of ${collection} many-to-one`}>
      <Title order={3} size="h5">
        Make many-to-one
      </Title>
      <Checkbox.Group label="Fields" value={checked} onChange={setChecked}>
        <Stack gap={4} mt={4}>
          {fields.map((field) => (
            <Checkbox
              key={field.field}
              value={field.field}
              label={`${field.field} (${field.type})`}
              size="xs"
            />
          ))}
        </Stack>
      </Checkbox.Group>
      <Select
        label="Target collection"
        data={tables}
        value={target}
        onChange={setTarget}
        searchable
        size="xs"
      />
      <Button
        size="xs"
        w="fit-content"
        disabled={chosen.length === 0 || !target}
        onClick={() => setConfirming(true)}
      >
        Make {chosen.length || ''} many-to-one…
      </Button>
      {confirming && target && (
        <Modal
          opened
          onClose={() => setConfirming(false)}
          title={`Create ${specs.length} relation${specs.length === 1 ? '' : 's'}`}
          size="lg"
          closeButtonProps={{ 'aria-label': 'Close' }}
        >
          <Stack gap="sm">
            <Text fz="sm">
              In one change{session.gateway.generation === 'legacy' ? ', one request' : ''}:
            </Text>
            <List fz="sm" aria-label="Relations to create">
              {specs.map((spec) => (
                <List.Item key={spec.field}>{`${spec.collection}.${spec.field} → ${target}`}</List.Item>
              ))}
            </List>
            <StepList steps={commit.stepsOf(change)} label="Changes to apply" />
            {problems.length > 0 && (
              <Alert color="red" title="Relata will not send this" role="alert" p="xs">
                {problems.join(' ')}
              </Alert>
            )}
            {commit.conflict && <ConflictNotice conflict={commit.conflict} onOverwrite={() => run(true)} />}
            {commit.error && (
              <Alert color="red" title="Not created" role="alert" p="xs">
                {commit.error.message}
                {nothingSuffix(commit.error, 'Nothing was created.')}
              </Alert>
            )}
            <Group justify="flex-end">
              <CopyAs session={session} schema={index.schema} steps={() => commit.stepsOf(change)} />
              <Button variant="default" onClick={() => setConfirming(false)}>
                Cancel
              </Button>
              <Button loading={commit.pending} disabled={problems.length > 0} onClick={() => run()}>
                Create
              </Button>
            </Group>
          </Stack>
        </Modal>
      )}
    </Stack>
  );
}
