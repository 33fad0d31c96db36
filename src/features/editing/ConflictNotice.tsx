import { Alert, Button, Group, List, Text } from '@mantine/core';
import type { DirectusRelation } from '../../domain/directus-types';
import type { ConflictError } from '../../hooks/useRelationMutations';
import { formatValue } from '../inspector/PropertyTable';

interface Props {
  conflict: ConflictError;
  onReload: (current: DirectusRelation) => void;
  onOverwrite: () => void;
}

/** Someone changed the relation in Directus since the form opened: show what, and let the user choose. */
export function ConflictNotice({ conflict, onReload, onOverwrite }: Props) {
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
        {current && (
          <Button size="compact-xs" variant="light" onClick={() => onReload(current)}>
            Reload
          </Button>
        )}
        {current && (
          <Button size="compact-xs" color="orange" onClick={onOverwrite}>
            Overwrite
          </Button>
        )}
      </Group>
    </Alert>
  );
}
