import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'extension/dist',
      'dist-cli',
      'dist-profile',
      'node_modules',
      'test-results',
      'playwright-report',
      '.e2e',
    ],
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.recommended,
      ...pluginQuery.configs['flat/recommended-strict'],
    ],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One-way imports: domain is pure and knows nothing of React, the SDK or React Flow.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', '@xyflow/*', '@directus/sdk', '@mantine/*', '@tanstack/*'],
              message: 'src/domain is pure.',
            },
            {
              group: ['../api/*', '../features/*', '../app/*', '../components/*'],
              message: 'domain imports only domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/api/**/*.ts', 'src/components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../features/*', '../app/*'],
              message: 'imports flow app → features → api/domain/components.',
            },
          ],
        },
      ],
    },
  },
  {
    // The module's Vue side: use* there are Vue composables, not React hooks.
    files: ['src/extension/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Playwright fixtures must destructure their first argument, even when it is empty.
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-empty-pattern': 'off', 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
  },
  {
    // The browser benchmark runs parts of itself inside the page (page.evaluate, the probe).
    files: ['scripts/bench/**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
