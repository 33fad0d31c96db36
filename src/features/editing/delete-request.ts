// "Delete" pressed on the diagram: the side panel, which owns the confirmations, opens the one
// for what is selected. A counter the panel subscribes to, so nothing else re-renders.
import { useEffect, useRef } from 'react';

let requests = 0;
const listeners = new Set<() => void>();

export function requestDelete() {
  requests += 1;
  listeners.forEach((listener) => listener());
}

export function useDeleteRequests(onRequest: () => void) {
  const handler = useRef(onRequest);
  useEffect(() => {
    handler.current = onRequest;
  });
  useEffect(() => {
    const listener = () => handler.current();
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
}

export const deleteRequestCount = () => requests;
