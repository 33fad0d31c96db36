import { Button, Modal, Stack, Text } from '@mantine/core';
import { useSessionState } from './session-context';

/**
 * Inside the Data Studio, the Studio owns the session: when Directus no longer accepts it, the
 * way back is the Studio's own sign-in. Nothing typed here is lost until the page reloads.
 */
export function HostSessionEnded() {
  const { signInNeeded } = useSessionState();
  return (
    <Modal
      opened={signInNeeded}
      onClose={() => undefined}
      withCloseButton={false}
      title="Sign in again"
      centered
    >
      <Stack>
        <Text size="sm">
          The Data Studio session has ended. Reload the page to sign in to the Data Studio again.
        </Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Modal>
  );
}
