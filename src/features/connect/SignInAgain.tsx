import { Alert, Button, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent } from 'react';
import type { Credentials } from '../../api/client';
import { connect } from '../../api/session';
import { useCredentialsFields } from './CredentialsFields';
import { useSessionState } from './session-context';

/**
 * Asked for when Directus says the token expired or is invalid. It replaces only the session:
 * the workspace, and every unsaved form in it, stays as it is.
 */
export function SignInAgain() {
  const { session, setSession, signInNeeded } = useSessionState();
  const { credentials, fields } = useCredentialsFields(session?.user.email ?? '');
  const signIn = useMutation({
    // The same dialect: signing in again must not switch from GraphQL to REST.
    mutationFn: (credentials: Credentials) =>
      connect(session?.url ?? '', credentials, session?.gateway.dialect),
    onSuccess: setSession,
  });
  if (!session) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(credentials);
  };

  return (
    <Modal
      opened={signInNeeded}
      onClose={() => undefined}
      withCloseButton={false}
      title="Sign in again"
      centered
    >
      <form onSubmit={submit}>
        <Stack>
          <Text size="sm">
            Directus no longer accepts your credentials for {session.url}. Sign in again: nothing you typed is
            lost.
          </Text>
          {fields}
          {signIn.error && (
            <Alert color="red" role="alert">
              {signIn.error.message}
            </Alert>
          )}
          <Button type="submit" loading={signIn.isPending}>
            Sign in
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
