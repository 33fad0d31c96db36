// Opening the new-relationship dialog from anywhere (the toolbar, a collection's field in the side
// panel, a drag on the canvas): the workspace, which owns the dialog, subscribes.
import { useEffect, useRef } from 'react';
import type { NewRelationshipStart } from './new-relationship-form';

const listeners = new Set<(start: NewRelationshipStart) => void>();

export function requestNewRelationship(start: NewRelationshipStart) {
  listeners.forEach((listener) => listener(start));
}

export function useNewRelationshipRequests(onRequest: (start: NewRelationshipStart) => void) {
  const handler = useRef(onRequest);
  useEffect(() => {
    handler.current = onRequest;
  });
  useEffect(() => {
    const listener = (start: NewRelationshipStart) => handler.current(start);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
}
