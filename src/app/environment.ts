// The seam between the two builds. The standalone app and the Data Studio module run the same
// code; they differ only in what is here: how Directus is reached, where navigation state lives,
// and whether the app owns the page or lives in a box inside someone else's. Whether the session
// may write is the session's own `isAdmin`, whichever way it was opened.
import { createContext, useContext } from 'react';
import type { Session } from '../api/session';
import type { DemoConfig } from '../features/connect/demo-config';
import { browserNavigation, type Navigation } from '../hooks/navigation';

export type DirectusAccess =
  /** Ask for a URL and credentials (the standalone app); `demo` connects without asking. */
  | { kind: 'connect'; demo: DemoConfig | null }
  /** The host is already signed in (the Data Studio): open a session on its credentials. */
  | { kind: 'host'; openSession: () => Promise<Session> };

/** The element the app lives in when it does not own the page. */
export interface AppContainer {
  /**
   * The app's root element: its keyboard shortcuts listen here, Mantine puts its CSS variables
   * and colour scheme here (matched by `selector`), and the layout fills it instead of the window.
   */
  root: HTMLElement;
  selector: string;
  /** Where modals, menus, notifications and the search open, so they get the app's styles. */
  portalTarget: HTMLElement;
}

export interface Environment {
  directus: DirectusAccess;
  /** Selection, focus, toggles and viewport: the address bar, or the module route's query. */
  navigation: Navigation;
  /** null: the app owns the window (standalone). */
  container: AppContainer | null;
}

export function standaloneEnvironment(demo: DemoConfig | null): Environment {
  return { directus: { kind: 'connect', demo }, navigation: browserNavigation, container: null };
}

export const EnvironmentContext = createContext<Environment>(standaloneEnvironment(null));

export function useEnvironment(): Environment {
  return useContext(EnvironmentContext);
}
