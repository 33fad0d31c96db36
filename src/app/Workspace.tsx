import { Alert, AppShell, Badge, Button, Group, Switch, Text, Title } from '@mantine/core';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Canvas } from '../features/canvas/Canvas';
import { useSession, useSessionState } from '../features/connect/session-context';
import { Inspector } from '../features/inspector/Inspector';
import { SignInAgain } from '../features/connect/SignInAgain';
import { NewRelationModal } from '../features/editing/NewRelationModal';
import { useConnectRelation } from '../features/editing/useConnectRelation';
import { useDataModel } from '../hooks/useDataModel';
import { useToggle } from '../hooks/useUrlState';

export function Workspace() {
  const session = useSession();
  const { setSession } = useSessionState();
  const model = useDataModel(session);
  const [showJunctions, setShowJunctions] = useToggle('junctions');
  const [showSystem, setShowSystem] = useToggle('system');
  const connecting = useConnectRelation(session, model.schema);
  const connect = session.isAdmin
    ? {
        onConnectField: connecting.connectField,
        onNewRelation: (collection: string, related: string) =>
          connecting.openNewRelation({ collection, related }),
      }
    : null;

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
            {!session.isAdmin && (
              <Badge color="yellow" variant="light">
                Read-only
              </Badge>
            )}
          </Group>
          <Group gap="md" wrap="nowrap">
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
            <Button variant="subtle" size="xs" onClick={() => setSession(null)}>
              Disconnect
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main h="100vh" pt={56} style={{ display: 'flex', flexDirection: 'column' }}>
        {!session.isAdmin && (
          <Alert color="yellow" title="Read-only" m="xs" role="status">
            You are signed in as {session.user.email ?? 'a user'} without admin access. Relata shows the data
            model but cannot change it: changing collections, fields and relations in Directus needs an admin.
          </Alert>
        )}
        <ErrorBoundary what="The diagram">
          <Canvas model={model} showJunctions={showJunctions} showSystem={showSystem} connect={connect} />
        </ErrorBoundary>
      </AppShell.Main>
      <AppShell.Aside aria-label="Details" p="md" style={{ overflowY: 'auto' }}>
        <ErrorBoundary what="The details panel">
          <Inspector model={model} />
        </ErrorBoundary>
      </AppShell.Aside>
      <SignInAgain />
      {connecting.newRelation && model.schema && (
        <NewRelationModal
          schema={model.schema}
          target={connecting.newRelation}
          pending={connecting.create.isPending}
          error={connecting.create.error}
          onCreate={(steps) => connecting.run(steps, connecting.closeNewRelation)}
          onClose={connecting.closeNewRelation}
        />
      )}
    </AppShell>
  );
}
