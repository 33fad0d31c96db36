import { Switch, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

/** Light or dark; Mantine keeps the choice, and follows the system until one is made. */
export function DarkModeSwitch() {
  const { setColorScheme } = useMantineColorScheme();
  const scheme = useComputedColorScheme('light');
  return (
    <Switch
      size="xs"
      label="Dark mode"
      checked={scheme === 'dark'}
      onChange={(e) => setColorScheme(e.currentTarget.checked ? 'dark' : 'light')}
    />
  );
}
