import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import type { LayoutStore } from '../layout/layout-store';
import { OpenSharedLayoutModal } from './OpenSharedLayoutModal';
import { SaveSharedLayoutModal } from './SaveSharedLayoutModal';
import { useSharedLayouts } from './use-shared-layouts';

/** Save the arrangement to Directus (admins), open one the team shares (everyone). */
export function SharedLayoutTools({ store }: { store: LayoutStore }) {
  const [dialog, setDialog] = useState<'save' | 'open' | null>(null);
  // Saving does not show the list: it compares with the stored version itself.
  const shared = useSharedLayouts(store, dialog === 'open');
  const { session, newer, open } = shared;
  const close = () => setDialog(null);
  return (
    <>
      <Group gap={4}>
        <Button
          size="compact-xs"
          variant="subtle"
          disabled={!session.isAdmin}
          title={
            session.isAdmin ? 'Shares this arrangement with everyone who can see the model' : 'Needs an admin'
          }
          onClick={() => setDialog('save')}
        >
          Save layout to Directus
        </Button>
        <Button size="compact-xs" variant="subtle" onClick={() => setDialog('open')}>
          Open shared layout
        </Button>
      </Group>
      {newer && (
        <Group gap={4} role="status" aria-label="Newer shared layout" wrap="nowrap">
          <Text fz="xs">
            “{newer.name}” has a newer version in Directus: version {newer.version}
            {newer.savedBy.email ? `, saved by ${newer.savedBy.email}` : ''}.
          </Text>
          <Button
            size="compact-xs"
            variant="light"
            loading={open.isPending}
            onClick={() => open.mutate(newer)}
          >
            Open version {newer.version}
          </Button>
        </Group>
      )}
      {dialog === 'save' && <SaveSharedLayoutModal shared={shared} onClose={close} />}
      {dialog === 'open' && <OpenSharedLayoutModal shared={shared} onClose={close} />}
    </>
  );
}
