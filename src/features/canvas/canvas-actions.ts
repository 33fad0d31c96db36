import { createContext, useContext } from 'react';

/** What nodes can ask of the canvas, through one stable object so nodes need no new props. */
export interface CanvasActions {
  toggleExpanded: (collection: string) => void;
}

export const CanvasActionsContext = createContext<CanvasActions>({ toggleExpanded: () => undefined });

export const useCanvasActions = () => useContext(CanvasActionsContext);
