import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'violet',
  // violet.6 on white and white on violet.6 both pass WCAG AA; Mantine's default shade 6 is kept.
  fontFamily: 'Inter, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
});

/**
 * Mantine's dimmed text (gray.6 on white, 3.3:1) fails WCAG AA contrast for small text; one shade
 * darker passes (gray.7, 7:1; dark.1 on the dark body).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Error text (red.6, 3.3:1) is darkened the same way: red.9 on white, red.4 on the dark body.
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    // White on a filled red button (Delete): red.9 passes, red.6 does not.
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': 'var(--mantine-color-red-9)',
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    '--mantine-color-error': 'var(--mantine-color-red-4)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': 'var(--mantine-color-red-9)',
  },
});
