import '@xyflow/react/dist/style.css';
import { Alert, AppShell, Badge, Button, Group, Switch, Text, Title } from '@mantine/core';
import { useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { ReactFlowProvider } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { snapshotFileOf } from '../api/file/file-session';
import { DIALECT_LABEL } from '../api/gateway';
import { buildModelIndex } from '../domain/model-index';
import { healthFindings } from '../domain/review/health';
import { withoutSystemItems } from '../domain/review/own-model';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas, type CanvasDrawing } from '../features/canvas/Canvas';
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
import { CompareMenu } from '../features/review/CompareMenu';
import { ExportMenu } from '../features/review/export/ExportMenu';
import { useFileSessions } from '../features/review/file-sessions';
import { OpenSnapshotButton, OpenSnapshotError, SnapshotDrop } from '../features/review/OpenSnapshot';
import { ReviewPanels, reviewPanelsOpen } from '../features/review/ReviewPanels';
import { useLastVisit } from '../features/review/useLastVisit';
import { useReview } from '../features/review/useReview';
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
  const file = snapshotFileOf(session);
  const files = useFileSessions();
  const review = useReview(session, model);
  const lastVisit = useLastVisit(session, file ? null : model.schema);
  const [healthOpen, setHealthOpen] = useToggle('health');
  const findings = useMemo(
    () => (model.schema ? healthFindings(buildModelIndex(withoutSystemItems(model.schema))) : []),
    [model.schema],
  );
  const troubled = findings.some((f) => f.severity !== 'info');
  // A file that is inconsistent opens with what can be drawn, and says what could not.
  useEffect(() => {
    if (file && troubled) setHealthOpen(true);
  }, [file, troubled, setHealthOpen]);
  const drawing = useRef<CanvasDrawing | null>(null);
  // While comparing, the diagram, the panel and search see both states as one model.
  const index = review.comparing?.index ?? model.index;
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
    (where: Locate) =>
      find({
        name: where.collection,
        kind: 'collection',
        collection: where.collection,
        relationshipId: where.relationshipId,
        detail: '',
      }),
    [find],
  );
  const panelsOpen = reviewPanelsOpen(review, healthOpen);
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
      navbar={{ width: 360, breakpoint: 'sm', collapsed: { desktop: !panelsOpen, mobile: !panelsOpen } }}
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
              {file ? file.name : session.url}
            </Text>
            {file ? (
              <Badge variant="light" color="gray" title="The Directus version that wrote the file">
                {file.directus ? `Directus ${file.directus}` : 'Directus version not recorded'}
                {file.vendor ? ` (${file.vendor})` : ''}
              </Badge>
            ) : (
              <Badge variant="light" color="gray" title="How Relata talks to this Directus">
                {DIALECT_LABEL[session.gateway.dialect]}
              </Badge>
            )}
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
            <OpenSnapshotButton size="xs" variant="default" />
            {file ? (
              <Button
                variant="subtle"
                size="xs"
                onClick={files.close}
                title={files.server ? `Back to ${files.server.url}` : 'Back to the connect screen'}
              >
                Close file
              </Button>
            ) : (
              <Button variant="subtle" size="xs" onClick={() => setSession(null)}>
                Disconnect
              </Button>
            )}
          </Group>
        </Group>
        <Group h={36} justify="space-between" wrap="nowrap">
          <Group gap="lg" wrap="nowrap" role="toolbar" aria-label="View">
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
          <Group gap="xs" wrap="nowrap" role="toolbar" aria-label="Review">
            <Button
              size="compact-xs"
              variant={healthOpen ? 'light' : 'default'}
              aria-pressed={healthOpen}
              onClick={() => setHealthOpen(!healthOpen)}
              disabled={!model.index}
            >
              Health{model.index ? ` (${findings.length})` : ''}
            </Button>
            <CompareMenu
              review={review}
              server={files.server}
              isFile={file !== null}
              lastVisit={lastVisit}
              disabled={!model.index}
            />
            <ExportMenu
              session={session}
              schema={model.schema}
              index={model.index}
              comparing={review.comparing}
              drawing={drawing}
            />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar component="aside" aria-label="Review" p="md" style={{ overflowY: 'auto' }}>
        {panelsOpen && (
          <ErrorBoundary what="The review panel">
            <ReviewPanels
              review={review}
              health={{ open: healthOpen, findings, index: model.index }}
              session={session}
              onLocate={locate}
            />
          </ErrorBoundary>
        )}
      </AppShell.Navbar>
      <AppShell.Main h="100vh" pt={HEADER_HEIGHT} style={{ display: 'flex', flexDirection: 'column' }}>
        <OpenSnapshotError />
        {file ? (
          <Alert color="yellow" title="Read-only: opened from a file" m="xs" role="status">
            {file.name} is read here, with no server. Nothing can be changed: connect to the Directus server
            as an admin for that.
          </Alert>
        ) : (
          !session.isAdmin && (
            <Alert color="yellow" title="Read-only" m="xs" role="status">
              You are signed in as {session.user.email ?? 'a user'} without admin access. Relata shows the
              data model as your role can read it, and cannot change it: changing collections, fields and
              relations in Directus needs an admin.
            </Alert>
          )
        )}
        <ErrorBoundary what="The diagram">
          <Canvas
            model={{ ...model, index }}
            directusUrl={session.url}
            userId={session.user.id}
            connect={review.comparing ? null : connect}
            marks={review.comparing?.marks}
            only={review.onlyChanges ? review.comparing?.neighbourhood : null}
            drawingRef={drawing}
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
