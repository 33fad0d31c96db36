import { Alert, AppShell, Badge, Button, Group, Switch, Text, Title } from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { useMemo, useState } from 'react';
import { DIALECT_LABEL } from '../api/gateway';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useDisconnect } from '../features/connect/Disconnect';
import { useSession } from '../features/connect/session-context';
import { SignInAgain } from '../features/connect/SignInAgain';
import type { NewRelationshipStart } from '../features/editing/new-relationship-form';
import { NewRelationshipDialog } from '../features/editing/NewRelationshipDialog';
import { useConnectField } from '../features/editing/useConnectField';
import { Inspector } from '../features/inspector/Inspector';
import { useDataModel } from '../hooks/useDataModel';
import { usePingWhileOffline, useWriteBlock } from '../hooks/useServerStatus';
import { useSelect, useToggle } from '../hooks/useUrlState';
import { useWarnBeforeUnload } from '../hooks/useWarnBeforeUnload';
import { ModelStatus } from './ModelStatus';

function DarkModeSwitch() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Switch
      label="Dark mode"
      checked={scheme === 'dark'}
      onChange={(e) => setColorScheme(e.currentTarget.checked ? 'dark' : 'light')}
    />
  );
}

export function Workspace() {
  const session = useSession();
  const disconnect = useDisconnect();
  const model = useDataModel(session);
  const writeBlock = useWriteBlock(session);
  usePingWhileOffline(session.url, model.offline, model.refetch);
  useWarnBeforeUnload();
  const select = useSelect();
  const [showJunctions, setShowJunctions] = useToggle('junctions');
  const [showSystem, setShowSystem] = useToggle('system');
  const [newRelationship, setNewRelationship] = useState<NewRelationshipStart | null>(null);
  const connectField = useConnectField(session, model.index);
  const connect = useMemo(
    () =>
      writeBlock === null
        ? {
            onConnectField: connectField,
            onNewRelation: (collection: string, related: string) =>
              setNewRelationship({ collection, related: [related] }),
          }
        : null,
    [writeBlock, connectField],
  );

  return (
    <AppShell header={{ height: 56 }} aside={{ width: 420, breakpoint: 'sm' }} padding={0}>
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4">
              Relata
            </Title>
            <Text size="sm" c="dimmed" truncate>
              {session.url}
            </Text>
            <Badge variant="light" color="gray" title="How Relata talks to this Directus">
              {DIALECT_LABEL[session.gateway.dialect]}
            </Badge>
            {!session.isAdmin && (
              <Badge color="yellow" variant="light">
                Read-only
              </Badge>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
            <Button
              size="xs"
              disabled={writeBlock !== null || !model.index}
              title={writeBlock ?? undefined}
              onClick={() => setNewRelationship({})}
            >
              New relationship
            </Button>
            <Button
              size="xs"
              variant="default"
              loading={model.isFetching}
              onClick={model.refetch}
              title="Read the data model from Directus again"
            >
              Reload
            </Button>
            <Switch
              label="Show junction collections"
              checked={showJunctions}
              onChange={(e) => setShowJunctions(e.currentTarget.checked)}
            />
            <Switch
              label="Show system collections"
              checked={showSystem}
              onChange={(e) => setShowSystem(e.currentTarget.checked)}
            />
            <DarkModeSwitch />
            <Button variant="subtle" size="xs" onClick={disconnect.request} loading={disconnect.leaving}>
              Disconnect
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main h="100vh" pt={56} style={{ display: 'flex', flexDirection: 'column' }}>
        {!session.isAdmin && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. The diagram shows only
            the collections, fields and relations your role can read: others may exist. Relata cannot change
            the data model for you: that needs an admin.
          </Alert>
        )}
        <ModelStatus model={model} />
        <ErrorBoundary what="The diagram">
          <Canvas model={model} directusUrl={session.url} userId={session.user.id} connect={connect} />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Aside aria-label="Details" p="md" style={{ overflowY: 'auto' }}>
        <ErrorBoundary what="The details panel">
          <Inspector index={model.index} />
        </ErrorBoundary>
      </AppShell.Aside>
      <SignInAgain />
      {disconnect.confirmation}
      {newRelationship && model.index && (
        <NewRelationshipDialog
          index={model.index}
          session={session}
          start={newRelationship}
          onClose={() => setNewRelationship(null)}
          onCreated={(id) => {
            setNewRelationship(null);
            select({ type: 'relationship', id });
          }}
        />
      )}
    </AppShell>
  );
}
