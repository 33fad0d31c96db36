import { Alert, Button, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import type { Session } from '../../api/session';
import type { DeselectAction, DirectusRelation, ForeignKeyAction } from '../../domain/directus-types';
import { hasErrors } from '../../domain/editing/issues';
import type { ModelIndex } from '../../domain/model-index';
import { useWriteBlock } from '../../hooks/useServerStatus';
import { ConflictNotice } from './ConflictNotice';
import { CopyAs } from './CopyAs';
import { FieldChoice } from './FieldChoice';
import {
  aliasOptions,
  collectionOptions,
  deselectOptions,
  fieldOptions,
  foreignKeyActionOptions,
  integerFieldOptions,
  NONE,
  withCurrent,
} from './form-options';
import { useRelationEditor } from './useRelationEditor';
import { LIST_WHEN_OPEN } from './list-when-open';

interface Props {
  relation: DirectusRelation;
  index: ModelIndex;
  session: Session;
  isJunction: boolean;
  onDelete: (relation: DirectusRelation) => void;
}

/** Edits every meta field and the foreign-key actions of one relation; keeps the input through every error. */
export function RelationForm({ relation, index, session, isJunction, onDelete }: Props) {
  const editor = useRelationEditor(relation, index, session);
  const { key, draft, errorFor, warningFor, setMeta, setSchema } = editor;
  const readOnly = !session.isAdmin;
  // Offline the inputs stay editable (nothing typed is lost); only saving waits.
  const writeBlock = useWriteBlock(session);
  // The 9.0 release candidates' rows have no deselect action and no foreign key.
  const legacy = session.gateway.generation === 'legacy';

  const isManyToAnyItem = draft.related_collection === null;

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={`Edit relation ${key}`}
      onSubmit={(event) => {
        event.preventDefault();
        editor.save(false);
      }}
    >
      <Title order={3} size="h5">
        Edit {key}
      </Title>
      {readOnly && (
        <Alert color="yellow" p="xs">
          Editing is disabled: changing relations in Directus needs an admin, and{' '}
          {session.user.email ?? 'this user'} has no admin access.
        </Alert>
      )}
      {editor.conflict && (
        <ConflictNotice
          conflict={editor.conflict}
          yours={editor.yours}
          onReload={editor.reload}
          onOverwrite={writeBlock === null ? () => editor.save(true) : undefined}
          onRecreate={writeBlock === null ? () => editor.save(true) : undefined}
          onDiscard={editor.discard}
        />
      )}
      {editor.error && (
        <Alert color="red" title="Not saved" role="alert" p="xs">
          {editor.error.message}
        </Alert>
      )}
      {!isManyToAnyItem && (
        <FieldChoice
          label="One field"
          description={`The alias field on ${draft.related_collection} that lists these items (O2M)`}
          noun="alias field"
          newLabel="New one field name"
          options={aliasOptions(index, draft.related_collection)}
          current={draft.meta.one_field}
          creating={editor.newOneField}
          onChoose={(field) => setMeta('one_field', field)}
          onCreate={editor.createOneField}
          error={errorFor('one_field')}
          disabled={readOnly}
        />
      )}
      <FieldChoice
        label="Sort field"
        description={`An integer field on ${draft.collection} that orders the items`}
        noun="sort field"
        newLabel="New sort field name"
        options={integerFieldOptions(index, draft.collection)}
        current={draft.meta.sort_field}
        creating={editor.newSortField}
        onChoose={(field) => setMeta('sort_field', field)}
        onCreate={editor.createSortField}
        error={errorFor('sort_field')}
        disabled={readOnly}
      />
      {!legacy && (
        <Select
          comboboxProps={LIST_WHEN_OPEN}
          label="One deselect action"
          description="What happens to an item removed from the list"
          data={deselectOptions}
          value={draft.meta.one_deselect_action}
          onChange={(value) => value && setMeta('one_deselect_action', value as DeselectAction)}
          error={errorFor('one_deselect_action')}
          disabled={readOnly}
          allowDeselect={false}
        />
      )}
      {(isJunction || draft.meta.junction_field !== null) && (
        <Select
          comboboxProps={LIST_WHEN_OPEN}
          label="Junction field"
          description="The junction's other foreign key"
          data={[
            { value: NONE, label: 'none' },
            ...withCurrent(fieldOptions(index, draft.collection), draft.meta.junction_field),
          ]}
          value={draft.meta.junction_field ?? NONE}
          onChange={(value) => setMeta('junction_field', value === NONE || value === null ? null : value)}
          error={errorFor('junction_field')}
          disabled={readOnly}
          allowDeselect={false}
        />
      )}
      {isManyToAnyItem && (
        <>
          <MultiSelect
            comboboxProps={LIST_WHEN_OPEN}
            label="One allowed collections"
            data={collectionOptions(index)}
            value={draft.meta.one_allowed_collections ?? []}
            onChange={(value) => setMeta('one_allowed_collections', value.length ? value : null)}
            error={errorFor('one_allowed_collections')}
            disabled={readOnly}
          />
          <Select
            comboboxProps={LIST_WHEN_OPEN}
            label="One collection field"
            description="The junction field holding each item's collection name"
            data={withCurrent(fieldOptions(index, draft.collection), draft.meta.one_collection_field)}
            value={draft.meta.one_collection_field}
            onChange={(value) => setMeta('one_collection_field', value)}
            error={errorFor('one_collection_field')}
            disabled={readOnly}
          />
        </>
      )}
      {draft.schema ? (
        <>
          <Select
            comboboxProps={LIST_WHEN_OPEN}
            label="On delete"
            description={warningFor('on_delete') ?? `When the ${draft.related_collection} item is deleted`}
            data={foreignKeyActionOptions}
            value={draft.schema.on_delete}
            onChange={(value) => value && setSchema('on_delete', value as ForeignKeyAction)}
            error={errorFor('on_delete')}
            disabled={readOnly}
            allowDeselect={false}
          />
          <Select
            comboboxProps={LIST_WHEN_OPEN}
            label="On update"
            description={warningFor('on_update')}
            data={foreignKeyActionOptions}
            value={draft.schema.on_update}
            onChange={(value) => value && setSchema('on_update', value as ForeignKeyAction)}
            error={errorFor('on_update')}
            disabled={readOnly}
            allowDeselect={false}
          />
        </>
      ) : (
        <Text fz="xs" c="dimmed">
          {legacy
            ? 'No foreign key: the 9.0 release candidates keep relations as metadata only, so there is no on delete or on update action.'
            : 'No foreign key: a many-to-any item field points at several collections, so it has no on delete or on update action.'}
        </Text>
      )}
      {editor.saved && (
        <Text role="status" fz="xs" c="green">
          {editor.saved === 'staged' ? 'Staged' : 'Saved to Directus'}
        </Text>
      )}
      {errorFor('general') && (
        <Alert color="red" p="xs" role="alert">
          {errorFor('general')}
        </Alert>
      )}
      <Group gap="xs">
        <Button
          type="submit"
          size="xs"
          disabled={writeBlock !== null || !editor.changed || hasErrors(editor.issues)}
          loading={editor.pending}
          title={writeBlock ?? undefined}
        >
          Save relation
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          disabled={writeBlock !== null}
          onClick={() => onDelete(editor.base)}
          title={writeBlock ?? undefined}
        >
          Delete relation
        </Button>
        <CopyAs session={session} schema={index.schema} steps={editor.planned} />
      </Group>
    </Stack>
  );
}
