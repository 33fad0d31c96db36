import '@xyflow/react/dist/style.css';
import { Alert, AppShell, Badge, Button, Group, Switch, Title } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useDisconnect } from '../features/connect/Disconnect';
import { HostSessionEnded } from '../features/connect/HostSessionEnded';
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
import type { Locate } from '../features/review/ChangesPanel';
import { OpenSnapshotError, SnapshotDrop } from '../features/review/OpenSnapshot';
import { ReviewPanels } from '../features/review/ReviewPanels';
import { useWorkspaceReview } from '../features/review/useWorkspaceReview';
import { FileNotice, ReviewToolbar, SessionButtons, SessionTitle } from '../features/review/WorkspaceParts';
import { useFocus, useSelect, useToggle } from '../hooks/useUrlState';
import { useWarnBeforeUnload } from '../hooks/useWarnBeforeUnload';
import { DarkModeSwitch } from './DarkModeSwitch';
import { ModelStatus } from './ModelStatus';
import { SkipLinks } from './SkipLinks';
import { useEnvironment } from './environment';
import { useShortcuts } from './useShortcuts';

const HEADER_HEIGHT = 90;

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
  const { directus, container } = useEnvironment();
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
  const reviewing = useWorkspaceReview(session, model);
  const { file, review } = reviewing;
  const index = reviewing.index;
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
  const locate = useCallback(
    (where: Locate) => find({ name: where.collection, kind: 'collection', detail: '', ...where }),
    [find],
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
    <AppShell
      // Inside the Data Studio the app fills its box, not the window.
      mode={container ? 'static' : 'fixed'}
      header={{ height: HEADER_HEIGHT }}
      navbar={{
        width: 360,
        breakpoint: 'sm',
        collapsed: { desktop: !reviewing.panelsOpen, mobile: !reviewing.panelsOpen },
      }}
      aside={{ width: 420, breakpoint: 'sm' }}
      padding={0}
    >
      <SkipLinks />
      <AppShell.Header px="md">
        <Group h={52} justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Title order={1} size="h4">
              Relata
            </Title>
            <SessionTitle session={session} review={reviewing} />
            {!session.isAdmin && (
              <Badge color="yellow" variant="light">
                Read-only
              </Badge>
            )}
          </Group>
          <Group gap="sm" wrap="nowrap">
            {!file && (
              <Button
                size="xs"
                variant="default"
                onClick={model.refetch}
                loading={model.isFetching}
                title="Read the data model from Directus again"
              >
                Reload
              </Button>
            )}
            {session.isAdmin && !file && <HistoryControls session={session} />}
            <SearchButton />
            <Button
              size="xs"
              disabled={writeBlock !== null || !model.index}
              title={writeBlock ?? undefined}
              onClick={() => setNewRelationship({})}
            >
              New relationship
            </Button>
            <SessionButtons
              review={reviewing}
              disconnect={
                // Inside the Data Studio the session is the Studio's: there is nothing to leave.
                directus.kind === 'connect' && (
                  <Button
                    variant="subtle"
                    size="xs"
                    onClick={disconnect.request}
                    loading={disconnect.leaving}
                  >
                    Disconnect
                  </Button>
                )
              }
            />
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
        <ReviewToolbar session={session} model={model} review={reviewing} />
      </AppShell.Header>
      <AppShell.Navbar component="aside" aria-label="Review" p="md" style={{ overflowY: 'auto' }}>
        {reviewing.panelsOpen && (
          <ErrorBoundary what="The review panel">
            <ReviewPanels
              review={review}
              health={{
                open: reviewing.health.open,
                findings: reviewing.health.findings,
                index: model.index,
              }}
              session={session}
              onLocate={locate}
            />
          </ErrorBoundary>
        )}
      </AppShell.Navbar>
      <AppShell.Main
        h={container ? '100%' : '100vh'}
        pt={container ? 0 : HEADER_HEIGHT}
        mih={container ? 0 : undefined}
        style={{ display: 'flex', flexDirection: 'column' }}
      >
        <OpenSnapshotError />
        <FileNotice review={reviewing} />
        {!session.isAdmin && !file && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. The diagram shows only
            the collections, fields and relations your role can read: others may exist. Relata cannot change
            the data model for you: that needs an admin.
          </Alert>
        )}
        <ModelStatus model={model} />
        <ErrorBoundary what="The diagram">
          <Canvas
            model={{ ...model, index }}
            directusUrl={session.url}
            userId={session.user.id}
            connect={review.comparing ? null : connect}
            marks={review.comparing?.marks ?? marks}
            only={review.onlyChanges ? review.comparing?.neighbourhood : null}
            drawingRef={reviewing.drawing}
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
          {/* A file shows removed and added items too; a server's panel edits only what it holds. */}
          <Inspector index={file ? index : model.index} />
        </ErrorBoundary>
      </AppShell.Aside>
      {directus.kind === 'connect' ? <SignInAgain /> : <HostSessionEnded />}
      {index && <SearchSpotlight index={index} onFind={find} shortcut={container ? null : 'mod + K'} />}
      <SnapshotDrop enabled={file !== null} />
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
