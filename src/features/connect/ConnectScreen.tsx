import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { AdvancedOptions } from './AdvancedOptions';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useCredentialsFields } from './CredentialsFields';
import type { Credentials } from '../../api/client';
import type { DialectChoice } from '../../api/detect';
import { connect, type Session } from '../../api/session';
import type { DemoConfig } from './demo-config';
import { rememberedUrl, rememberUrl } from './remembered-url';

interface Props {
  onConnected: (session: Session) => void;
  demo: DemoConfig | null;
  /** Other ways in, drawn under the Connect button (opening a snapshot file). */
  footer?: ReactNode;
}

/** The demo configurations already connected to automatically (`npm start`), once each. */
const demoConnected = new WeakSet<DemoConfig>();

export function ConnectScreen({ onConnected, demo, footer }: Props) {
  const [url, setUrl] = useState(() => demo?.url ?? rememberedUrl());
  const { credentials, fields } = useCredentialsFields();
  const [dialect, setDialect] = useState<DialectChoice>('auto');

  const connection = useMutation({
    mutationFn: ({
      url,
      credentials,
      dialect = 'auto',
    }: {
      url: string;
      credentials: Credentials;
      dialect?: DialectChoice;
    }) => connect(url, credentials, dialect),
    onSuccess: (session) => {
      rememberUrl(session.url);
      onConnected(session);
    },
  });

  const { mutate } = connection;
  useEffect(() => {
    // Once per page load: after Disconnect the form stays, so another Directus can be chosen.
    if (!demo || demoConnected.has(demo)) return;
    demoConnected.add(demo);
    mutate({ url: demo.url, credentials: { method: 'token', token: demo.token } });
  }, [demo, mutate]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    connection.mutate({ url, credentials, dialect });
  };

  return (
    <Center mih="100vh" bg="var(--mantine-color-default-hover)">
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
            Connect to a Directus 9, 10, 11 or 12 project to see and edit its relations as a diagram.
          </Text>
          <TextInput
            label="Directus URL"
            placeholder="http://127.0.0.1:8055"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            required
          />
          {fields}
          <AdvancedOptions dialect={dialect} onDialect={setDialect} />
          {connection.error && (
            <Alert color="red" title="Could not connect" role="alert">
              {connection.error.message}
            </Alert>
          )}
          <Button type="submit" loading={connection.isPending}>
            Connect
          </Button>
          {footer}
        </Stack>
      </Paper>
    </Center>
  );
}
