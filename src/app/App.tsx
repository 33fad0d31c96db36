import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { Center, Loader, localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ConnectScreen } from '../features/connect/ConnectScreen';
import type { DemoConfig } from '../features/connect/demo-config';
import { SessionProvider, useSessionState } from '../features/connect/session-context';
import { FileSessionsProvider } from '../features/review/file-sessions';
import { OpenSnapshotChoice, SnapshotDrop } from '../features/review/OpenSnapshot';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

// The diagram and the editor load after connecting: the connect screen needs neither.
const Workspace = lazy(() => import('./Workspace').then((module) => ({ default: module.Workspace })));

function Screens({ demo }: { demo: DemoConfig | null }) {
  const { session, setSession } = useSessionState();
  if (!session)
    return (
      <>
        <ConnectScreen demo={demo} onConnected={setSession} footer={<OpenSnapshotChoice />} />
        <SnapshotDrop enabled />
      </>
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
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
    >
      <Notifications />
      <QueryClientProvider client={queryClient}>
        <ErrorBoundary what="Relata">
          <SessionProvider>
            <FileSessionsProvider>
              <Screens demo={demo} />
            </FileSessionsProvider>
          </SessionProvider>
        </ErrorBoundary>
      </QueryClientProvider>
    </MantineProvider>
  );
}
