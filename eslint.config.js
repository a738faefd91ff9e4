import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-artifacts', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    // DESIGN.md §3: the numeric core imports nothing from the UI, the store or the runtime,
    // and touches no DOM. The model may use kernels only.
    files: ['src/kernels/**/*.ts', 'src/model/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'react',
                'react-*',
                'zustand',
                'recharts',
                'i18next',
                'katex',
                '@huggingface/*',
                'comlink',
              ],
              message:
                'Kernels and the model are pure numeric code: no UI, store or runtime libraries.',
            },
            {
              group: [
                '**/ui/**',
                '**/state/**',
                '**/runtime/**',
                '**/panels/**',
                '**/i18n/**',
                'node:*',
                'fs',
                'path',
              ],
              message: 'Kernels and the model import only kernels (DESIGN.md §3).',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'localStorage',
        'fetch',
        'navigator',
      ],
    },
  },
);
