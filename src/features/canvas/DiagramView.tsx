import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  type EdgeChange,
  type NodeChange,
  type OnMove,
  type Viewport,
} from '@xyflow/react';
import { memo, useCallback, useEffect, useMemo, useRef, type ReactNode } from 'react';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { Diagram } from '../../domain/diagram-types';
import { usePendingRelationKeys } from '../../hooks/useCommit';
import { selectedRelationshipIds, useSelection, type Selection } from '../../hooks/useUrlState';
import { CanvasActionsContext, type CanvasActions } from './canvas-actions';
import classes from './canvas.module.css';
import { CollectionNode } from './CollectionNode';
import { DETAIL_ZOOM, DetailContext, TINY_ZOOM, zoomOf } from './detail';
import type { FolderFrame } from './folders';
import { FolderNode } from './FolderNode';
import { highlightCss, type Highlight } from './highlight';
import { MarkDescriptions } from './mark-descriptions';
import { boundingBox } from './layout/boxes';
import { Markers } from './Markers';
import { OverviewEdges } from './OverviewEdges';
import { RelationshipEdge } from './RelationshipEdge';
import { RoutesContext, type RouteLookup } from './routes';
import { folderNodes, type CollectionFlowNode, type RelationshipFlowEdge } from './to-flow';
import { useFlowEdges, useFlowNodes } from './use-flow-elements';
import { useFrameLate } from './use-frame-late';
import { useArrowKeys } from './use-arrow-keys';
import { useConnectDrag, type ConnectHandlers } from './use-connect-drag';
import { useRelationClicks } from './use-relation-clicks';
import { LARGE_FROM } from './progressive-mount';
import { MAX_ZOOM, MIN_ZOOM, useStartViewport } from './start-viewport';
import { Sketch } from './Sketch';
import { useAfterDrawn, useFirstDraw } from './use-first-draw';
import { useProgressiveMount, type Box } from './use-progressive-mount';
import type { XY } from './layout/types';

const nodeTypes = { collection: CollectionNode, folder: FolderNode };
const edgeTypes = { relationship: RelationshipEdge };
const NO_NODES: CollectionFlowNode[] = [];
const NO_EDGES: RelationshipFlowEdge[] = [];

export type { ConnectHandlers };

interface Props {
  diagram: Diagram;
  positions: Readonly<Record<string, XY>>;
  routes: RouteLookup;
  actions: CanvasActions;
  onMove: (positions: Record<string, XY>) => void;
  onViewport: (viewport: Viewport) => void;
  initialViewport: Viewport | null;
  /** Absent for read-only sessions: nothing can be connected. */
  connect: ConnectHandlers | null;
  colorMode: 'light' | 'dark';
  /** Controls drawn over the diagram. */
  panel: ReactNode;
  /** Bumped when the diagram should be fitted to the screen again (after a layout). */
  fitRequest: number;
  /** Directus folders drawn as frames (or, collapsed, as one box), when grouping is on. */
  frames: readonly FolderFrame[];
  /**
   * Mount no collection yet: the first layout is running and will place them all shortly (a large
   * model is sketched meanwhile).
   */
  hold?: boolean;
}

function highlightOf(selection: Selection, diagram: Diagram): Highlight {
  if (selection?.type === 'collection') return { collection: selection.collection };
  const ids = selectedRelationshipIds(selection);
  if (!ids.length) return null;
  const chosen = new Set(ids);
  const ends = diagram.edges
    .filter((e) => chosen.has(e.data.relationshipId))
    .flatMap((e) => [e.source, e.target]);
  return { relationshipIds: ids, ends: [...new Set(ends)] };
}

function DiagramViewComponent({
  diagram,
  positions,
  routes,
  actions,
  onMove,
  onViewport,
  initialViewport,
  connect,
  colorMode,
  panel,
  fitRequest,
  frames,
  hold = false,
}: Props) {
  const [selection, select] = useSelection();
  const selectedCollection = selection?.type === 'collection' ? selection.collection : null;
  const selectedIds = useMemo(() => new Set(selectedRelationshipIds(selection)), [selection]);
  const pending = usePendingRelationKeys();
  const pendingKey = [...pending].sort().join('\n');
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed by content, not by the new Set each render
  const pendingKeys = useMemo(() => pending, [pendingKey]);
  const collections = useFlowNodes(diagram, positions, selectedCollection);
  const folders = useMemo(() => folderNodes(frames), [frames]);
  const nodes = useMemo(
    () => (folders.length ? [...folders, ...collections] : collections) as CollectionFlowNode[],
    [folders, collections],
  );
  const edges = useFlowEdges(diagram, selectedIds, pendingKeys);
  // A frame late: the panel a click opens is drawn before the rest of the diagram is dimmed.
  const css = useFrameLate(highlightCss('.relata-flow', highlightOf(selection, diagram)));
  const flow = useReactFlow();

  const { onEdgeClick, onPickLine, rememberSelection } = useRelationClicks(selectedIds, select);

  const { onConnectStart, onConnectEnd } = useConnectDrag(connect);

  // React Flow copies each of these props into its store when it changes, and every change there
  // runs every node's and edge's selectors: the handlers read the latest positions and edges
  // through refs so that they stay the same functions.
  const positionsRef = useRef(positions);
  const edgesRef = useRef(edges);
  const diagramRef = useRef(diagram);
  const framesRef = useRef(frames);
  useEffect(() => {
    positionsRef.current = positions;
    edgesRef.current = edges;
    diagramRef.current = diagram;
    framesRef.current = frames;
  }, [positions, edges, diagram, frames]);
  const onNodesChange = useCallback(
    (changes: NodeChange<CollectionFlowNode>[]) => {
      const moved: Record<string, XY> = {};
      for (const change of changes) {
        if (change.type === 'position' && change.position && positionsRef.current[change.id])
          moved[change.id] = change.position;
        if (change.type === 'select' && change.selected)
          select({ type: 'collection', collection: change.id });
      }
      if (Object.keys(moved).length) onMove(moved);
    },
    [onMove, select],
  );
  // A click or Enter on an edge selects it (modifier clicks are handled by onEdgeClick, after).
  const onEdgesChange = useCallback(
    (changes: EdgeChange<RelationshipFlowEdge>[]) => {
      const picked = changes.find((change) => change.type === 'select' && change.selected);
      const edge =
        picked?.type === 'select'
          ? edgesRef.current.find((candidate) => candidate.id === picked.id)
          : undefined;
      if (edge?.data) select({ type: 'relationship', id: edge.data.relationshipId });
    },
    [select],
  );
  const onPaneClick = useCallback(() => select(null), [select]);

  /** Where everything will be drawn: mounted yet or not (see useProgressiveMount). */
  const boxes = useCallback((): Box[] => {
    const collections = diagramRef.current.nodes.flatMap((node) => {
      const at = positionsRef.current[node.id];
      return at ? [{ id: node.id, ...at, width: node.width, height: node.height }] : [];
    });
    return [...collections, ...framesRef.current.map((frame) => ({ id: frame.id, ...frame.box }))];
  }, []);

  // While the view moves nothing on it can be hovered or clicked (see .canvas[data-moving]): the
  // browser then skips hit-testing every edge on each pointer move. Set on the first change of
  // the viewport, not on the press that may start one, so that a click on an edge still lands.
  const container = useRef<HTMLDivElement>(null);
  const onMoving: OnMove = useCallback(() => {
    const element = container.current;
    if (element && element.dataset.moving === undefined) element.dataset.moving = '';
  }, []);
  const onMoveEnd: OnMove = useCallback(
    (_event, viewport) => {
      if (container.current) delete container.current.dataset.moving;
      onViewport(viewport);
    },
    [onViewport],
  );

  const diagramEdges = useCallback(() => diagramRef.current.edges, []);
  const flowEdges = useCallback(() => edgesRef.current, []);
  const onKeyDownCapture = useArrowKeys({ boxes, edges: diagramEdges, flowEdges, container });

  const start = useStartViewport(initialViewport, boxes, container);
  const startZoom = start?.zoom ?? 1;
  const detail = useStore((state) => zoomOf(state, startZoom) >= DETAIL_ZOOM);
  const tiny = useStore((state) => zoomOf(state, startZoom) < TINY_ZOOM);
  const large = diagram.nodes.length >= LARGE_FROM;
  const overview = large && !detail;
  const { shown, fittedOnShow } = useFirstDraw({ hold, boxes, container });
  const drawn = useProgressiveMount(nodes, edges, { enabled: large, start: shown, boxes, container });
  const { miniMapDue, linesDue } = useAfterDrawn(shown && !drawn.mounting);
  useEffect(() => {
    if (!fitRequest) return;
    // After React Flow has taken the new positions in; the bounds of everything, since a large
    // diagram may not be all mounted yet.
    const frame = requestAnimationFrame(() => {
      const bounds = boundingBox(boxes());
      if (bounds && !fittedOnShow.current) void flow.fitBounds(bounds, { duration: 200 });
      fittedOnShow.current = false;
    });
    return () => cancelAnimationFrame(frame);
  }, [fitRequest, flow, boxes, fittedOnShow]);

  return (
    <div
      ref={container}
      onKeyDownCapture={onKeyDownCapture}
      onPointerDownCapture={rememberSelection}
      className={`${classes.canvas} relata-flow`}
      data-detail={detail || undefined}
      style={{
        ['--relata-header-height' as string]: `${NODE_HEADER_HEIGHT}px`,
        ['--relata-row-height' as string]: `${FIELD_ROW_HEIGHT}px`,
      }}
    >
      <style>{css}</style>
      <Markers />
      <MarkDescriptions />
      <CanvasActionsContext.Provider value={actions}>
        <DetailContext.Provider value={detail}>
          <RoutesContext.Provider value={routes}>
            {start && (
              <ReactFlow
                nodes={shown ? drawn.nodes : NO_NODES}
                edges={!shown || overview ? NO_EDGES : drawn.edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                onNodesChange={onNodesChange}
                onEdgesChange={onEdgesChange}
                onEdgeClick={onEdgeClick}
                onPaneClick={onPaneClick}
                nodesConnectable={connect !== null}
                onConnectStart={onConnectStart}
                onConnectEnd={onConnectEnd}
                onMove={onMoving}
                onMoveEnd={onMoveEnd}
                deleteKeyCode={null}
                selectionKeyCode={null}
                multiSelectionKeyCode={null}
                defaultViewport={start}
                minZoom={MIN_ZOOM}
                maxZoom={MAX_ZOOM}
                onlyRenderVisibleElements={large}
                colorMode={colorMode}
                aria-label="Data model diagram"
              >
                {large && !shown && <Sketch nodes={diagram.nodes} positions={positions} tiny={tiny} />}
                {/* After the collections: each slice would repaint and hit-test every line. */}
                {overview && linesDue && (
                  <OverviewEdges
                    nodes={diagram.nodes}
                    edges={diagram.edges}
                    positions={positions}
                    selected={selectedIds}
                    pendingKeys={pendingKeys}
                    onPick={onPickLine}
                    tiny={tiny}
                  />
                )}
                {/* At overview zoom the dot grid is a grey haze that costs a repaint on every frame. */}
                {detail && <Background />}
                <Controls aria-label="Zoom controls" />
                {/* Drawn once every collection is: it would redraw all of them for every slice. */}
                {miniMapDue && <MiniMap pannable zoomable ariaLabel="Overview of the diagram" />}
                {panel}
              </ReactFlow>
            )}
          </RoutesContext.Provider>
        </DetailContext.Provider>
      </CanvasActionsContext.Provider>
    </div>
  );
}

export const DiagramView = memo(DiagramViewComponent);
