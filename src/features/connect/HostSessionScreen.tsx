import { Alert, Button, Center, Loader, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Session } from '../../api/session';

interface Props {
  open: () => Promise<Session>;
  onOpened: (session: Session) => void;
}

/** Inside the Data Studio: no connect screen, the Studio's own session is opened at once. */
export function HostSessionScreen({ open, onOpened }: Props) {
  const opening = useMutation({ mutationFn: open, onSuccess: onOpened });
  const { mutate } = opening;
  useEffect(() => mutate(), [mutate]);
  return (
    <Center h="100%" mih={240}>
      {opening.error ? (
        <Alert color="red" title="Could not read the data model" role="alert" maw={520}>
          <Stack gap="xs">
            <Text size="sm">{opening.error.message}</Text>
            <Button size="xs" variant="light" onClick={() => mutate()}>
              Retry
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Loader aria-label="Opening the Data Studio's session" />
      )}
    </Center>
  );
}
