import '@xyflow/react/dist/style.css';
import { Alert, AppShell, Badge, Button, Group, Switch, Text, Title } from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { dialectLabel } from '../api/gateway';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useDisconnect } from '../features/connect/Disconnect';
import { useSession } from '../features/connect/session-context';
import { SignInAgain } from '../features/connect/SignInAgain';
import type { NewRelationshipStart } from '../features/editing/new-relationship-form';
import { NewRelationshipDialog } from '../features/editing/NewRelationshipDialog';
import { useNewRelationshipRequests } from '../features/editing/new-relationship-request';
import { useConnectField } from '../features/editing/useConnectField';
import { Inspector } from '../features/inspector/Inspector';
import { useCenterOn } from '../features/canvas/use-center-on';
import type { SearchHit } from '../features/search/search-index';
import { SearchButton, SearchSpotlight } from '../features/search/SearchSpotlight';
import { HistoryControls } from '../features/history/HistoryControls';
import { HistoryContext, useHistoryState } from '../features/history/use-history';
import { PendingPanel } from '../features/staging/PendingPanel';
import { SelectionMark } from '../features/staging/SelectionMark';
import { StageSwitch } from '../features/staging/StageSwitch';
import { StagingContext, useStaging, useStagingContext } from '../features/staging/use-staging';
import { CommitPortContext } from '../hooks/commit-port';
import { useDataModel, type DataModel } from '../hooks/useDataModel';
import { usePingWhileOffline, useWriteBlock } from '../hooks/useServerStatus';
import { useFocus, useSelect, useToggle } from '../hooks/useUrlState';
import { useWarnBeforeUnload } from '../hooks/useWarnBeforeUnload';
import { ModelStatus } from './ModelStatus';
import { useShortcuts } from './useShortcuts';

const HEADER_HEIGHT = 90;

/** The first stops for a keyboard user: straight to the diagram or to the details panel. */
function SkipLinks() {
  const focusDiagram = () =>
    (
      document.querySelector<HTMLElement>('.react-flow__node[tabindex]') ??
      document.querySelector<HTMLElement>('.react-flow')
    )?.focus();
  const focusPanel = () => document.getElementById('relata-details')?.focus();
  return (
    <nav aria-label="Skip links" className="relata-skip-links">
      <a href="#diagram" onClick={(e) => (e.preventDefault(), focusDiagram())}>
        Skip to the diagram
      </a>
      <a href="#relata-details" onClick={(e) => (e.preventDefault(), focusPanel())}>
        Skip to the details panel
      </a>
    </nav>
  );
}

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

/** Staging and the history wrap everything that commits: the one commit path reads them. */
function WorkspaceView() {
  const session = useSession();
  const server = useDataModel(session);
  usePingWhileOffline(session.url, server.offline, server.refetch);
  const { history, record } = useHistoryState();
  const staging = useStaging(session, server, record);
  return (
    <CommitPortContext.Provider value={staging.port}>
      <StagingContext.Provider value={staging}>
        <HistoryContext.Provider value={history}>
          <WorkspaceLayout model={staging.model} />
        </HistoryContext.Provider>
      </StagingContext.Provider>
    </CommitPortContext.Provider>
  );
}

/** `model` is what to draw: the server's, or while changes are staged the model as it will be. */
function WorkspaceLayout({ model }: { model: DataModel }) {
  useShortcuts();
  const session = useSession();
  const disconnect = useDisconnect();
  const writeBlock = useWriteBlock(session);
  useWarnBeforeUnload();
  const { stagedIndex, marks } = useStagingContext();
  const select = useSelect();
  const [showJunctions, setShowJunctions] = useToggle('junctions');
  const [showSystem, setShowSystem] = useToggle('system');
  const [groupFolders, setGroupFolders] = useToggle('folders');
  const [newRelationship, setNewRelationship] = useState<NewRelationshipStart | null>(null);
  useNewRelationshipRequests(setNewRelationship);
  const connectField = useConnectField(session, stagedIndex);
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
    <AppShell header={{ height: HEADER_HEIGHT }} aside={{ width: 420, breakpoint: 'sm' }} padding={0}>
      <SkipLinks />
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
              {dialectLabel(session.gateway)}
            </Badge>
            {!session.isAdmin && (
              <Badge color="yellow" variant="light">
                Read-only
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Button
              size="xs"
              variant="default"
              onClick={model.refetch}
              loading={model.isFetching}
              title="Read the data model from Directus again"
            >
              Reload
            </Button>
            {session.isAdmin && <HistoryControls session={session} />}
            <SearchButton />
            <Button
              size="xs"
              disabled={writeBlock !== null || !model.index}
              title={writeBlock ?? undefined}
              onClick={() => setNewRelationship({})}
            >
              New relationship
            </Button>
            <Button variant="subtle" size="xs" onClick={disconnect.request} loading={disconnect.leaving}>
              Disconnect
            </Button>
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
          {session.isAdmin && <StageSwitch />}
          <DarkModeSwitch />
        </Group>
      </AppShell.Header>
      <AppShell.Main h="100vh" pt={HEADER_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
        {!session.isAdmin && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. The diagram shows only
            the collections, fields and relations your role can read: others may exist. Relata cannot change
            the data model for you: that needs an admin.
          </Alert>
        )}
        <ModelStatus model={model} />
        <ErrorBoundary what="The diagram">
          <Canvas
            model={model}
            marks={marks}
            directusUrl={session.url}
            userId={session.user.id}
            connect={connect}
          />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Aside
        id="relata-details"
        tabIndex={-1}
        aria-label="Details"
        p="md"
        style={{ overflowY: 'auto' }}
      >
        <ErrorBoundary what="The details panel">
          <PendingPanel session={session} />
          <SelectionMark />
          <Inspector index={model.index} />
        </ErrorBoundary>
      </AppShell.Aside>
      <SignInAgain />
      {model.index && <SearchSpotlight index={model.index} onFind={find} shortcut="mod + K" />}
      {disconnect.confirmation}
      {newRelationship && stagedIndex && (
        <NewRelationshipDialog
          index={stagedIndex}
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
