import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const noDeepRelativeImports = {
  regex: '^\\.\\./\\.\\./',
  message: 'Import from outside the current folder through the "@/" alias.',
};

const restrictImports = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns: [noDeepRelativeImports, ...patterns] }],
});

export default tseslint.config(
  { ignores: ['dist', 'test-results', 'src/types/api.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked, reactHooks.configs.flat.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...restrictImports(),
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // Shared layers stay independent of features and of the app shell.
    files: ['src/{components,config,lib,testing,types}/**/*.{ts,tsx}'],
    rules: restrictImports({
      group: ['@/features/*', '@/app', '@/app/*'],
      message: 'Shared code must not depend on features or on src/app.',
    }),
  },
  // Features never import each other (nor the app shell); compose them in src/app.
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**/*.{ts,tsx}`],
    rules: restrictImports(
      {
        regex: `^@/features/(?!${feature}/)`,
        message: 'Features must not import each other: compose them in src/app.',
      },
      { group: ['@/app', '@/app/*'], message: 'Features must not depend on src/app.' },
    ),
  })),
  {
    files: ['*.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
