// The review side of the workspace: the "Changes" region while comparing and the "Health"
// region when asked for, in a panel left of the diagram.
import { Alert, Divider, Loader, Stack, Text } from '@mantine/core';
import type { Session } from '../../api/session';
import type { ModelIndex } from '../../domain/model-index';
import type { Finding } from '../../domain/review/health';
import { ChangesPanel, type Locate } from './ChangesPanel';
import { HealthPanel } from './HealthPanel';
import type { Review } from './useReview';

interface Props {
  review: Review;
  health: { open: boolean; findings: readonly Finding[]; index: ModelIndex | null };
  session: Session;
  onLocate: (where: Locate) => void;
}

export function ReviewPanels({ review, health, session, onLocate }: Props) {
  return (
    <Stack gap="md">
      {review.loading && (
        <Text size="sm" role="status">
          <Loader size="xs" mr={6} aria-hidden="true" />
          Reading the other model…
        </Text>
      )}
      {review.error && (
        <Alert color="red" title="Could not read the model to compare with" role="alert">
          {review.error.message}
        </Alert>
      )}
      {review.comparing && (
        <ChangesPanel
          comparing={review.comparing}
          onlyChanges={review.onlyChanges}
          setOnlyChanges={review.setOnlyChanges}
          onSwap={review.swap}
          onStop={review.stop}
          onLocate={onLocate}
        />
      )}
      {review.comparing && health.open && <Divider />}
      {health.open && health.index && (
        <HealthPanel index={health.index} findings={health.findings} session={session} onLocate={onLocate} />
      )}
    </Stack>
  );
}
