import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@xyflow/react/dist/style.css';
import {
  localStorageColorSchemeManager,
  MantineProvider,
  mergeThemeOverrides,
  Modal,
  Portal,
  type MantineProviderProps,
} from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { ConnectScreen } from '../features/connect/ConnectScreen';
import { HostSessionScreen } from '../features/connect/HostSessionScreen';
import { SessionProvider, useSessionState } from '../features/connect/session-context';
import { NavigationContext } from '../hooks/navigation';
import { ShortcutScopeContext } from '../hooks/shortcut-scope';
import { EnvironmentContext, type AppContainer, type DirectusAccess, type Environment } from './environment';
import { Workspace } from './Workspace';
import { createQueryClient } from './query-client';
import { theme } from './theme';

function Screens({ directus }: { directus: DirectusAccess }) {
  const { session, setSession } = useSessionState();
  if (session) return <Workspace />;
  if (directus.kind === 'host')
    return <HostSessionScreen open={directus.openSession} onOpened={setSession} />;
  return <ConnectScreen demo={directus.demo} onConnected={setSession} />;
}

const colorSchemeManager = localStorageColorSchemeManager({ key: 'relata.color-scheme' });

/**
 * Inside a host page, Mantine keeps to the app's container: its variables and colour scheme go on
 * the container's root instead of <html>, portals open inside the container, and a modal does not
 * lock the host page's scrolling.
 */
function mantineIn(container: AppContainer | null): Partial<MantineProviderProps> {
  if (!container) return { theme };
  return {
    theme: mergeThemeOverrides(theme, {
      components: {
        Portal: Portal.extend({ defaultProps: { target: container.portalTarget } }),
        Modal: Modal.extend({ defaultProps: { lockScroll: false } }),
      },
    }),
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
                  <Screens directus={environment.directus} />
                </SessionProvider>
              </ErrorBoundary>
            </QueryClientProvider>
          </MantineProvider>
        </ShortcutScopeContext.Provider>
      </NavigationContext.Provider>
    </EnvironmentContext.Provider>
  );
}
