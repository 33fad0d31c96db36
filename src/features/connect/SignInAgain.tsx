import { Alert, Button, Modal, PasswordInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Credentials } from '../../api/client';
import { connect } from '../../api/session';
import { useSessionState } from './session-context';

/**
 * Asked for when Directus says the token expired or is invalid. It replaces only the session:
 * the workspace, and every unsaved form in it, stays as it is.
 */
export function SignInAgain() {
  const { session, setSession, signInNeeded } = useSessionState();
  const [method, setMethod] = useState<Credentials['method']>('token');
  const [token, setToken] = useState('');
  const [email, setEmail] = useState(session?.user.email ?? '');
  const [password, setPassword] = useState('');
  const signIn = useMutation({
    mutationFn: (credentials: Credentials) => connect(session?.url ?? '', credentials),
    onSuccess: setSession,
  });
  if (!session) return null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(method === 'token' ? { method, token } : { method, email, password });
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
          <SegmentedControl
            value={method}
            onChange={(value) => setMethod(value as Credentials['method'])}
            data={[
              { value: 'token', label: 'Sign in with a token' },
              { value: 'password', label: 'Sign in with email' },
            ]}
          />
          {method === 'token' ? (
            <PasswordInput
              label="Static token"
              value={token}
              onChange={(e) => setToken(e.currentTarget.value)}
              required
            />
          ) : (
            <>
              <TextInput
                label="Email"
                value={email}
                onChange={(e) => setEmail(e.currentTarget.value)}
                required
              />
              <PasswordInput
                label="Password"
                value={password}
                onChange={(e) => setPassword(e.currentTarget.value)}
                required
              />
            </>
          )}
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
