import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Session } from '../../api/session';

interface SessionState {
  session: Session | null;
  setSession: (session: Session | null) => void;
}

const SessionContext = createContext<SessionState | null>(null);

/** The session (and so the token) lives only in React memory: a reload signs out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(null);
  const value = useMemo(() => ({ session, setSession }), [session]);
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
