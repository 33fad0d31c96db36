import { Button, FileButton, Group, Loader, Paper, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Panel } from '@xyflow/react';
import { exportLayout, parseLayoutFile, type LayoutStore } from './layout/layout-store';
import { useLayoutRun, type LayoutRunStore } from './layout-run';
import { SharedLayoutTools } from './shared-layouts/SharedLayoutTools';

interface Props {
  store: LayoutStore;
  runs: LayoutRunStore;
  selected: readonly string[];
  directusUrl: string;
  onTidy: (only?: ReadonlySet<string>) => void;
  error: string | null;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

/** Tidy up (with progress and cancel), and the layout as a file or in Directus, to keep or share. */
export function LayoutPanel({ store, runs, selected, directusUrl, onTidy, error }: Props) {
  const run = useLayoutRun(runs);
  const importFile = async (file: File | null) => {
    if (!file) return;
    try {
      store.replaceDocument(parseLayoutFile(await file.text()));
      notifications.show({ color: 'green', title: 'Layout imported', message: file.name });
    } catch (error) {
      notifications.show({
        color: 'red',
        title: `${file.name} was not imported`,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };
  return (
    <Panel position="top-left">
      <Paper withBorder shadow="xs" p={4}>
        <Group gap={4}>
          {run ? (
            <>
              <Loader size="xs" aria-hidden="true" />
              <Text fz="xs" role="status" aria-live="polite">
                Laying out{run.progress ? `: ${run.progress.done} of ${run.progress.total} collections` : '…'}
              </Text>
              <Button size="compact-xs" variant="subtle" onClick={run.cancel}>
                Cancel layout
              </Button>
            </>
          ) : (
            <Button
              size="compact-xs"
              variant="light"
              onClick={() => onTidy(selected.length > 1 ? new Set(selected) : undefined)}
              title={
                selected.length > 1 ? 'Lays out the selected collections only' : 'Lays out every collection'
              }
            >
              Tidy up
            </Button>
          )}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => download('relata-layout.json', exportLayout(store.getSnapshot(), directusUrl))}
          >
            Export layout
          </Button>
          <FileButton onChange={importFile} accept="application/json,.json">
            {(props) => (
              <Button size="compact-xs" variant="subtle" {...props}>
                Import layout
              </Button>
            )}
          </FileButton>
        </Group>
        <SharedLayoutTools store={store} />
        {error && (
          <Text fz="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Paper>
    </Panel>
  );
}
