import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { Conflict } from '../../domain/changes/preconditions';
import type { DirectusRelation } from '../../domain/directus-types';
import { formatValue } from '../inspector/PropertyTable';

interface Props {
  conflict: Conflict;
  onReload?: (current: DirectusRelation) => void;
  onOverwrite?: () => void;
  overwriteLabel?: string;
}

/** Someone changed the model in Directus since the form opened: show what, and let the user choose. */
export function ConflictNotice({ conflict, onReload, onOverwrite, overwriteLabel = 'Overwrite' }: Props) {
  const { current, differences } = conflict;
  return (
    <Alert color="orange" title="Changed in Directus since you opened it" role="alert" p="xs">
      <Text fz="xs">{conflict.message} Nothing was saved.</Text>
      {differences.length > 0 && (
        <List fz="xs" aria-label="What changed">
          {differences.map((difference) => (
            <List.Item key={difference.path}>
              {difference.path}: {formatValue(difference.before)} → {formatValue(difference.after)}
            </List.Item>
          ))}
        </List>
      )}
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
