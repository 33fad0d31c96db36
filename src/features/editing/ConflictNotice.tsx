import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { Conflict } from '../../domain/changes/preconditions';
import type { DirectusRelation } from '../../domain/directus-types';
import type { RelationDifference } from '../../domain/editing/conflicts';
import { formatValue } from '../inspector/PropertyTable';

interface Props {
  conflict: Conflict;
  /** What this form would change, shown beside what changed in Directus. */
  yours?: readonly RelationDifference[];
  onReload?: (current: DirectusRelation) => void;
  onOverwrite?: () => void;
  overwriteLabel?: string;
  /** The relation was deleted meanwhile: make it again from the form… */
  onRecreate?: () => void;
  /** …or drop the form's changes. */
  onDiscard?: () => void;
}

function Differences({ label, differences }: { label: string; differences: readonly RelationDifference[] }) {
  if (!differences.length) return null;
  return (
    <>
      <Text fz="xs" fw={600} mt={4}>
        {label}
      </Text>
      <List fz="xs" aria-label={label}>
        {differences.map((difference) => (
          <List.Item key={difference.path}>
            {difference.path}: {formatValue(difference.before)} → {formatValue(difference.after)}
          </List.Item>
        ))}
      </List>
    </>
  );
}

/** Someone changed the model in Directus since the form opened: show what, and let the user choose. */
export function ConflictNotice({
  conflict,
  yours = [],
  onReload,
  onOverwrite,
  overwriteLabel = 'Overwrite',
  onRecreate,
  onDiscard,
}: Props) {
  const { current, differences } = conflict;
  if (conflict.deleted) {
    return (
      <Alert color="orange" title="Deleted in Directus since you opened it" role="alert" p="xs">
        <Text fz="xs">{conflict.message} Nothing was saved; the form keeps what you chose.</Text>
        <Differences label="Your changes" differences={yours} />
        <Group gap="xs" mt="xs">
          {onRecreate && (
            <Button size="compact-xs" color="orange" onClick={onRecreate}>
              Re-create it
            </Button>
          )}
          {onDiscard && (
            <Button size="compact-xs" variant="light" onClick={onDiscard}>
              Discard my changes
            </Button>
          )}
        </Group>
      </Alert>
    );
  }
  return (
    <Alert color="orange" title="Changed in Directus since you opened it" role="alert" p="xs">
      <Text fz="xs">{conflict.message} Nothing was saved.</Text>
      <Differences label="What changed" differences={differences} />
      <Differences label="Your changes" differences={yours} />
      <Group gap="xs" mt="xs">
        {current && onReload && (
          <Button size="compact-xs" variant="light" onClick={() => onReload(current)}>
            Reload
          </Button>
        )}
        {current !== null && onOverwrite && (
          <Button size="compact-xs" color="orange" onClick={onOverwrite}>
            {overwriteLabel}
          </Button>
        )}
      </Group>
    </Alert>
  );
}
