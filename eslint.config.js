import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['node:*', 'fs', 'path', 'url', 'child_process'];
const noMaplibre = { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' };
const notApp = { group: ['**/app/*'], message: 'Imports point down: nothing below src/app/ imports it.' };
const notPageParts = {
  group: ['**/map/*', '**/story/*', '**/timeline/*', '**/search/*', '**/share/*'],
  message: 'src/store, src/i18n and src/data sit below the parts of the page: they import none of them.',
};
const browserImportPatterns = [
  { group: nodeOnly, message: 'Browser code must not import Node built-ins.' },
  { group: ['**/pipeline/**'], message: 'Browser code must not import src/pipeline/.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.cache', 'tests/e2e/.output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    // Node's globals for the pipeline, the tools, the tests and the configs; the browser's below.
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**'],
    ignores: ['src/pipeline/**', 'src/tools/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tools and end-to-end tests also write code that runs in the page (page.evaluate).
    files: ['src/tools/**', 'tests/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  // Browser code: no Node built-ins, no pipeline code, MapLibre only inside src/map/; and imports
  // point down: src/app/ (the page) → map, story, timeline, search, share (the parts) → store, i18n
  // → data. Nothing imports src/app/; store, i18n and data import no part of the page.
  ...[
    { files: ['src/app/**', 'src/main.tsx'], patterns: [...browserImportPatterns, noMaplibre] },
    {
      files: ['src/search/**', 'src/share/**', 'src/story/**', 'src/styles/**', 'src/timeline/**'],
      patterns: [...browserImportPatterns, noMaplibre, notApp],
    },
    { files: ['src/map/**'], patterns: [...browserImportPatterns, notApp] },
    {
      files: ['src/data/**', 'src/i18n/**', 'src/store/**'],
      patterns: [...browserImportPatterns, noMaplibre, notApp, notPageParts],
    },
  ].map(({ files, patterns }) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } })),
);
