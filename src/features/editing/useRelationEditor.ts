// The state of one relation's form: the draft, fields to create with it, what validation and
// Directus say about it, and saving it through the one commit path. The draft survives every
// error; "saved" is shown only once Directus has applied the change ("staged" while staging).
import { useState } from 'react';
import { ConflictError, RelataError } from '../../api/errors';
import type { Session } from '../../api/session';
import { aliasField, hiddenField } from '../../domain/changes/bodies';
import type { Change } from '../../domain/changes/change';
import type { Conflict } from '../../domain/changes/preconditions';
import type { FieldBody } from '../../domain/changes/steps';
import type { DirectusRelation, ForeignKeyAction } from '../../domain/directus-types';
import {
  draftChanged,
  draftFromRelation,
  relationFromDraft,
  type RelationDraft,
} from '../../domain/editing/draft';
import { relationDifferences } from '../../domain/editing/conflicts';
import { issueTargetForDirectusReason } from '../../domain/editing/error-targets';
import type { Issue, IssueTarget } from '../../domain/editing/issues';
import { validateDraft } from '../../domain/editing/validation';
import type { ModelIndex } from '../../domain/model-index';
import { relationKey } from '../../domain/model';
import type { CommitOutcome } from '../../hooks/commit-port';
import { useCommit } from '../../hooks/useCommit';
import { useUnsavedWork } from '../../hooks/unsaved-work';
import { isAuthError, isOutcomeUnknown, useReportError } from './report-error';

export function useRelationEditor(relation: DirectusRelation, index: ModelIndex, session: Session) {
  const options = { foreignKeys: session.gateway.generation !== 'legacy' };
  const [base, setBase] = useState(relation);
  const [draft, setDraft] = useState<RelationDraft>(() => draftFromRelation(relation, options));
  const [newOneField, setNewOneField] = useState<string | null>(null);
  const [newSortField, setNewSortField] = useState<string | null>(null);
  const [serverIssue, setServerIssue] = useState<Issue | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [saved, setSaved] = useState<CommitOutcome | null>(null);
  const commit = useCommit(session);
  const reportError = useReportError();

  const effective: RelationDraft = {
    ...draft,
    meta: {
      ...draft.meta,
      one_field: newOneField ?? draft.meta.one_field,
      sort_field: newSortField ?? draft.meta.sort_field,
    },
  };
  const issues = [
    ...validateDraft(effective, index, {
      creatingOneField: newOneField !== null,
      creatingSortField: newSortField !== null,
    }),
    ...(serverIssue ? [serverIssue] : []),
  ];
  const changed =
    draftChanged(effective, draftFromRelation(base, options)) ||
    newOneField !== null ||
    newSortField !== null;
  const key = relationKey(relation);
  useUnsavedWork(changed ? { key: `relation ${key}`, what: `your changes to the relation ${key}` } : null);

  const edit = (change: (current: RelationDraft) => RelationDraft) => {
    setServerIssue(null);
    setSaved(null);
    setDraft(change);
  };

  const fieldsToCreate = (): FieldBody[] => [
    ...(newOneField !== null && draft.related_collection
      ? [aliasField(draft.related_collection, newOneField, 'o2m')]
      : []),
    ...(newSortField !== null
      ? [{ ...hiddenField(draft.collection, newSortField, 'integer'), meta: { interface: 'input' } }]
      : []),
  ];

  const changeOf = (): Extract<Change, { type: 'updateRelation' }> => ({
    type: 'updateRelation',
    before: base,
    after: relationFromDraft(base, effective),
    createFields: fieldsToCreate(),
  });

  const save = (overwrite: boolean) => {
    const change = changeOf();
    const { after } = change;
    setConflict(null);
    setSaved(null);
    commit.mutate(
      { change, steps: commit.plan(change), overwrite },
      {
        onSuccess: (outcome) => {
          setBase(after);
          setDraft(draftFromRelation(after, options));
          setNewOneField(null);
          setNewSortField(null);
          setSaved(outcome);
        },
        onError: (error) => {
          if (error instanceof ConflictError) return setConflict(error.conflicts[0] ?? null);
          if (error instanceof RelataError && error.kind === 'invalid-payload') {
            return setServerIssue({
              target: issueTargetForDirectusReason(error.reason, error.message),
              severity: 'error',
              message: `Directus refused: ${error.message}`,
            });
          }
          reportError(
            isAuthError(error)
              ? 'Sign in again to save'
              : isOutcomeUnknown(error)
                ? 'The relation may have been saved'
                : 'The relation was not saved',
            error,
          );
        },
      },
    );
  };

  const reload = (current: DirectusRelation) => {
    setBase(current);
    setDraft(draftFromRelation(current, options));
    setNewOneField(null);
    setNewSortField(null);
    setConflict(null);
  };

  /** Drops the form's changes: to the server's version when there is one, else to what it opened on. */
  const discard = () => {
    setServerIssue(null);
    reload(conflict?.current ?? base);
  };

  const issuesFor = (target: IssueTarget) => issues.filter((issue) => issue.target === target);
  return {
    key,
    base,
    draft,
    effective,
    issues,
    errorFor: (target: IssueTarget) => issuesFor(target).find((i) => i.severity === 'error')?.message,
    warningFor: (target: IssueTarget) => issuesFor(target).find((i) => i.severity === 'warning')?.message,
    changed,
    /** 'saved' once Directus applied the edit, 'staged' once it joined the pending set. */
    saved: changed ? null : saved,
    pending: commit.isPending,
    error: commit.error instanceof ConflictError || serverIssue ? null : commit.error,
    conflict,
    /** What saving would change, for the conflict notice. */
    yours: relationDifferences(base, relationFromDraft(base, effective)),
    newOneField,
    newSortField,
    setMeta: <K extends keyof RelationDraft['meta']>(name: K, value: RelationDraft['meta'][K]) =>
      edit((current) => ({ ...current, meta: { ...current.meta, [name]: value } })),
    setSchema: (name: 'on_delete' | 'on_update', value: ForeignKeyAction) =>
      edit((current) =>
        current.schema ? { ...current, schema: { ...current.schema, [name]: value } } : current,
      ),
    createOneField: (name: string | null) => {
      setServerIssue(null);
      setNewOneField(name);
    },
    createSortField: (name: string | null) => {
      setServerIssue(null);
      setNewSortField(name);
    },
    save,
    reload,
    discard,
    /** The steps saving now would make, for Copy as. */
    planned: () => commit.plan(changeOf()),
  };
}

export type RelationEditor = ReturnType<typeof useRelationEditor>;
