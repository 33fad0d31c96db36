// "Export": the diagram as PNG or SVG (whole or as on screen, light or dark), the model as
// Mermaid erDiagram text or as a Directus snapshot, and a comparison as a Markdown summary.
import { Button, Group, Menu, Modal, Radio, SegmentedControl, Stack, Text } from '@mantine/core';
import { useComputedColorScheme } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { useState } from 'react';
import { snapshotFileOf } from '../../../api/file/file-session';
import { readServerVersion } from '../../../api/server-version';
import type { Session } from '../../../api/session';
import type { DirectusSchema } from '../../../domain/directus-types';
import type { ModelIndex } from '../../../domain/model-index';
import { diagramSvg, type Box, type SvgTheme } from '../../../domain/review/diagram-svg';
import { comparisonMarkdown } from '../../../domain/review/markdown';
import { toMermaid } from '../../../domain/review/mermaid';
import { toSnapshot } from '../../../domain/review/to-snapshot';
import type { CanvasDrawing } from '../../canvas/Canvas';
import { KIND_STYLE } from '../../canvas/kind-style';
import type { Comparing } from '../useReview';
import { sessionName } from '../useReview';
import { download, fileStem } from './download';
import { svgSize, svgToPng } from './png';

type ImageFormat = 'png' | 'svg';
type Scope = 'whole' | 'view';

interface Props {
  session: Session;
  schema: DirectusSchema | null;
  index: ModelIndex | null;
  comparing: Comparing | null;
  drawing: { current: CanvasDrawing | null };
}

/** The path React Flow drew for each edge on screen; edges it did not render have none. */
function drawnPaths(): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const edge of document.querySelectorAll('.relata-flow .react-flow__edge')) {
    const id = edge.getAttribute('data-id');
    const d = edge.querySelector('path.react-flow__edge-path')?.getAttribute('d');
    if (id && d) paths[id] = d;
  }
  return paths;
}

/** The part of the diagram on screen, in diagram coordinates. */
function visibleFrame(flow: ReactFlowInstance): Box | undefined {
  const pane = document.querySelector('.relata-flow .react-flow');
  if (!pane) return undefined;
  const rect = pane.getBoundingClientRect();
  const a = flow.screenToFlowPosition({ x: rect.left, y: rect.top }, { snapToGrid: false });
  const b = flow.screenToFlowPosition({ x: rect.right, y: rect.bottom }, { snapToGrid: false });
  return { x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y };
}

function ImageDialog({
  format,
  title,
  stem,
  drawing,
  onClose,
}: {
  format: ImageFormat;
  title: string;
  stem: string;
  drawing: Props['drawing'];
  onClose: () => void;
}) {
  const flow = useReactFlow();
  const [scope, setScope] = useState<Scope>('whole');
  const scheme = useComputedColorScheme('light');
  const [theme, setTheme] = useState<SvgTheme>(scheme);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    const drawn = drawing.current;
    if (!drawn) return;
    setBusy(true);
    try {
      const svg = diagramSvg({
        title,
        diagram: scope === 'whole' ? drawn.full : drawn.shown,
        positions: drawn.positions,
        paths: drawnPaths(),
        styles: KIND_STYLE,
        theme,
        frame: scope === 'view' ? visibleFrame(flow) : undefined,
      });
      const name = `${stem}${scope === 'view' ? '-view' : ''}`;
      if (format === 'svg') download(`${name}.svg`, svg, 'image/svg+xml');
      else {
        const { width, height } = svgSize(svg);
        download(`${name}.png`, await svgToPng(svg, width, height));
      }
      onClose();
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `The ${format.toUpperCase()} could not be made`,
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Export ${format.toUpperCase()}`}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="sm">
        <Radio.Group label="What to draw" value={scope} onChange={(value) => setScope(value as Scope)}>
          <Stack gap={4} mt={4}>
            <Radio
              value="whole"
              label="The whole model"
              description="Every collection on the diagram, wherever it is"
            />
            <Radio value="view" label="The current view" description="What is on screen now" />
          </Stack>
        </Radio.Group>
        <Stack gap={4}>
          <Text size="sm" fw={500} id="export-theme">
            Colours
          </Text>
          <SegmentedControl
            aria-labelledby="export-theme"
            value={theme}
            onChange={(value) => setTheme(value as SvgTheme)}
            data={[
              { value: 'light', label: 'Light' },
              { value: 'dark', label: 'Dark' },
            ]}
          />
        </Stack>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button loading={busy} onClick={() => void save()}>
            Download {format.toUpperCase()}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export function ExportMenu({ session, schema, index, comparing, drawing }: Props) {
  const [image, setImage] = useState<ImageFormat | null>(null);
  const name = comparing ? comparing.head.name : sessionName(session);
  const stem = fileStem(name);
  const title = comparing
    ? `Data model changes: ${comparing.base.name} → ${comparing.head.name}`
    : `Data model: ${name}`;

  const snapshot = async () => {
    if (!schema) return;
    const file = snapshotFileOf(session);
    const directus = file ? file.directus : await readServerVersion(session.client);
    const text = JSON.stringify(
      toSnapshot(schema, {
        directus: directus ?? 'unknown',
        vendor: file?.vendor ?? null,
        ...(file?.systemFields.length ? { systemFields: file.systemFields } : {}),
      }),
      null,
      2,
    );
    download(`${fileStem(sessionName(session))}.snapshot.json`, `${text}\n`, 'application/json');
  };
  const markdownReason = 'A Markdown summary is of a comparison: compare with something first.';

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="compact-xs" variant="default" disabled={!index}>
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>The diagram</Menu.Label>
          <Menu.Item onClick={() => setImage('png')}>PNG</Menu.Item>
          <Menu.Item onClick={() => setImage('svg')}>SVG</Menu.Item>
          <Menu.Label>The model</Menu.Label>
          <Menu.Item
            onClick={() =>
              index && download(`${fileStem(sessionName(session))}.mmd`, toMermaid(index), 'text/plain')
            }
          >
            Mermaid
          </Menu.Item>
          <Menu.Item onClick={() => void snapshot()}>Snapshot JSON</Menu.Item>
          <Menu.Label>The comparison</Menu.Label>
          <Menu.Item
            disabled={!comparing}
            aria-description={comparing ? undefined : markdownReason}
            title={comparing ? undefined : markdownReason}
            onClick={() =>
              comparing &&
              download(
                `${stem}-changes.md`,
                comparisonMarkdown(comparing.comparison, {
                  baseName: comparing.base.name,
                  headName: comparing.head.name,
                }),
                'text/markdown',
              )
            }
          >
            Markdown summary
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {image && (
        <ImageDialog
          format={image}
          title={title}
          stem={stem}
          drawing={drawing}
          onClose={() => setImage(null)}
        />
      )}
    </>
  );
}
