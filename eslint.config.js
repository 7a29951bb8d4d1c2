// Lint: TypeScript-aware rules, React hooks rules, and the layer boundaries from ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const layer = (from, forbidden, message) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': ['error', { patterns: forbidden.map((group) => ({ group: [group], message })) }],
  },
});

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'src/content/generated/**', 'dev-dist/**', 'test-results/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  { files: ['scripts/**', 'tests/**'], rules: { 'no-console': 'off' } },
  // The domain is pure rules: it imports nothing of ours outside src/domain, and no React.
  layer('domain', ['react', 'react-*', 'dexie*', 'i18next', '**/storage/**', '**/content/**', '**/features/**', '**/components/**', '**/app/**', '**/pwa/**', '**/i18n/**', '**/lib/**'], 'src/domain is pure TypeScript: no React, storage, content or UI imports.'),
  layer('storage', ['**/features/**', '**/components/**', '**/app/**', '**/content/**', '**/pwa/**'], 'storage may import only domain.'),
  layer('content', ['**/features/**', '**/components/**', '**/app/**', '**/storage/**', '**/pwa/**'], 'content may import only domain.'),
  layer('components', ['**/features/**', '**/app/**'], 'components know nothing of features or the app shell.'),
  layer('features', ['**/app/**'], 'features never import the app shell.'),
  // The shell loads on every first paint: it takes storage from storage/shell, which has no Dexie.
  ...['app', 'lib', 'pwa'].map((name) => ({
    files: [`src/${name}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['../storage', '../storage/index', '../../storage'].map((path) => ({ name: path, message: 'the shell imports storage/shell so Dexie stays out of the first paint.' })),
      }],
    },
  })),
);
