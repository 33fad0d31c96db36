// The "Health" region: what in the model Directus would trip over, one item per finding, each
// with where it is on the diagram and, where a safe repair exists, a Fix that goes through the
// change model like every other edit: previewed, then committed all or nothing.
import { Alert, Badge, Button, Group, Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useId, useState } from 'react';
import { READ_ONLY_MESSAGE } from '../../api/file/file-gateway';
import { snapshotFileOf } from '../../api/file/file-session';
import type { Session } from '../../api/session';
import type { ModelIndex } from '../../domain/model-index';
import { countBySeverity, type Finding, type Severity } from '../../domain/review/health';
import { ConflictNotice } from '../editing/ConflictNotice';
import { StepList } from '../editing/StepList';
import { useCommitChange } from '../editing/useCommitChange';
import type { Locate } from './ChangesPanel';
import classes from './review.module.css';

const COLOR: Record<Severity, string> = { error: 'red', warning: 'orange', info: 'gray' };

export function findingPlace(finding: Finding): string {
  const { collection, field, relation } = finding.location;
  return relation ?? (field ? `${collection}.${field}` : collection);
}

/** Where a finding is on the diagram: its relation's relationship, or its collection. */
export function findingTarget(index: ModelIndex, finding: Finding): Locate {
  const { collection, relation } = finding.location;
  const relationship = relation
    ? index.relationships.find((r) =>
        r.relations.some((row) => `${row.collection}.${row.field}` === relation),
      )
    : undefined;
  return { collection, relationshipId: relationship?.id ?? null };
}

function FixDialog({
  finding,
  session,
  onClose,
}: {
  finding: Finding;
  session: Session;
  onClose: () => void;
}) {
  const commit = useCommitChange(session, 'the fix was not applied');
  const fix = finding.fix;
  if (!fix) return null;
  const steps = commit.stepsOf(fix);
  const run = (overwrite: boolean) =>
    commit.run(fix, {
      overwrite,
      onDone: () => {
        notifications.show({
          color: 'green',
          title: 'Fixed',
          message: finding.fixLabel ?? findingPlace(finding),
        });
        onClose();
      },
    });
  return (
    <Modal opened onClose={onClose} title="Fix" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack gap="sm">
        <Text fz="sm" fw={600}>
          {finding.fixLabel ?? 'Apply the fix'}
        </Text>
        <Text fz="sm">{finding.message}</Text>
        <StepList steps={steps} label="Changes to apply" />
        {commit.conflict && (
          <ConflictNotice
            conflict={commit.conflict}
            onOverwrite={() => run(true)}
            overwriteLabel="Fix anyway"
          />
        )}
        {commit.error && (
          <Alert color="red" title="Not fixed" role="alert" p="xs">
            {commit.error.message}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={commit.pending} disabled={!steps.length} onClick={() => run(false)}>
            Apply fix
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

interface Props {
  index: ModelIndex;
  /** healthFindings(index), computed once by the workspace. */
  findings: readonly Finding[];
  session: Session;
  onLocate: (where: Locate) => void;
}

export function HealthPanel({ index, findings, session, onLocate }: Props) {
  const heading = useId();
  const reasonId = useId();
  const [fixing, setFixing] = useState<Finding | null>(null);
  const counts = countBySeverity(findings);
  const file = snapshotFileOf(session);
  const fixable = findings.some((f) => f.fix);
  const reason = session.isAdmin
    ? null
    : file
      ? `Fixes change the server: ${READ_ONLY_MESSAGE}`
      : 'Fixes change the data model in Directus, which needs an admin.';
  return (
    <Stack component="section" aria-labelledby={heading} gap="xs">
      <Title order={2} size="h5" id={heading}>
        Health
      </Title>
      {findings.length === 0 ? (
        <Text size="sm">No findings: nothing in this model that Directus would trip over.</Text>
      ) : (
        <Text size="xs" c="dimmed">
          {(['error', 'warning', 'info'] as const)
            .filter((s) => counts[s])
            .map((s) => `${counts[s]} ${s}${counts[s] === 1 ? '' : 's'}`)
            .join(', ')}
        </Text>
      )}
      {fixable && reason && (
        <Text size="xs" id={reasonId}>
          {reason}
        </Text>
      )}
      {findings.length > 0 && (
        <ul className={classes.list} aria-label="Findings">
          {findings.map((finding, i) => (
            <li key={`${finding.code}:${findingPlace(finding)}:${i}`} className={classes.item}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Badge
                  size="xs"
                  variant="light"
                  color={COLOR[finding.severity]}
                  w={72}
                  style={{ flex: 'none' }}
                >
                  {finding.severity}
                </Badge>
                <Stack gap={2} miw={0}>
                  <UnstyledButton
                    className={classes.locate}
                    onClick={() => onLocate(findingTarget(index, finding))}
                    aria-label={`Show ${findingPlace(finding)} on the diagram`}
                  >
                    <Text size="sm" ff="monospace" className={classes.title}>
                      {findingPlace(finding)}
                    </Text>
                  </UnstyledButton>
                  <Text size="xs" className={classes.message}>
                    {finding.message}
                  </Text>
                  {finding.fix && (
                    <Button
                      size="compact-xs"
                      variant="light"
                      w="fit-content"
                      disabled={!session.isAdmin}
                      aria-describedby={reason ? reasonId : undefined}
                      title={finding.fixLabel}
                      onClick={() => setFixing(finding)}
                    >
                      Fix
                    </Button>
                  )}
                </Stack>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {fixing && <FixDialog finding={fixing} session={session} onClose={() => setFixing(null)} />}
    </Stack>
  );
}
