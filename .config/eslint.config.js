// ESLint flat config: type-aware rules, plus the import boundaries that keep the layers honest.
import { readdirSync } from 'node:fs';
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

const RENDERER_BASE = [
  NODE_BUILTINS,
  ELECTRON,
  { group: ['**/electron/**'], message: 'The renderer reaches the main process only through platform/api.ts.' },
];

/**
 * renderer/src in layers, each importing only the layers after it: the shell, the features, the shared
 * form pieces, presentational components, then lib, platform and i18n, which import none of them.
 */
const RENDERER_LAYERS = ['app', 'features', 'forms', 'components', 'lib', 'platform', 'i18n'];
/**
 * Features in the same spirit: a screen composes panels of the features after it, never of one before.
 * A new feature takes its place here; one that imports no other feature can go last.
 */
const FEATURE_ORDER = [
  'welcome',
  'settings',
  'dashboard',
  'reminders',
  'cases',
  'requests',
  'advisor',
  'deadlines',
  'workflow',
  'drafting',
  'knowledge',
  'contacts',
  'directory',
  'import',
  'bundles',
  'attachments',
  'backups',
  'audit',
  'search',
  'statistics',
  'office',
  'auth',
  'language',
];
// A feature folder not listed yet comes last: it may import no other feature until it takes its place.
const FEATURES = [
  ...FEATURE_ORDER,
  ...readdirSync(new URL('../renderer/src/features/', import.meta.url)).filter((name) => !FEATURE_ORDER.includes(name)),
];
const oneOf = (names) => `(${names.join('|')})`;

/** One block per layer and per feature; each repeats RENDERER_BASE, since a later block's rule replaces an earlier one's. */
function rendererLayers() {
  const layerBlocks = RENDERER_LAYERS.slice(1).map((layer, index) => {
    const above = RENDERER_LAYERS.slice(0, index + 1);
    return {
      files: [`renderer/src/${layer}/**/*.{ts,tsx}`],
      rules: restrict([
        ...RENDERER_BASE,
        {
          regex: `(^|/)${oneOf(above)}/`,
          message: `${layer}/ sits below ${above.join(', ')}: move what both need down a layer.`,
        },
      ]),
    };
  });
  const featureBlocks = FEATURES.map((feature, index) => {
    const before = FEATURES.slice(0, index);
    const patterns = [...RENDERER_BASE, { regex: '(^|/)app/', message: 'A feature never imports the app shell.' }];
    if (before.length > 0)
      patterns.push({
        regex: `(^\\.\\./|/features/)${oneOf(before)}/`,
        message: `${feature} may import only the features after it in FEATURE_ORDER (.config/eslint.config.js).`,
      });
    return { files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`], rules: restrict(patterns) };
  });
  return [...layerBlocks, ...featureBlocks];
}

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
      ...restrict(RENDERER_BASE),
    },
  },
  ...rendererLayers(),
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
