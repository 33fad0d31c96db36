import { Switch } from '@mantine/core';
import { useStagingContext } from './use-staging';

/** Staging on: every edit joins the pending set instead of going to Directus. */
export function StageSwitch() {
  const { state, store } = useStagingContext();
  const locked = state.staging && state.changes.length > 0;
  return (
    <Switch
      size="xs"
      label="Stage changes"
      checked={state.staging}
      disabled={locked}
      title={locked ? 'Apply or discard the pending changes first' : undefined}
      onChange={(e) => store.setStaging(e.currentTarget.checked)}
    />
  );
}
