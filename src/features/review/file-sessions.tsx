// Opening snapshot files as sessions: from the connect screen's button, from a file dropped on
// the page, or from the workspace. A file opened while connected to a server keeps that server
// session behind it (in memory, like every session), for "Compare with… Connected server" and
// to return to when the file is closed.
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { openFileSession, snapshotFileOf } from '../../api/file/file-session';
import { readSnapshotFiles, type TextFile } from '../../api/file/read-files';
import { modelKey } from '../../api/model-query';
import type { Session } from '../../api/session';
import { useSessionState } from '../connect/session-context';

interface FileSessions {
  /** Reads the files and, when they hold a snapshot, makes it the session. */
  open: (files: readonly TextFile[]) => Promise<void>;
  opening: boolean;
  /** Why the last file could not be opened. */
  error: string | null;
  dismissError: () => void;
  /** The server session a file was opened over, if any. */
  server: Session | null;
  /** Back to the server session behind the file, or to the connect screen. */
  close: () => void;
}

const FileSessionsContext = createContext<FileSessions | null>(null);

export function FileSessionsProvider({ children }: { children: ReactNode }) {
  const { session, setSession } = useSessionState();
  const queryClient = useQueryClient();
  const [server, setServer] = useState<Session | null>(null);
  const [opening, setOpening] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const open = useCallback(
    async (files: readonly TextFile[]) => {
      setOpening(true);
      setError(null);
      try {
        const { snapshot, name } = await readSnapshotFiles(files);
        const next = openFileSession(snapshot, name);
        // The model is already read: the workspace draws it at once, and a file opened again
        // under the same name replaces what the cache held for it.
        queryClient.setQueryData(modelKey(next), snapshot.schema);
        if (session && !snapshotFileOf(session)) setServer(session);
        setSession(next);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      } finally {
        setOpening(false);
      }
    },
    [queryClient, session, setSession],
  );
  const close = useCallback(() => {
    setSession(server);
    setServer(null);
  }, [server, setSession]);
  const dismissError = useCallback(() => setError(null), []);
  // Only a file session has a server behind it.
  const current = session && snapshotFileOf(session) ? server : null;

  const value = useMemo(
    () => ({ open, opening, error, dismissError, server: current, close }),
    [open, opening, error, dismissError, current, close],
  );
  return <FileSessionsContext.Provider value={value}>{children}</FileSessionsContext.Provider>;
}

export function useFileSessions(): FileSessions {
  const value = useContext(FileSessionsContext);
  if (!value) throw new Error('useFileSessions needs a FileSessionsProvider');
  return value;
}
