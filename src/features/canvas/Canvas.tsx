import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useComputedColorScheme } from '@mantine/core';
import type { Viewport } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { toDiagram } from '../../domain/diagram';
import type { Diagram, DiagramMarks } from '../../domain/diagram-types';
import type { ModelIndex } from '../../domain/model-index';
import type { DataModel } from '../../hooks/useDataModel';
import { useParam, useSetParams } from '../../hooks/navigation';
import { selectedRelationshipIds, useFocus, useSelection, useToggle } from '../../hooks/useUrlState';
import classes from './canvas.module.css';
import { DiagramView, type ConnectHandlers } from './DiagramView';
import { foldFolders } from './folders';
import { neighbourhood, within } from './focus';
import { LayoutPanel } from './LayoutPanel';
import { warmLayoutWorker } from './layout/layout-client';
import { hasSavedLayout, layoutStorageKey } from './layout/layout-store';
import type { XY } from './layout/types';
import { useLayoutDocument, useLayoutStore } from './layout/use-layout-store';
import { useCanvasLayout } from './use-canvas-layout';
import { formatViewport, parseViewport } from './viewport-param';

export type { ConnectHandlers } from './DiagramView';

/** What the canvas draws, for exporting it: the whole diagram, what is shown, and where. */
export interface CanvasDrawing {
  full: Diagram;
  shown: Diagram;
  positions: Readonly<Record<string, XY>>;
}

/** A comparison drawn on the canvas: its marks, and "show only changes". */
export interface CanvasReview {
  /** Collections and relationships to mark added, removed or changed (staged or compared). */
  marks?: DiagramMarks;
  /** Draw only these collections (and the edges between them). */
  only?: ReadonlySet<string> | null;
  /** Filled in with what is drawn, for Export. */
  drawingRef?: { current: CanvasDrawing | null };
}

interface Props extends CanvasReview {
  model: DataModel;
  directusUrl: string;
  userId: string;
  /** Absent for read-only sessions: nothing can be connected. */
  connect: ConnectHandlers | null;
}

export function Canvas({ model, directusUrl, userId, connect, ...review }: Props) {
  useEffect(() => {
    // A first visit lays the model out as soon as it arrives: ELK (1.5 MB) loads meanwhile.
    if (!hasSavedLayout(layoutStorageKey(directusUrl, userId))) warmLayoutWorker();
  }, [directusUrl, userId]);
  if (!model.index) {
    if (model.error) {
      return (
        <Center className={classes.canvas}>
          <Alert color="red" title="Could not load the data model" role="alert" maw={520}>
            <Stack gap="xs">
              <Text size="sm">{model.error.message}</Text>
              <Button size="xs" variant="light" onClick={model.refetch}>
                Retry
              </Button>
            </Stack>
          </Alert>
        </Center>
      );
    }
    return (
      <Center className={classes.canvas}>
        <Loader aria-label="Loading the data model" />
      </Center>
    );
  }
  return <Map index={model.index} directusUrl={directusUrl} userId={userId} connect={connect} {...review} />;
}

function Map({
  index,
  directusUrl,
  userId,
  connect,
  marks,
  only,
  drawingRef,
}: CanvasReview & {
  index: ModelIndex;
  directusUrl: string;
  userId: string;
  connect: ConnectHandlers | null;
}) {
  const [showJunctions] = useToggle('junctions');
  const [showSystem] = useToggle('system');
  const [groupFolders] = useToggle('folders');
  const [focus] = useFocus();
  const [selection] = useSelection();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const full = useMemo(
    () => toDiagram(index, { showJunctions, showSystem, expanded, marks }),
    [index, showJunctions, showSystem, expanded, marks],
  );
  const limited = useMemo(() => (only ? within(full, only) : full), [full, only]);
  const focused = useMemo(
    () => (focus ? neighbourhood(limited, focus.collection, focus.hops) : null),
    [limited, focus],
  );
  const diagram = useMemo(() => (focused ? within(limited, focused) : limited), [limited, focused]);

  const store = useLayoutStore(layoutStorageKey(directusUrl, userId));
  const [fitRequest, setFitRequest] = useState(0);
  const doc = useLayoutDocument(store);
  const collapsed = useMemo(() => new Set(doc.collapsedGroups), [doc.collapsedGroups]);
  const refit = useCallback(() => setFitRequest((n) => n + 1), []);
  // "Show only changes" turned on or changed: fit what is left to the screen.
  const [fittedOnly, setFittedOnly] = useState(only);
  if (fittedOnly !== only) {
    setFittedOnly(only);
    if (only) setFitRequest((n) => n + 1);
  }
  const layout = useCanvasLayout(full, store, refit);

  const setParams = useSetParams();
  const viewParam = useParam('view');
  const [initialViewport] = useState<Viewport | null>(
    () => parseViewport(viewParam) ?? store.getSnapshot().viewport,
  );
  const onViewport = useCallback(
    (viewport: Viewport) => {
      store.setViewport(viewport);
      setParams({ view: formatViewport(viewport) }, 'replace');
    },
    [store, setParams],
  );
  const onMove = useCallback((moved: Record<string, XY>) => store.setPositions(moved), [store]);
  const folded = useMemo(
    () => (groupFolders ? foldFolders(index, diagram, layout.positions, collapsed) : { diagram, frames: [] }),
    [groupFolders, index, diagram, layout.positions, collapsed],
  );
  const actions = useMemo(
    () => ({
      toggleFolder: (folder: string) => {
        const current = store.getSnapshot().collapsedGroups;
        store.setCollapsedGroups(
          current.includes(folder) ? current.filter((f) => f !== folder) : [...current, folder],
        );
      },
      toggleExpanded: (collection: string) =>
        setExpanded((current) => {
          const next = new Set(current);
          if (!next.delete(collection)) next.add(collection);
          return next;
        }),
    }),
    [store],
  );
  const tidySet = useMemo(() => {
    if (focused) return [...focused];
    const chosen = new Set(selectedRelationshipIds(selection));
    return [
      ...new Set(
        full.edges.filter((e) => chosen.has(e.data.relationshipId)).flatMap((e) => [e.source, e.target]),
      ),
    ];
  }, [focused, selection, full]);
  const colorMode = useComputedColorScheme('light');
  useEffect(() => {
    if (drawingRef) drawingRef.current = { full, shown: folded.diagram, positions: layout.positions };
  });
  const panel = useMemo(
    () => (
      <LayoutPanel
        store={store}
        runs={layout.runs}
        selected={tidySet}
        directusUrl={directusUrl}
        onTidy={layout.tidy}
        error={layout.error}
      />
    ),
    [store, layout.runs, tidySet, directusUrl, layout.tidy, layout.error],
  );

  if (focus && !full.nodes.some((n) => n.id === focus.collection)) {
    return (
      <Center className={classes.canvas}>
        <Alert color="yellow" title="Nothing to focus on" role="status" maw={520}>
          {focus.collection} is not on the diagram (it may not exist, or it is hidden by the toggles).
        </Alert>
      </Center>
    );
  }
  return (
    <DiagramView
      fitRequest={fitRequest}
      diagram={folded.diagram}
      frames={folded.frames}
      positions={layout.positions}
      routes={layout.routes}
      actions={actions}
      onMove={onMove}
      onViewport={onViewport}
      initialViewport={initialViewport}
      connect={connect}
      colorMode={colorMode}
      panel={panel}
      hold={layout.holding}
    />
  );
}
