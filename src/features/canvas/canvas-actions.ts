import { createContext, useContext } from 'react';

/** What nodes can ask of the canvas, through one stable object so nodes need no new props. */
export interface CanvasActions {
  toggleExpanded: (collection: string) => void;
  toggleFolder: (folder: string) => void;
}

export const CanvasActionsContext = createContext<CanvasActions>({
  toggleExpanded: () => undefined,
  toggleFolder: () => undefined,
});

export const useCanvasActions = () => useContext(CanvasActionsContext);
