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
import { useMemo, useState } from 'react';
import { toDiagram } from '../../domain/diagram';
import type { Diagram } from '../../domain/diagram-types';
import { FIELD_ROW_HEIGHT, NODE_HEADER_HEIGHT } from '../../domain/diagram-layout';
import type { DirectusSchema } from '../../domain/directus-types';
import type { InferredModel } from '../../domain/model';
import type { DataModel } from '../../hooks/useDataModel';
import { useSelection } from '../../hooks/useUrlState';
import classes from './canvas.module.css';
import { CollectionNode } from './CollectionNode';
import { Markers } from './Markers';
import { RelationshipEdge } from './RelationshipEdge';
import { toFlowEdge, toFlowNode, type CollectionFlowNode, type RelationshipFlowEdge } from './to-flow';

const nodeTypes = { collection: CollectionNode };
const edgeTypes = { relationship: RelationshipEdge };

interface Props {
  model: DataModel;
  showJunctions: boolean;
  showSystem: boolean;
}

export function Canvas({ model, showJunctions, showSystem }: Props) {
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
  if (!model.schema || !model.inferred) {
    return (
      <Center className={classes.canvas}>
        <Loader aria-label="Loading the data model" />
      </Center>
    );
  }
  return (
    <DiagramView
      schema={model.schema}
      inferred={model.inferred}
      showJunctions={showJunctions}
      showSystem={showSystem}
    />
  );
}

/** Keeps positions (and measured sizes) the user already has when the model is re-read. */
function mergeNodes(previous: CollectionFlowNode[], diagram: Diagram): CollectionFlowNode[] {
  const byId = new Map(previous.map((node) => [node.id, node]));
  return diagram.nodes.map((node) => {
    const old = byId.get(node.id);
    const next = toFlowNode(node);
    return old ? { ...next, position: old.position, measured: old.measured } : next;
  });
}

function DiagramView({
  schema,
  inferred,
  showJunctions,
  showSystem,
}: {
  schema: DirectusSchema;
  inferred: InferredModel;
  showJunctions: boolean;
  showSystem: boolean;
}) {
  const diagram = useMemo(
    () => toDiagram(schema, inferred, { showJunctions, showSystem }),
    [schema, inferred, showJunctions, showSystem],
  );
  const [selection, select] = useSelection();
  const [nodes, setNodes] = useState<CollectionFlowNode[]>(() => diagram.nodes.map(toFlowNode));
  const [mergedDiagram, setMergedDiagram] = useState(diagram);
  if (mergedDiagram !== diagram) {
    setMergedDiagram(diagram);
    setNodes((previous) => mergeNodes(previous, diagram));
  }
  const edges = useMemo(() => diagram.edges.map(toFlowEdge), [diagram]);

  const selectedCollection = selection?.type === 'collection' ? selection.collection : null;
  const selectedRelationship = selection?.type === 'relationship' ? selection.id : null;
  const shownNodes = nodes.map((node) => ({ ...node, selected: node.id === selectedCollection }));
  const shownEdges: RelationshipFlowEdge[] = edges.map((edge) => ({
    ...edge,
    selected: edge.data?.relationshipId === selectedRelationship,
  }));

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
        onPaneClick={() => select(null)}
        nodesConnectable={false}
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
