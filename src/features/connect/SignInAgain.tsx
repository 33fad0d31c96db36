import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import type { Credentials } from '../../api/client';
import { connect } from '../../api/session';
import { useCredentialsFields } from './CredentialsFields';
import { useDisconnect } from './Disconnect';
import { useSessionState } from './session-context';

/**
 * Asked for when Directus no longer accepts the session (its refresh was refused, an admin
 * ended it, the token expired). It replaces only the session: the workspace, and every unsaved
 * form in it, stays as it is, and nothing is sent again until the user saves again.
 */
export function SignInAgain() {
  const { session, setSession, signInNeeded } = useSessionState();
  const disconnect = useDisconnect();
  const { credentials, fields } = useCredentialsFields(
    session?.user.email ?? '',
    session?.watch.method ?? 'token',
  );
  const signIn = useMutation({
    // The same dialect: signing in again must not switch from GraphQL to REST. The workspace
    // reads the model again if the last read failed; no save is repeated.
    mutationFn: (credentials: Credentials) =>
      connect(
        session?.url ?? '',
        credentials,
        session && session.gateway.dialect !== 'file' ? session.gateway.dialect : 'auto',
      ),
    onSuccess: setSession,
  });
  if (!session) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(credentials);
  };

  return (
    <>
      <Modal
        opened={signInNeeded}
        onClose={() => undefined}
        withCloseButton={false}
        title="Sign in again"
        centered
      >
        <form onSubmit={submit} aria-label="Sign in again">
          <Stack>
            <Text size="sm">
              Directus no longer accepts your session for {session.url}. Sign in again to go on: nothing you
              typed is lost, and nothing is saved until you save again.
            </Text>
            {fields}
            {signIn.error && (
              <Alert color="red" role="alert">
                {signIn.error.message}
              </Alert>
            )}
            <Group justify="space-between">
              <Button variant="subtle" color="gray" onClick={disconnect.request} loading={disconnect.leaving}>
                Disconnect
              </Button>
              <Button type="submit" loading={signIn.isPending}>
                Sign in
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      {disconnect.confirmation}
    </>
  );
}
