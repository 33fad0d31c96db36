// Opening and saving shared layouts: the arrangement on screen goes to and comes from Directus,
// and the origin remembers which version it started from.
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useReactFlow } from '@xyflow/react';
import { useCallback } from 'react';
import { readSharedLayout, saveSharedLayout, type SharedLayoutMeta } from '../../../api/shared-layouts';
import { useNavigation } from '../../../hooks/navigation';
import { useSession } from '../../connect/session-context';
import type { LayoutStore } from '../layout/layout-store';
import { fromSharedContent, toSharedContent } from './arrangement';
import { sharedOriginKey, useSharedOrigin } from './origin';
import { sharedLayoutsKey, sharedLayoutsQuery } from './queries';

/** `listing`: the list of shared layouts is on screen (Open shared layout). */
export function useSharedLayouts(store: LayoutStore, listing: boolean) {
  const session = useSession();
  const navigation = useNavigation();
  const flow = useReactFlow();
  const queryClient = useQueryClient();
  const [origin, setOrigin] = useSharedOrigin(sharedOriginKey(session.url, session.user.id));
  const list = useQuery(sharedLayoutsQuery(session, { listing, onScreen: origin !== null }));
  const refreshList = useCallback(
    () => queryClient.invalidateQueries({ queryKey: sharedLayoutsKey(session) }),
    [queryClient, session],
  );

  const open = useMutation({
    mutationFn: async (layout: Pick<SharedLayoutMeta, 'id'>) => {
      const shared = await readSharedLayout(session.client, layout.id);
      return { shared, ...fromSharedContent(shared.content) };
    },
    onSuccess: ({ shared, doc, view }) => {
      store.replaceDocument(doc);
      navigation.set(view, 'replace');
      if (doc.viewport) void flow.setViewport(doc.viewport, { duration: 200 });
      setOrigin({ id: shared.id, name: shared.name, version: shared.version });
      void refreshList();
      notifications.show({
        color: 'green',
        title: 'Shared layout opened',
        message: `“${shared.name}”, version ${shared.version}`,
      });
    },
  });

  const save = useMutation({
    mutationFn: ({ name, overwrite }: { name: string; overwrite: boolean }) =>
      saveSharedLayout(session.client, {
        name,
        content: toSharedContent(store.getSnapshot(), navigation.get),
        savedBy: { id: session.user.id, email: session.user.email },
        base: origin && origin.name === name ? { id: origin.id, version: origin.version } : null,
        overwrite,
      }),
    onSuccess: (saved) => {
      setOrigin({ id: saved.id, name: saved.name, version: saved.version });
      void refreshList();
      notifications.show({
        color: 'green',
        title: 'Layout saved to Directus',
        message: `“${saved.name}”, version ${saved.version}`,
      });
    },
  });

  /** A newer version of the layout on screen, saved since it was opened or saved here. */
  const newer = origin
    ? list.data?.find((layout) => layout.id === origin.id && layout.version > origin.version)
    : undefined;

  return { session, origin, list, open, save, newer, refreshList };
}
