import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/, lowest first (see ARCHITECTURE.md). A file may import from its own layer
 * and those before it, never from one after.
 */
export const LAYERS = [
  { name: 'schema', folders: ['schema'] },
  { name: 'i18n', folders: ['i18n'] },
  { name: 'figure', folders: ['figure'] },
  { name: 'charts', folders: ['charts'] },
  { name: 'queries', folders: ['queries'] },
  { name: 'export', folders: ['export'] },
  { name: 'export-browser', folders: ['export-browser'] },
  { name: 'ui-kit', folders: ['hooks', 'components'] },
  { name: 'state', folders: ['state'] },
  { name: 'controls', folders: ['export-ui', 'embed-ui'] },
  { name: 'chart-card', folders: ['chart-card'] },
  { name: 'pages', folders: ['pages'] },
  { name: 'app', folders: ['app'] },
  { name: 'node', folders: ['node'] },
  { name: 'build', folders: ['build'] },
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-single',
      'dist-sub',
      'coverage',
      'test-results',
      'playwright-report',
      'node_modules',
      // Code that breaks the rules on purpose, linted by the tests that prove the rules hold.
      'tests/fixtures/boundaries',
      'tests/fixtures/cycle',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    // Imports point down the layers of ARCHITECTURE.md: a file imports its own layer and those
    // listed before it, never one after.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
      'boundaries/elements': LAYERS.map(({ name, folders }) => ({
        type: name,
        pattern: folders.map((f) => `src/${f}`),
      })),
    },
    rules: {
      // One job per function: a model's stages, a view's parts.
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: LAYERS.map(({ name }, i) => ({
            from: { element: { type: name } },
            allow: {
              to: { element: { types: { anyOf: LAYERS.slice(0, i + 1).map((l) => l.name) } } },
            },
          })),
        },
      ],
    },
  },
  {
    files: ['tests/**', '*.config.ts', 'eslint.config.js', 'src/build/**', 'src/node/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Plain scripts (the config, the benchmark) are linted without type information.
    files: ['eslint.config.js', 'tests/bench/**/*.mjs', 'src/build/**/*.mjs', 'public/**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The host-page script ships as written, to any browser: a classic script, no modules.
    files: ['public/**/*.js'],
    languageOptions: { sourceType: 'script', ecmaVersion: 2015 },
    // ES2015 has no catch without a binding.
    rules: { '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }] },
  },
);
