import { Alert, Button, Stack, Text } from '@mantine/core';
import { Component, type ReactNode } from 'react';

interface Props {
  /** What failed, in the user's words: "The diagram". */
  what: string;
  children: ReactNode;
}

/** Keeps a crash in one part of the page from blanking the whole app. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert color="red" title={`${this.props.what} could not be shown`} role="alert" m="md">
        <Stack gap="xs">
          <Text size="sm">{error.message}</Text>
          <Button size="xs" variant="light" onClick={() => this.setState({ error: null })}>
            Try again
          </Button>
        </Stack>
      </Alert>
    );
  }
}
