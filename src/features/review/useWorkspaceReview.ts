// Everything the workspace needs for reviewing, in one hook: the file a session was opened from,
// the comparison, the last visit, the health findings (the Health panel opens by itself for a
// file with problems) and what the canvas drew, for Export.
import { useEffect, useMemo, useRef } from 'react';
import { snapshotFileOf } from '../../api/file/file-session';
import type { Session } from '../../api/session';
import { buildModelIndex, type ModelIndex } from '../../domain/model-index';
import { healthFindings, type Finding } from '../../domain/review/health';
import { withoutSystemItems } from '../../domain/review/own-model';
import type { DataModel } from '../../hooks/useDataModel';
import { useToggle } from '../../hooks/useUrlState';
import type { CanvasDrawing } from '../canvas/Canvas';
import { useFileSessions } from './file-sessions';
import { useLastVisit } from './useLastVisit';
import { useReview } from './useReview';

export function useWorkspaceReview(session: Session, model: DataModel) {
  const file = snapshotFileOf(session);
  const files = useFileSessions();
  const review = useReview(session, model);
  const lastVisit = useLastVisit(session, file ? null : model.schema);
  const [healthOpen, setHealthOpen] = useToggle('health');
  // Directus's own items are not the project's to fix (a server lists them; a snapshot does not).
  const findings: readonly Finding[] = useMemo(
    () => (model.schema ? healthFindings(buildModelIndex(withoutSystemItems(model.schema))) : []),
    [model.schema],
  );
  const troubled = findings.some((f) => f.severity !== 'info');
  // A file that is inconsistent opens with what can be drawn, and says what could not.
  useEffect(() => {
    if (file && troubled) setHealthOpen(true);
  }, [file, troubled, setHealthOpen]);
  const drawing = useRef<CanvasDrawing | null>(null);
  // While comparing, the diagram and search see both states as one model.
  const index: ModelIndex | null = review.comparing?.index ?? model.index;
  return {
    file,
    files,
    review,
    lastVisit,
    health: { open: healthOpen, setOpen: setHealthOpen, findings },
    drawing,
    index,
    panelsOpen: review.source !== null || healthOpen,
  };
}

export type WorkspaceReview = ReturnType<typeof useWorkspaceReview>;
