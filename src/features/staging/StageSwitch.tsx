import { Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useStagingContext } from './use-staging';

/**
 * Staging on: every edit joins the pending set instead of going to Directus. It stays on while
 * changes are pending (an edit sent past them would move the model they are planned on); the
 * switch says so rather than looking disabled, which would hide that it is on.
 */
export function StageSwitch() {
  const { state, store } = useStagingContext();
  const pending = state.changes.length;
  return (
    <Switch
      size="xs"
      label="Stage changes"
      checked={state.staging}
      onChange={(e) => {
        if (!e.currentTarget.checked && pending) {
          notifications.show({
            title: 'Staging stays on',
            message: `Apply or discard the ${pending} pending change${pending === 1 ? '' : 's'} first.`,
          });
          return;
        }
        store.setStaging(e.currentTarget.checked);
      }}
    />
  );
}
