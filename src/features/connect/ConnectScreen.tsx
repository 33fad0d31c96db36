import {
  Alert,
  Button,
  Center,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import type { Credentials } from '../../api/client';
import { connect, type Session } from '../../api/session';
import type { DemoConfig } from './demo-config';
import { rememberedUrl, rememberUrl } from './remembered-url';

interface Props {
  onConnected: (session: Session) => void;
  demo: DemoConfig | null;
}

type Method = Credentials['method'];

export function ConnectScreen({ onConnected, demo }: Props) {
  const [url, setUrl] = useState(() => demo?.url ?? rememberedUrl());
  const [method, setMethod] = useState<Method>('token');
  const [token, setToken] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const connection = useMutation({
    mutationFn: ({ url, credentials }: { url: string; credentials: Credentials }) =>
      connect(url, credentials),
    onSuccess: (session) => {
      rememberUrl(session.url);
      onConnected(session);
    },
  });

  const { mutate } = connection;
  useEffect(() => {
    if (demo) mutate({ url: demo.url, credentials: { method: 'token', token: demo.token } });
  }, [demo, mutate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const credentials: Credentials = method === 'token' ? { method, token } : { method, email, password };
    connection.mutate({ url, credentials });
  };

  return (
    <Center mih="100vh" bg="gray.0">
      <Paper
        component="form"
        onSubmit={submit}
        withBorder
        shadow="sm"
        p="xl"
        w={440}
        aria-label="Connect to Directus"
      >
        <Stack>
          <Title order={1} size="h2">
            Relata
          </Title>
          <Text c="dimmed" size="sm">
            Connect to a Directus 10, 11 or 12 project to see and edit its relations as a diagram.
          </Text>
          <TextInput
            label="Directus URL"
            placeholder="http://127.0.0.1:8055"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            required
          />
          <SegmentedControl
            value={method}
            onChange={(value) => setMethod(value as Method)}
            data={[
              { value: 'token', label: 'Sign in with a token' },
              { value: 'password', label: 'Sign in with email' },
            ]}
            aria-label="Sign-in method"
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
                type="email"
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
          {connection.error && (
            <Alert color="red" title="Could not connect" role="alert">
              {connection.error.message}
            </Alert>
          )}
          <Button type="submit" loading={connection.isPending}>
            Connect
          </Button>
        </Stack>
      </Paper>
    </Center>
  );
}
