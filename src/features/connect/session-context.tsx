import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../api/session';

interface SessionState {
  session: Session | null;
  setSession: (session: Session | null) => void;
  /** The server said the credentials expired or are no longer valid: ask again, keep the page. */
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
