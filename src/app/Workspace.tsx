import '@xyflow/react/dist/style.css';
import { Alert, AppShell, Badge, Button, Group, Switch, Title } from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useSession, useSessionState } from '../features/connect/session-context';
import { SignInAgain } from '../features/connect/SignInAgain';
import type { NewRelationshipStart } from '../features/editing/new-relationship-form';
import { NewRelationshipDialog } from '../features/editing/NewRelationshipDialog';
import { useConnectField } from '../features/editing/useConnectField';
import { Inspector } from '../features/inspector/Inspector';
import { useCenterOn } from '../features/canvas/use-center-on';
import type { SearchHit } from '../features/search/search-index';
import { SearchButton, SearchSpotlight } from '../features/search/SearchSpotlight';
import type { Locate } from '../features/review/ChangesPanel';
import { OpenSnapshotError, SnapshotDrop } from '../features/review/OpenSnapshot';
import { ReviewPanels } from '../features/review/ReviewPanels';
import { useWorkspaceReview } from '../features/review/useWorkspaceReview';
import { FileNotice, ReviewToolbar, SessionButtons, SessionTitle } from '../features/review/WorkspaceParts';
import { useDataModel } from '../hooks/useDataModel';
import { useFocus, useSelect, useToggle } from '../hooks/useUrlState';
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
      header={{ height: HEADER_HEIGHT }}
      navbar={{
        width: 360,
        breakpoint: 'sm',
        collapsed: { desktop: !reviewing.panelsOpen, mobile: !reviewing.panelsOpen },
      }}
      aside={{ width: 420, breakpoint: 'sm' }}
      padding={0}
    >
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
            <SearchButton />
            <Button
              size="xs"
              disabled={!session.isAdmin || !model.index}
              title={session.isAdmin ? undefined : 'Needs an admin'}
              onClick={() => setNewRelationship({})}
            >
              New relationship
            </Button>
            <SessionButtons
              review={reviewing}
              disconnect={
                <Button variant="subtle" size="xs" onClick={() => setSession(null)}>
                  Disconnect
                </Button>
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
      <AppShell.Main h="100vh" pt={HEADER_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
        <OpenSnapshotError />
        <FileNotice review={reviewing} />
        {!session.isAdmin && !file && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. Relata shows the data
            model as your role can read it, and cannot change it: changing collections, fields and relations
            in Directus needs an admin.
          </Alert>
        )}
        <ErrorBoundary what="The diagram">
          <Canvas
            model={{ ...model, index }}
            directusUrl={session.url}
            userId={session.user.id}
            connect={review.comparing ? null : connect}
            marks={review.comparing?.marks}
            only={review.onlyChanges ? review.comparing?.neighbourhood : null}
            drawingRef={reviewing.drawing}
          />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Aside aria-label="Details" p="md" style={{ overflowY: 'auto' }}>
        <ErrorBoundary what="The details panel">
          {/* A file shows removed and added items too; a server's panel edits only what it holds. */}
          <Inspector index={file ? index : model.index} />
        </ErrorBoundary>
      </AppShell.Aside>
      <SignInAgain />
      {index && <SearchSpotlight index={index} onFind={find} shortcut="mod + K" />}
      <SnapshotDrop enabled={file !== null} />
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
