import { Button, FileButton, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { toRelataError } from '../../api/errors';
import type { Session } from '../../api/session';
import { changesMarkdown } from '../../domain/staging/change-summary';
import { changesFile, parseChangesFile } from '../../domain/staging/changes-file';
import { download } from './download';
import { useStagingContext } from './use-staging';

const fail = (title: string, error: unknown) =>
  notifications.show({ color: 'red', title, message: toRelataError(error).message, autoClose: 10_000 });

/**
 * The pending set as a Directus schema diff (what /schema/apply takes), as a Markdown summary
 * for a reviewer, and as Relata's own file, which Import loads into another instance of the
 * same model (staging, then production) to be re-planned there.
 */
export function ExportChanges({ session }: { session: Session }) {
  const { state, plan, server, drift } = useStagingContext();
  const { gateway } = session;
  const none = !state.changes.length || !server;

  const exportDiff = async () => {
    if (!gateway.diff || !plan) return;
    try {
      const diff = await gateway.diff(plan.steps);
      if (!diff)
        return notifications.show({ title: 'No differences', message: 'Directus already holds this model.' });
      download('relata-schema-diff.json', `${JSON.stringify(diff, null, 2)}\n`, 'application/json');
    } catch (error) {
      fail('The schema diff was not made', error);
    }
  };
  const exportMarkdown = () => {
    if (!server) return;
    const text = changesMarkdown(server, state.changes, { directusUrl: session.url, at: new Date() });
    download('relata-changes.md', text, 'text/markdown');
  };
  const exportRelata = async () => {
    if (!state.base) return;
    let hash: string | null = null;
    // The hash of the server's schema, when the set is still based on it (a hint for the
    // reader; the file holds the model itself). An empty diff answers 204, without one.
    if (plan?.applies && plan.steps.length && !drift.length)
      try {
        hash = (await gateway.diff?.(plan.steps))?.hash ?? null;
      } catch {
        hash = null;
      }
    const file = changesFile(state.changes, state.base.model, { directusUrl: session.url, hash });
    download('relata-changes.json', `${JSON.stringify(file, null, 2)}\n`, 'application/json');
  };

  return (
    <Menu position="bottom-start" withinPortal>
      <Menu.Target>
        <Button size="xs" variant="default" disabled={none}>
          Export changes
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item
          onClick={() => void exportDiff()}
          disabled={!gateway.diff || !plan?.applies}
          title={gateway.diff ? undefined : 'Only over REST: this connection has no /schema/diff'}
        >
          Directus schema diff (JSON)
        </Menu.Item>
        <Menu.Item onClick={exportMarkdown}>Summary (Markdown)</Menu.Item>
        <Menu.Item onClick={() => void exportRelata()}>Relata changes (JSON, to import elsewhere)</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

export function ImportChanges() {
  const { state, store } = useStagingContext();
  const load = async (file: File | null) => {
    if (!file) return;
    try {
      const parsed = parseChangesFile(await file.text());
      store.replace(parsed.changes, parsed.base.model);
      store.setStaging(true);
      notifications.show({
        color: 'green',
        title: 'Changes imported',
        message: `${parsed.changes.length} pending change${parsed.changes.length === 1 ? '' : 's'} from ${file.name}, planned on this model.`,
      });
    } catch (error) {
      fail(`${file.name} was not imported`, error);
    }
  };
  const busy = state.changes.length > 0;
  return (
    <FileButton onChange={(file) => void load(file)} accept="application/json,.json" disabled={busy}>
      {(props) => (
        <Button
          size="xs"
          variant="default"
          {...props}
          disabled={busy}
          title={busy ? 'Apply or discard the pending changes first' : 'Load changes exported from Relata'}
        >
          Import changes
        </Button>
      )}
    </FileButton>
  );
}
