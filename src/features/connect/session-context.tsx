import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../api/session';

interface SessionState {
  session: Session | null;
  setSession: (session: Session | null) => void;
  /** The server no longer accepts the session: ask again, keep the page. */
  signInNeeded: boolean;
  requireSignIn: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The session (and so the token) lives only in React memory: a reload signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session | null>(null);
  const [signInNeeded, setSignInNeeded] = useState(false);
  const setSession = useCallback((next: Session | null) => {
    setSessionState(next);
    setSignInNeeded(false);
  }, []);
  const requireSignIn = useCallback(() => setSignInNeeded(true), []);
  // Whichever request finds the session ended (a refetch, a save, a refresh), ask at once.
  useEffect(() => {
    if (!session) return;
    return session.watch.onEnded(() => setSignInNeeded(true));
  }, [session]);
  const value = useMemo(
    () => ({ session, setSession, signInNeeded, requireSignIn }),
    [session, setSession, signInNeeded, requireSignIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState needs a SessionProvider');
  return state;
}

export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession is only for signed-in views');
  return session;
}
