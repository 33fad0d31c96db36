// Mounts Relata into an element of the Data Studio's page, inside a shadow root: the app's styles
// (Mantine, React Flow, its own) are adopted by the shadow root only, so none reach the Studio,
// and none of the Studio's reach the app. Unmounting leaves nothing behind but the element.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openHostSession } from '../api/host-session';
import type { RelataClient } from '../api/client';
import { RelataApp } from '../app/App';
import type { Environment } from '../app/environment';
import type { Navigation } from '../hooks/navigation';
import { appStyleSheet } from './styles';

export interface MountOptions {
  /** The Directus URL the Studio runs at (its origin and root path, without a trailing slash). */
  url: string;
  /** The Studio's own SDK client (its session cookie, refreshed by the Studio). */
  client: RelataClient;
  navigation: Navigation;
}

const ROOT_ATTRIBUTE = 'data-relata-root';

/** Renders the app into `host`; returns the function that takes it down again. */
export function mountRelata(host: HTMLElement, { url, client, navigation }: MountOptions): () => void {
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [appStyleSheet()];
  const root = document.createElement('div');
  root.setAttribute(ROOT_ATTRIBUTE, '');
  // Focusable, so a click anywhere in the app puts the keyboard (and its shortcuts) there: also
  // where the press itself moves no focus (a handler that prevents its default, say), since the
  // keys pressed next would otherwise still go to the Studio.
  root.tabIndex = -1;
  root.addEventListener(
    'pointerdown',
    () => {
      if (!root.contains(shadow.activeElement)) root.focus({ preventScroll: true });
    },
    { capture: true },
  );
  const app = document.createElement('div');
  app.className = 'relata-app';
  const portalTarget = document.createElement('div');
  portalTarget.className = 'relata-portals';
  root.append(app, portalTarget);
  shadow.append(root);

  const environment: Environment = {
    directus: { kind: 'host', openSession: () => openHostSession(url, client) },
    navigation,
    container: { root, selector: `[${ROOT_ATTRIBUTE}]`, portalTarget },
  };
  const reactRoot = createRoot(app);
  reactRoot.render(
    <StrictMode>
      <RelataApp environment={environment} />
    </StrictMode>,
  );
  return () => {
    reactRoot.unmount();
    root.remove();
  };
}
