import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useIsMutating } from '@tanstack/react-query';
import { useState } from 'react';
import { toRelataError } from '../../api/errors';
import { COMMIT } from '../../hooks/useCommit';
import { useUnsavedEntries } from '../../hooks/unsaved-work';
import { useSessionState } from './session-context';

const SIGN_OUT_WAIT_MS = 5_000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer in ${ms / 1000} s`)), ms)),
  ]);
}

/**
 * Disconnect ends the Directus session (email and password: /auth/logout) and leaves the
 * workspace; with unsaved edits or a save under way it asks first.
 */
export function useDisconnect() {
  const { session, setSession } = useSessionState();
  const entries = useUnsavedEntries();
  const saving = useIsMutating({ mutationKey: COMMIT }) > 0;
  const [asking, setAsking] = useState(false);
  const [leaving, setLeaving] = useState(false);

  const leave = async () => {
    if (!session) return;
    setLeaving(true);
    try {
      await withTimeout(session.signOut(), SIGN_OUT_WAIT_MS);
    } catch (error) {
      notifications.show({
        color: 'yellow',
        title: 'Disconnected, but the session may still be open',
        message: `Directus could not be told to end the session (${toRelataError(error).message}). It ends by itself when its refresh token expires.`,
        autoClose: 15_000,
      });
    }
    setLeaving(false);
    setAsking(false);
    setSession(null);
  };

  const request = () => {
    if (entries.length > 0 || saving) setAsking(true);
    else void leave();
  };

  const confirmation = (
    <Modal
      opened={asking}
      onClose={() => setAsking(false)}
      title="Disconnect and lose unsaved edits?"
      closeButtonProps={{ 'aria-label': 'Close' }}
      centered
    >
      <Stack gap="sm">
        <Text fz="sm">Disconnecting now discards what is not saved in Directus:</Text>
        <List fz="sm" aria-label="Unsaved edits">
          {entries.map((entry) => (
            <List.Item key={entry.key}>{entry.what}</List.Item>
          ))}
          {saving && <List.Item>a save still under way (it may or may not complete)</List.Item>}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setAsking(false)} data-autofocus>
            Keep editing
          </Button>
          <Button color="red" loading={leaving} onClick={() => void leave()}>
            Disconnect
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
  return { request, confirmation, leaving };
}
