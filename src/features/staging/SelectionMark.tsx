import { Alert } from '@mantine/core';
import type { Mark } from '../../domain/diagram-types';
import { useSelection } from '../../hooks/useUrlState';
import { useStagingContext } from './use-staging';

const SAYS: Record<Mark, string> = {
  added: 'added by a pending change: it is not in Directus until the pending changes are applied.',
  changed: 'changed by a pending change: the details below are as they will be once applied.',
  removed: 'removed by a pending change: the details below are what Directus holds until then.',
};

/** Above the details: whether what is selected is pending, and how. */
export function SelectionMark() {
  const { marks } = useStagingContext();
  const [selection] = useSelection();
  if (!marks || !selection || selection.type === 'relationships') return null;
  const [name, mark] =
    selection.type === 'collection'
      ? [selection.collection, marks.collections.get(selection.collection)]
      : [selection.id, marks.relationships.get(selection.id)];
  if (!mark) return null;
  return (
    <Alert color={mark === 'removed' ? 'red' : 'blue'} p="xs" mb="sm" role="status">
      {name} is {SAYS[mark]}
    </Alert>
  );
}
