import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const PURE_LIBRARIES = {
  group: ['react', 'react-*', 'zustand', 'd3-*', 'i18next', 'katex', '@huggingface/*', 'comlink'],
  message: 'Kernels and the model are pure numeric code: no UI, store or runtime libraries.',
};
const APP_FOLDERS = {
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
  message: 'Kernels and the model import only kernels (docs/ARCHITECTURE.md).',
};

/** One ESLint block per numeric layer: the common bans plus the layers it may not import. */
function numericLayers(layers) {
  return layers.map(({ files, deny }) => ({
    files,
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            PURE_LIBRARIES,
            APP_FOLDERS,
            {
              group: deny.map((layer) => `**/${layer}/**`),
              message: `This layer may not import ${deny.join(', ')} (docs/ARCHITECTURE.md, "The dependency rule").`,
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
  }));
}

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
  ...numericLayers([
    // The numeric core imports nothing from the UI, the store or the runtime, and touches no
    // DOM (docs/ARCHITECTURE.md, "The dependency rule"). Inside it, layers point one way:
    // reference ← engine ← labdata, and the model uses reference and engine only.
    {
      files: ['src/kernels/reference/**/*.ts', 'src/kernels/bpe/**/*.ts'],
      deny: ['engine', 'labdata', 'model'],
    },
    { files: ['src/kernels/engine/**/*.ts'], deny: ['labdata', 'model'] },
    { files: ['src/kernels/labdata/**/*.ts'], deny: ['model'] },
    { files: ['src/model/**/*.ts'], deny: ['labdata', 'corpus', 'train', 'export'] },
    // The pipeline's pure parts, shared by `npm run train` and the Train lab: the corpus is
    // written text; the exporter writes what the model holds; training uses both.
    {
      files: ['src/corpus/**/*.ts'],
      deny: ['engine', 'labdata', 'train', 'export'],
    },
    { files: ['src/export/**/*.ts'], deny: ['labdata', 'corpus', 'train'] },
    { files: ['src/train/**/*.ts'], deny: ['labdata'] },
  ]),
);
