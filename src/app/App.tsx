import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import {
  Center,
  Loader,
  localStorageColorSchemeManager,
  MantineProvider,
  mergeThemeOverrides,
  Modal,
  Portal,
  type MantineProviderProps,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { modelQuery } from '../api/model-query';
import type { Session } from '../api/session';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { prepareFirstLayout } from '../features/canvas/layout/layout-client';
import { ConnectScreen } from '../features/connect/ConnectScreen';
import { HostSessionScreen } from '../features/connect/HostSessionScreen';
import { SessionProvider, useSessionState } from '../features/connect/session-context';
import { FileSessionsProvider } from '../features/review/file-sessions';
import { OpenSnapshotChoice, SnapshotDrop } from '../features/review/OpenSnapshot';
import { NavigationContext } from '../hooks/navigation';
import { ShortcutScopeContext } from '../hooks/shortcut-scope';
import { EnvironmentContext, type AppContainer, type DirectusAccess, type Environment } from './environment';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

// The diagram and the editor load after connecting: the connect screen needs neither. Their code
// is fetched as soon as Connect is pressed, while the connection is checked. (The module build
// has no code splitting: there the import is part of the one file.)
const loadWorkspace = () => import('./Workspace');
const Workspace = lazy(() => loadWorkspace().then((module) => ({ default: module.Workspace })));

function Screens({ directus }: { directus: DirectusAccess }) {
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
  if (!session) {
    if (directus.kind === 'host')
      return <HostSessionScreen open={directus.openSession} onOpened={onConnected} />;
    return (
      <div
        onSubmitCapture={() => {
          prepareFirstLayout();
          void loadWorkspace();
        }}
      >
        <ConnectScreen demo={directus.demo} onConnected={onConnected} footer={<OpenSnapshotChoice />} />
        <SnapshotDrop enabled />
      </div>
    );
  }
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

/**
 * Inside a host page, Mantine keeps to the app's container: its variables and colour scheme go on
 * the container's root instead of <html>, portals open inside the container, and a modal does not
 * lock the host page's scrolling.
 */
function mantineIn(container: AppContainer | null): Partial<MantineProviderProps> {
  if (!container) return { theme, cssVariablesResolver };
  return {
    theme: mergeThemeOverrides(theme, {
      components: {
        Portal: Portal.extend({ defaultProps: { target: container.portalTarget } }),
        Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
      },
    }),
    cssVariablesResolver,
    cssVariablesSelector: container.selector,
    getRootElement: () => container.root,
  };
}

/** The one root of both builds: main.tsx (standalone) and the Data Studio module render it. */
export function RelataApp({ environment }: { environment: Environment }) {
  const [queryClient] = useState(createQueryClient);
  const { container } = environment;
  const mantine = useMemo(() => mantineIn(container), [container]);
  return (
    <EnvironmentContext.Provider value={environment}>
      <NavigationContext.Provider value={environment.navigation}>
        <ShortcutScopeContext.Provider value={container?.root ?? null}>
          <MantineProvider {...mantine} defaultColorScheme="auto" colorSchemeManager={colorSchemeManager}>
            <Notifications portalProps={container ? { target: container.portalTarget } : undefined} />
            <QueryClientProvider client={queryClient}>
              <ErrorBoundary what="Relata">
                <SessionProvider>
                  <FileSessionsProvider>
                    <Screens directus={environment.directus} />
                  </FileSessionsProvider>
                </SessionProvider>
              </ErrorBoundary>
            </QueryClientProvider>
          </MantineProvider>
        </ShortcutScopeContext.Provider>
      </NavigationContext.Provider>
    </EnvironmentContext.Provider>
  );
}
