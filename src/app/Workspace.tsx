import { Alert, AppShell, Badge, Button, Group, Switch, Text, Title } from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { DIALECT_LABEL } from '../api/gateway';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useSession, useSessionState } from '../features/connect/session-context';
import { HostSessionEnded } from '../features/connect/HostSessionEnded';
import { SignInAgain } from '../features/connect/SignInAgain';
import type { NewRelationshipStart } from '../features/editing/new-relationship-form';
import { NewRelationshipDialog } from '../features/editing/NewRelationshipDialog';
import { useConnectField } from '../features/editing/useConnectField';
import { Inspector } from '../features/inspector/Inspector';
import { useCenterOn } from '../features/canvas/use-center-on';
import type { SearchHit } from '../features/search/search-index';
import { SearchButton, SearchSpotlight } from '../features/search/SearchSpotlight';
import { useDataModel } from '../hooks/useDataModel';
import { useFocus, useSelect, useToggle } from '../hooks/useUrlState';
import { useEnvironment } from './environment';
import { useShortcuts } from './useShortcuts';

const HEADER_HEIGHT = 90;

function DarkModeSwitch() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Switch
      size="xs"
      label="Dark mode"
      checked={scheme === 'dark'}
      onChange={(e) => setColorScheme(e.currentTarget.checked ? 'dark' : 'light')}
    />
  );
}

export function Workspace() {
  return (
    <ReactFlowProvider>
      <WorkspaceView />
    </ReactFlowProvider>
  );
}

function WorkspaceView() {
  useShortcuts();
  const { directus, container } = useEnvironment();
  const session = useSession();
  const { setSession } = useSessionState();
  const model = useDataModel(session);
  const select = useSelect();
  const [showJunctions, setShowJunctions] = useToggle('junctions');
  const [showSystem, setShowSystem] = useToggle('system');
  const [groupFolders, setGroupFolders] = useToggle('folders');
  const [newRelationship, setNewRelationship] = useState<NewRelationshipStart | null>(null);
  const connectField = useConnectField(session, model.index);
  const [focus, setFocus] = useFocus();
  const centerOn = useCenterOn();
  const index = model.index;
  const find = useCallback(
    (hit: SearchHit) => {
      if (index?.junctions.has(hit.collection)) setShowJunctions(true);
      if (hit.collection.startsWith('directus_')) setShowSystem(true);
      if (focus && focus.collection !== hit.collection) setFocus(null);
      select(
        hit.relationshipId
          ? { type: 'relationship', id: hit.relationshipId }
          : { type: 'collection', collection: hit.collection },
      );
      centerOn(hit.collection);
    },
    [index, focus, setFocus, setShowJunctions, setShowSystem, select, centerOn],
  );
  const connect = useMemo(
    () =>
      session.isAdmin
        ? {
            onConnectField: connectField,
            onNewRelation: (collection: string, related: string) =>
              setNewRelationship({ collection, related: [related] }),
          }
        : null,
    [session.isAdmin, connectField],
  );

  return (
    <AppShell
      // Inside the Data Studio the app fills its box, not the window.
      mode={container ? 'static' : 'fixed'}
      header={{ height: HEADER_HEIGHT }}
      aside={{ width: 420, breakpoint: 'sm' }}
      padding={0}
    >
      <AppShell.Header px="md">
        <Group h={52} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
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
          <Group gap="sm" wrap="nowrap">
            <SearchButton />
            <Button
              size="xs"
              disabled={!session.isAdmin || !model.index}
              title={session.isAdmin ? undefined : 'Needs an admin'}
              onClick={() => setNewRelationship({})}
            >
              New relationship
            </Button>
            {directus.kind === 'connect' && (
              <Button variant="subtle" size="xs" onClick={() => setSession(null)}>
                Disconnect
              </Button>
            )}
          </Group>
        </Group>
        <Group h={36} gap="lg" wrap="nowrap" role="toolbar" aria-label="View">
          <Switch
            size="xs"
            label="Show junction collections"
            checked={showJunctions}
            onChange={(e) => setShowJunctions(e.currentTarget.checked)}
          />
          <Switch
            size="xs"
            label="Show system collections"
            checked={showSystem}
            onChange={(e) => setShowSystem(e.currentTarget.checked)}
          />
          <Switch
            size="xs"
            label="Group by folder"
            checked={groupFolders}
            onChange={(e) => setGroupFolders(e.currentTarget.checked)}
          />
          <DarkModeSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main
        h={container ? '100%' : '100vh'}
        pt={container ? 0 : HEADER_HEIGHT}
        mih={container ? 0 : undefined}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        {!session.isAdmin && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. Relata shows the data
            model as your role can read it, and cannot change it: changing collections, fields and relations
            in Directus needs an admin.
          </Alert>
        )}
        <ErrorBoundary what="The diagram">
          <Canvas model={model} directusUrl={session.url} userId={session.user.id} connect={connect} />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Aside aria-label="Details" p="md" style={{ overflowY: 'auto' }}>
        <ErrorBoundary what="The details panel">
          <Inspector index={model.index} />
        </ErrorBoundary>
      </AppShell.Aside>
      {directus.kind === 'connect' ? <SignInAgain /> : <HostSessionEnded />}
      {model.index && (
        <SearchSpotlight index={model.index} onFind={find} shortcut={container ? null : 'mod + K'} />
      )}
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
