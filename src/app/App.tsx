import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { Center, Loader, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useState } from 'react';
import { modelQuery } from '../api/model-query';
import type { Session } from '../api/session';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ConnectScreen } from '../features/connect/ConnectScreen';
import type { DemoConfig } from '../features/connect/demo-config';
import { SessionProvider, useSessionState } from '../features/connect/session-context';
import { createQueryClient } from './query-client';
import { theme } from './theme';

// The diagram and the editor load after connecting: the connect screen needs neither. Their code
// is fetched as soon as Connect is pressed, while the connection is checked.
const loadWorkspace = () => import('./Workspace');
const Workspace = lazy(() => loadWorkspace().then((module) => ({ default: module.Workspace })));

function Screens({ demo }: { demo: DemoConfig | null }) {
  const { session, setSession } = useSessionState();
  const queryClient = useQueryClient();
  const onConnected = useCallback(
    (next: Session) => {
      // The model is read while the workspace's code is still loading, not after.
      void queryClient.prefetchQuery(modelQuery(next));
      setSession(next);
    },
    [queryClient, setSession],
  );
  if (!session)
    return (
      <div onSubmitCapture={() => void loadWorkspace()}>
        <ConnectScreen demo={demo} onConnected={onConnected} />
      </div>
    );
  return (
    <Suspense
      fallback={
        <Center h="100vh">
          <Loader aria-label="Loading Relata" />
        </Center>
      }
    >
      <Workspace />
    </Suspense>
  );
}

const colorSchemeManager = localStorageColorSchemeManager({ key: 'relata.color-scheme' });

export function App({ demo }: { demo: DemoConfig | null }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary what="Relata">
          <SessionProvider>
            <Screens demo={demo} />
          </SessionProvider>
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
