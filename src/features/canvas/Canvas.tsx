import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  type EdgeChange,
  type NodeChange,
} from '@xyflow/react';
import { useMemo, useRef, useState } from 'react';
import { usePendingRelationKeys } from '../../hooks/useRelationMutations';
import { toDiagram } from '../../domain/diagram';
import type { Diagram } from '../../domain/diagram-types';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { ModelIndex } from '../../domain/model-index';
import { gridPlacement } from './layout/grid';
import type { DataModel } from '../../hooks/useDataModel';
import { useSelection } from '../../hooks/useUrlState';
import classes from './canvas.module.css';
import { CollectionNode, NEW_RELATION_HANDLE } from './CollectionNode';
import { Markers } from './Markers';
import { RelationshipEdge } from './RelationshipEdge';
import { toFlowEdge, toFlowNode, type CollectionFlowNode, type RelationshipFlowEdge } from './to-flow';

const nodeTypes = { collection: CollectionNode };
const edgeTypes = { relationship: RelationshipEdge };

export interface ConnectHandlers {
  /** A field's handle dropped on a collection: make that field a many-to-one to it. */
  onConnectField: (collection: string, field: string, related: string) => void;
  /** The collection's "new relation" handle dropped on a collection: ask for the details. */
  onNewRelation: (collection: string, related: string) => void;
}

interface Props {
  model: DataModel;
  showJunctions: boolean;
  showSystem: boolean;
  /** Absent for read-only sessions: nothing can be connected. */
  connect: ConnectHandlers | null;
}

export function Canvas({ model, showJunctions, showSystem, connect }: Props) {
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
  if (!model.index) {
    return (
      <Center className={classes.canvas}>
        <Loader aria-label="Loading the data model" />
      </Center>
    );
  }
  return (
    <DiagramView
      index={model.index}
      showJunctions={showJunctions}
      showSystem={showSystem}
      connect={connect}
    />
  );
}

/** Keeps positions (and measured sizes) the user already has when the model is re-read. */
function mergeNodes(previous: CollectionFlowNode[], diagram: Diagram): CollectionFlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  const grid = gridPlacement(diagram.nodes);
  return diagram.nodes.map((node) => {
    const old = byId.get(node.id);
    const next = toFlowNode(node, grid.get(node.id) ?? { x: 0, y: 0 });
    return old ? { ...next, position: old.position, measured: old.measured } : next;
  });
}

function DiagramView({
  index,
  showJunctions,
  showSystem,
  connect,
}: {
  index: ModelIndex;
  showJunctions: boolean;
  showSystem: boolean;
  connect: ConnectHandlers | null;
}) {
  const diagram = useMemo(
    () => toDiagram(index, { showJunctions, showSystem }),
    [index, showJunctions, showSystem],
  );
  const [selection, select] = useSelection();
  const [nodes, setNodes] = useState<CollectionFlowNode[]>(() => mergeNodes([], diagram));
  const [mergedDiagram, setMergedDiagram] = useState(diagram);
  if (mergedDiagram !== diagram) {
    setMergedDiagram(diagram);
    setNodes((previous) => mergeNodes(previous, diagram));
  }
  const edges = useMemo(() => diagram.edges.map(toFlowEdge), [diagram]);

  const selectedCollection = selection?.type === 'collection' ? selection.collection : null;
  const selectedRelationships = new Set(
    selection?.type === 'relationship'
      ? [selection.id]
      : selection?.type === 'relationships'
        ? selection.ids
        : [],
  );
  const shownNodes = nodes.map((node) => ({ ...node, selected: node.id === selectedCollection }));
  const pendingKeys = usePendingRelationKeys();
  const shownEdges: RelationshipFlowEdge[] = edges.map((edge) => {
    const pending = edge.data?.relationKeys.some((key) => pendingKeys.has(key)) ?? false;
    return {
      ...edge,
      selected: selectedRelationships.has(edge.data?.relationshipId ?? ''),
      // Drawn distinctly (dashed, animated) until Directus confirms the write.
      animated: pending,
      className: pending ? 'relata-pending' : undefined,
      domAttributes: pending ? { 'aria-busy': true, 'data-pending': 'true' } : undefined,
    };
  });

  // The selection as it was before the current click: React Flow has already replaced it with
  // the clicked edge by the time onEdgeClick runs.
  const selectedBefore = useRef<string[]>([]);
  const rememberSelection = () => {
    selectedBefore.current = [...selectedRelationships];
  };
  const onEdgeClick = (event: React.MouseEvent, edge: RelationshipFlowEdge) => {
    const id = edge.data?.relationshipId;
    if (!id || !(event.ctrlKey || event.metaKey || event.shiftKey)) return;
    const before = selectedBefore.current;
    const ids = before.includes(id) ? before.filter((other) => other !== id) : [...before, id];
    select(
      ids.length > 1 ? { type: 'relationships', ids } : ids[0] ? { type: 'relationship', id: ids[0] } : null,
    );
  };

  const connecting = useRef<{ collection: string; handle: string | null } | null>(null);
  const onConnectEnd = (event: MouseEvent | TouchEvent) => {
    const from = connecting.current;
    connecting.current = null;
    if (!from || !connect) return;
    const point = 'changedTouches' in event ? event.changedTouches[0] : event;
    if (!point) return;
    // Dropping anywhere on a collection counts, not only on its handle.
    const target = document
      .elementFromPoint(point.clientX, point.clientY)
      ?.closest('.react-flow__node')
      ?.getAttribute('data-id');
    if (!target) return;
    if (from.handle === NEW_RELATION_HANDLE) {
      connect.onNewRelation(from.collection, target);
    } else if (from.handle) {
      connect.onConnectField(from.collection, from.handle, target);
    }
  };

  const onNodesChange = (changes: NodeChange<CollectionFlowNode>[]) => {
    setNodes((current) =>
      applyNodeChanges(
        changes.filter((change) => change.type !== 'select'),
        current,
      ),
    );
    const picked = changes.find((change) => change.type === 'select' && change.selected);
    if (picked?.type === 'select') select({ type: 'collection', collection: picked.id });
  };
  const onEdgesChange = (changes: EdgeChange<RelationshipFlowEdge>[]) => {
    const picked = changes.find((change) => change.type === 'select' && change.selected);
    const edge =
      picked?.type === 'select' ? edges.find((candidate) => candidate.id === picked.id) : undefined;
    if (edge?.data) select({ type: 'relationship', id: edge.data.relationshipId });
  };

  return (
    <div
      onPointerDownCapture={rememberSelection}
      className={classes.canvas}
      style={{
        ['--relata-header-height' as string]: `${NODE_HEADER_HEIGHT}px`,
        ['--relata-row-height' as string]: `${FIELD_ROW_HEIGHT}px`,
      }}
    >
      <Markers />
      <ReactFlow
        nodes={shownNodes}
        edges={shownEdges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onEdgeClick={onEdgeClick}
        onPaneClick={() => select(null)}
        nodesConnectable={connect !== null}
        onConnectStart={(_event, { nodeId, handleId }) => {
          connecting.current = nodeId ? { collection: nodeId, handle: handleId } : null;
        }}
        onConnectEnd={onConnectEnd}
        deleteKeyCode={null}
        fitView
        minZoom={0.05}
        aria-label="Data model diagram"
      >
        <Background />
        <Controls />
        <MiniMap pannable zoomable />
      </ReactFlow>
    </div>
  );
}
