import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { ConflictError } from '../../api/errors';
import type { Session } from '../../api/session';
import { describeChange } from '../../domain/changes/describe';
import { changeLine } from '../../domain/staging/change-summary';
import { ExportChanges, ImportChanges } from './ExportImport';
import { ApplyAllModal, DiscardModal } from './PendingDialogs';
import { StepLines } from './StepLines';
import { usePendingActions } from './use-pending-actions';
import { useStagingContext } from './use-staging';

/** The pending set in the side panel: each change and what it will do, and what to do with them all. */
export function PendingPanel({ session }: { session: Session }) {
  const { drift } = useStagingContext();
  const actions = usePendingActions(session);
  const { state, plan, error } = actions;
  const [discarding, setDiscarding] = useState(false);
  if (!state.staging && !state.changes.length) return null;
  const count = state.changes.length;
  const blocked = !plan?.applies || drift.length > 0;

  return (
    <Stack component="section" aria-label="Pending changes" gap="xs" mb="lg">
      <Group gap="xs">
        <Title order={2} size="h5">
          Pending changes
        </Title>
        <Badge variant="light">{count}</Badge>
      </Group>
      {drift.length > 0 && (
        <Alert color="orange" title="Changed in Directus since these changes were staged" role="alert" p="xs">
          {actions.stopped && <Text fz="xs">Apply all stopped: nothing was sent.</Text>}
          <List fz="xs" aria-label="What changed in Directus">
            {drift.map((line) => (
              <List.Item key={line}>{line}</List.Item>
            ))}
          </List>
          <Text fz="xs" mt={4}>
            Rebase plans the pending changes again on the model Directus has now and reports any that no
            longer apply; nothing is overwritten.
          </Text>
          <Button size="compact-xs" mt={4} onClick={actions.rebase} loading={actions.busy}>
            Rebase
          </Button>
        </Alert>
      )}
      {actions.rebaseReport && (
        <Alert color={actions.rebaseReport.length ? 'orange' : 'green'} p="xs" role="status">
          {actions.rebaseReport.length ? (
            <>
              <Text fz="xs">Rebased. These no longer apply; remove them or change them:</Text>
              <List fz="xs" aria-label="No longer apply">
                {actions.rebaseReport.map((line) => (
                  <List.Item key={line}>{line}</List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text fz="xs">Rebased on the model Directus has now: every change still applies.</Text>
          )}
        </Alert>
      )}
      {count === 0 ? (
        <Text fz="sm" c="dimmed">
          Nothing pending. While “Stage changes” is on, every edit is kept here until you apply them all.
        </Text>
      ) : (
        <List type="ordered" fz="sm" spacing="xs" listStyleType="none">
          {state.changes.map((change, i) => {
            const planned = plan?.changes[i];
            return (
              <List.Item key={i}>
                <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                  <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                    <Text fz="sm" fw={500}>
                      {i + 1}. {planned ? changeLine(planned.index, change) : describeChange(change)}
                    </Text>
                    {planned?.problem ? (
                      <Text fz="xs" c="red">
                        Does not apply: {planned.problem}
                      </Text>
                    ) : (
                      planned && <StepLines steps={planned.steps} />
                    )}
                  </Stack>
                  <Button
                    size="compact-xs"
                    variant="subtle"
                    color="red"
                    style={{ flex: 'none' }}
                    onClick={() => actions.remove(i)}
                  >
                    Remove
                  </Button>
                </Group>
              </List.Item>
            );
          })}
        </List>
      )}
      {plan && !plan.applies && (
        <Text fz="xs" c="red">
          Some changes no longer apply: remove them before applying.
        </Text>
      )}
      {error && (
        <Alert color="red" title="Nothing was applied" role="alert" p="xs">
          <Text fz="xs">{error.message}</Text>
          {error instanceof ConflictError && (
            <>
              <List fz="xs" aria-label="Conflicts">
                {error.conflicts.map((conflict) => (
                  <List.Item key={conflict.target}>{conflict.message}</List.Item>
                ))}
              </List>
              <Button size="compact-xs" mt={4} onClick={actions.rebase} loading={actions.busy}>
                Rebase
              </Button>
            </>
          )}
          <Text fz="xs">The changes are still pending.</Text>
        </Alert>
      )}
      <Group gap="xs">
        <Button
          size="xs"
          disabled={!count || blocked || !session.isAdmin}
          loading={actions.busy}
          onClick={actions.applyAll}
        >
          Apply all
        </Button>
        <Button size="xs" variant="default" color="red" disabled={!count} onClick={() => setDiscarding(true)}>
          Discard all
        </Button>
        <ExportChanges session={session} />
        <ImportChanges />
      </Group>
      {actions.confirming && plan && (
        <ApplyAllModal
          count={count}
          steps={plan.steps}
          pending={actions.busy}
          onConfirm={actions.confirmApply}
          onClose={actions.cancelApply}
        />
      )}
      {discarding && (
        <DiscardModal
          count={count}
          onClose={() => setDiscarding(false)}
          onConfirm={() => {
            actions.discard();
            setDiscarding(false);
          }}
        />
      )}
    </Stack>
  );
}
