// Reloading or closing the tab with unsaved edits, or while a save is under way, asks first.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { COMMIT } from './useCommit';
import { useUnsavedWorkStore } from './unsaved-work';

export function useWarnBeforeUnload() {
  const store = useUnsavedWorkStore();
  const queryClient = useQueryClient();
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (store.entries().length === 0 && queryClient.isMutating({ mutationKey: COMMIT }) === 0) return;
      event.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [store, queryClient]);
}
