// ESLint flat config: type-aware rules, plus the import boundaries that keep the layers honest.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const NODE_BUILTINS = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'http'],
  message: 'No Node built-ins here.',
};
const ELECTRON = { group: ['electron', 'electron/*'], message: 'Only the Electron shell may import electron.' };

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'migrations/**',
      '**/*.mjs',
      '.config/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: new URL('..', import.meta.url).pathname },
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        NODE_BUILTINS,
        ELECTRON,
        { group: ['**/electron/**'], message: 'The renderer reaches the main process only through platform/api.ts.' },
      ]),
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([
      NODE_BUILTINS,
      ELECTRON,
      {
        group: ['**/electron/**', '**/renderer/**', 'react', 'react-dom'],
        message: 'shared/ is pure: contract and domain only.',
      },
    ]),
  },
  {
    files: [
      'electron/core/**/*.ts',
      'electron/host/**/*.ts',
      'electron/ipc/dispatch.ts',
      'electron/ipc/handlers/**/*.ts',
    ],
    rules: restrict([ELECTRON, { group: ['**/renderer/**'], message: 'The core never imports the renderer.' }]),
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
