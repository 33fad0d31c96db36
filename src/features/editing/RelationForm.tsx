import { Alert, Button, Group, MultiSelect, Select, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { RelataError } from '../../api/errors';
import type { Session } from '../../api/session';
import type {
  DeselectAction,
  DirectusRelation,
  DirectusSchema,
  ForeignKeyAction,
} from '../../domain/directus-types';
import {
  draftChanged,
  draftFromRelation,
  updateRequestBody,
  type RelationDraft,
} from '../../domain/editing/draft';
import { issueTargetForDirectusReason } from '../../domain/editing/error-targets';
import type { Step } from '../../domain/editing/plan';
import { hasErrors, type Issue, type IssueTarget } from '../../domain/editing/issues';
import { validateDraft } from '../../domain/editing/validation';
import { relationKey } from '../../domain/model';
import { ConflictError, useUpdateRelation } from '../../hooks/useRelationMutations';
import { ConflictNotice } from './ConflictNotice';
import { FieldChoice } from './FieldChoice';
import { CopyAs } from './CopyAs';
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
import { isAuthError, useReportError } from './report-error';

interface Props {
  relation: DirectusRelation;
  schema: DirectusSchema;
  session: Session;
  isJunction: boolean;
  onDelete: (relation: DirectusRelation) => void;
}

/** Edits every meta field and the foreign-key actions of one relation; keeps the input through every error. */
export function RelationForm({ relation, schema, session, isJunction, onDelete }: Props) {
  const key = relationKey(relation);
  const [base, setBase] = useState(relation);
  const [draft, setDraft] = useState<RelationDraft>(() => draftFromRelation(relation));
  const [newOneField, setNewOneField] = useState<string | null>(null);
  const [newSortField, setNewSortField] = useState<string | null>(null);
  const [serverIssue, setServerIssue] = useState<Issue | null>(null);
  const [conflict, setConflict] = useState<ConflictError | null>(null);
  const update = useUpdateRelation(session);
  const reportError = useReportError();
  const readOnly = !session.isAdmin;

  const effective: RelationDraft = {
    ...draft,
    meta: {
      ...draft.meta,
      one_field: newOneField ?? draft.meta.one_field,
      sort_field: newSortField ?? draft.meta.sort_field,
    },
  };
  const issues = [
    ...validateDraft(effective, schema, {
      creatingOneField: newOneField !== null,
      creatingSortField: newSortField !== null,
    }),
    ...(serverIssue ? [serverIssue] : []),
  ];
  const issueFor = (target: IssueTarget) => issues.filter((issue) => issue.target === target);
  const errorFor = (target: IssueTarget) =>
    issueFor(target).find((issue) => issue.severity === 'error')?.message;
  const warningFor = (target: IssueTarget) =>
    issueFor(target).find((issue) => issue.severity === 'warning')?.message;
  const changed =
    draftChanged(effective, draftFromRelation(base)) || newOneField !== null || newSortField !== null;

  const edit = (change: (current: RelationDraft) => RelationDraft) => {
    setServerIssue(null);
    setDraft(change);
  };
  const setMeta = <K extends keyof RelationDraft['meta']>(name: K, value: RelationDraft['meta'][K]) =>
    edit((current) => ({ ...current, meta: { ...current.meta, [name]: value } }));
  const setSchema = (name: 'on_delete' | 'on_update', value: ForeignKeyAction) =>
    edit((current) =>
      current.schema ? { ...current, schema: { ...current.schema, [name]: value } } : current,
    );

  const save = (overwrite: boolean) => {
    const before: Step[] = [];
    if (newOneField !== null && draft.related_collection) {
      before.push({
        kind: 'createField',
        collection: draft.related_collection,
        field: { field: newOneField, type: 'alias', meta: { interface: 'list-o2m', special: ['o2m'] } },
      });
    }
    if (newSortField !== null) {
      before.push({
        kind: 'createField',
        collection: draft.collection,
        field: {
          field: newSortField,
          type: 'integer',
          meta: { interface: 'input', special: [] },
          schema: {},
        },
      });
    }
    setConflict(null);
    update.mutate(
      { base, body: updateRequestBody(effective) as DirectusRelation, before, overwrite, keys: [key] },
      {
        onSuccess: (saved) => {
          setBase(saved);
          setDraft(draftFromRelation(saved));
          setNewOneField(null);
          setNewSortField(null);
        },
        onError: (error) => {
          if (error instanceof ConflictError) return setConflict(error);
          if (error instanceof RelataError && error.kind === 'invalid-payload') {
            return setServerIssue({
              target: issueTargetForDirectusReason(error.reason, error.message),
              severity: 'error',
              message: `Directus refused: ${error.message}`,
            });
          }
          reportError(isAuthError(error) ? 'Sign in again to save' : 'The relation was not saved', error);
        },
      },
    );
  };

  const reload = (current: DirectusRelation) => {
    setBase(current);
    setDraft(draftFromRelation(current));
    setNewOneField(null);
    setNewSortField(null);
    setConflict(null);
  };

  const isManyToAnyItem = draft.related_collection === null;

  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={`Edit relation ${key}`}
      onSubmit={(event) => {
        event.preventDefault();
        save(false);
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
      {conflict && <ConflictNotice conflict={conflict} onReload={reload} onOverwrite={() => save(true)} />}
      {update.error && !(update.error instanceof ConflictError) && !serverIssue && (
        <Alert color="red" title="Not saved" role="alert" p="xs">
          {update.error.message}
        </Alert>
      )}
      {!isManyToAnyItem && (
        <FieldChoice
          label="One field"
          description={`The alias field on ${draft.related_collection} that lists these items (O2M)`}
          noun="alias field"
          newLabel="New one field name"
          options={aliasOptions(schema, draft.related_collection)}
          current={draft.meta.one_field}
          creating={newOneField}
          onChoose={(field) => setMeta('one_field', field)}
          onCreate={(name) => {
            setServerIssue(null);
            setNewOneField(name);
          }}
          error={errorFor('one_field')}
          disabled={readOnly}
        />
      )}
      <FieldChoice
        label="Sort field"
        description={`An integer field on ${draft.collection} that orders the items`}
        noun="sort field"
        newLabel="New sort field name"
        options={integerFieldOptions(schema, draft.collection)}
        current={draft.meta.sort_field}
        creating={newSortField}
        onChoose={(field) => setMeta('sort_field', field)}
        onCreate={(name) => {
          setServerIssue(null);
          setNewSortField(name);
        }}
        error={errorFor('sort_field')}
        disabled={readOnly}
      />
      <Select
        label="One deselect action"
        description="What happens to an item removed from the list"
        data={deselectOptions}
        value={draft.meta.one_deselect_action}
        onChange={(value) => value && setMeta('one_deselect_action', value as DeselectAction)}
        error={errorFor('one_deselect_action')}
        disabled={readOnly}
        allowDeselect={false}
      />
      {(isJunction || draft.meta.junction_field !== null) && (
        <Select
          label="Junction field"
          description="The junction's other foreign key"
          data={[
            { value: NONE, label: 'none' },
            ...withCurrent(fieldOptions(schema, draft.collection), draft.meta.junction_field),
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
            label="One allowed collections"
            data={collectionOptions(schema)}
            value={draft.meta.one_allowed_collections ?? []}
            onChange={(value) => setMeta('one_allowed_collections', value.length ? value : null)}
            error={errorFor('one_allowed_collections')}
            disabled={readOnly}
          />
          <Select
            label="One collection field"
            description="The junction field holding each item's collection name"
            data={withCurrent(fieldOptions(schema, draft.collection), draft.meta.one_collection_field)}
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
          No foreign key: a many-to-any item field points at several collections, so it has no on delete or on
          update action.
        </Text>
      )}
      {update.isSuccess && !changed && (
        <Text role="status" fz="xs" c="green">
          Saved to Directus
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
          disabled={readOnly || !changed || hasErrors(issues)}
          loading={update.isPending}
          title={readOnly ? 'Needs an admin' : undefined}
        >
          Save relation
        </Button>
        <Button
          size="xs"
          color="red"
          variant="light"
          disabled={readOnly}
          onClick={() => onDelete(base)}
          title={readOnly ? 'Needs an admin' : undefined}
        >
          Delete relation
        </Button>
        <CopyAs
          url={session.url}
          request={{
            action: 'update',
            collection: draft.collection,
            field: draft.field,
            body: updateRequestBody(effective),
          }}
        />
      </Group>
    </Stack>
  );
}
