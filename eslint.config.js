import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The domain layer is pure TypeScript: no UI, storage, i18n or browser globals.
const domainBoundary = {
  files: ['src/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: [
              'preact',
              'preact/*',
              'dexie',
              'i18next',
              'chart.js',
              'chart.js/*',
              'workbox-*',
            ],
            message: 'src/domain is pure TypeScript: no UI, storage or i18n libraries.',
          },
          {
            group: ['**/storage/**', '**/ui/**', '**/i18n/**', '**/app/**', '**/pwa/**'],
            message: 'src/domain depends on no other layer.',
          },
        ],
      },
    ],
    'no-restricted-globals': [
      'error',
      ...[
        'window',
        'document',
        'navigator',
        'location',
        'history',
        'localStorage',
        'sessionStorage',
        'indexedDB',
        'fetch',
        'HTMLElement',
        'speechSynthesis',
      ].map((name) => ({ name, message: 'src/domain must not touch the browser.' })),
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.bench/', 'dev-dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Text from questionnaires, files and links is always rendered as text.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text, never HTML built from content.' },
        { property: 'outerHTML', message: 'Render text, never HTML built from content.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render text, never HTML built from content.',
        },
      ],
    },
  },
  domainBoundary,
);
