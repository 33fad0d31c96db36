// Where the app's keyboard shortcuts listen. Standalone, the app owns the page: the document.
// Inside the Data Studio, only the app's own element, so the Studio's shortcuts stay its own and
// typing in the Studio never triggers ours.
import { getHotkeyHandler, useHotkeys, type HotkeyItem } from '@mantine/hooks';
import { createContext, useContext, useEffect, useRef } from 'react';

/** null: the whole document. */
export const ShortcutScopeContext = createContext<HTMLElement | null>(null);

export function useShortcutScope(): HTMLElement | null {
  return useContext(ShortcutScopeContext);
}

const TYPING_TAGS = ['INPUT', 'TEXTAREA', 'SELECT'];

/** The element a key was pressed in, seen through shadow roots. */
function typingIn(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0];
  return target instanceof HTMLElement && (target.isContentEditable || TYPING_TAGS.includes(target.tagName));
}

/** Mantine's useHotkeys, bound to the shortcut scope (the document when there is none). */
export function useScopedHotkeys(hotkeys: HotkeyItem[]) {
  const scope = useShortcutScope();
  const latest = useRef(hotkeys);
  useEffect(() => {
    latest.current = hotkeys;
  });
  useHotkeys(scope ? [] : hotkeys);
  useEffect(() => {
    if (!scope) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!typingIn(event)) getHotkeyHandler(latest.current)(event);
    };
    scope.addEventListener('keydown', onKeyDown);
    return () => scope.removeEventListener('keydown', onKeyDown);
  }, [scope]);
}

/**
 * Whether a dialog is open where the app draws its dialogs (its shadow root, or the document), or
 * the key was pressed in one: a modal closes on Escape before the shortcut runs, and the key's
 * target (now detached) still says where it was pressed.
 */
export function dialogOpen(scope: HTMLElement | null, event?: KeyboardEvent): boolean {
  const root = scope?.getRootNode() ?? document;
  if ((root as ParentNode).querySelector('[role="dialog"]') !== null) return true;
  const target = event?.composedPath()[0];
  return target instanceof Element && target.closest('[role="dialog"]') !== null;
}
