import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const nodeOnly = ['node:*', 'fs', 'path', 'url', 'child_process'];
const browserImportPatterns = [
  { group: nodeOnly, message: 'Browser code must not import Node built-ins.' },
  { group: ['**/pipeline/**'], message: 'Browser code must not import src/pipeline/.' },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', '.cache', 'tests/e2e/.output'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
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
    // Browser code: no Node built-ins, no pipeline code, MapLibre only inside src/map/.
    files: ['src/app/**', 'src/store/**', 'src/timeline/**', 'src/story/**', 'src/data/**', 'src/main.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...browserImportPatterns,
            { group: ['maplibre-gl', 'maplibre-gl/*'], message: 'Only src/map/ imports maplibre-gl.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: browserImportPatterns,
        },
      ],
    },
  },
);
