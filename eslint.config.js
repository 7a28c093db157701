// The house rules that a reviewer would otherwise have to remember: see docs/decisions/015.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'account', 'admin', 'attendance', 'auth', 'dashboard', 'directory', 'edit', 'events', 'map', 'pages', 'partner',
  'project', 'register',
];

/** `features/<name>` may not reach into another feature: shared pieces live in components/ or lib/. */
const featureBoundaries = FEATURES.map((name) => ({
  files: [`client/src/features/${name}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\./)+(features/)?(?!${name}/)(${FEATURES.join('|')})(/|$)`,
            message: 'A feature does not import another feature: move the shared piece to components/ or lib/.',
          },
          { regex: '(^|/)server/', allowTypeImports: true, message: 'The client imports from the server only `import type`.' },
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'drizzle/**', 'coverage/**', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    plugins: { 'import-x': importX },
    settings: {
      // Without the TypeScript extensions and parser, import-x reads only .js files, and no-cycle
      // silently follows no import of ours.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.json' })],
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='TRPCError']",
          message: 'Refuse through appError(code) from server/errors.ts, so that the client gets a code.',
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // Every rule of the plugin's recommended-latest set (the classic two and the React Compiler's:
      // effects that copy props into state, impure renders, mutated props…), warnings made errors.
      // The compiler's `refs` rule is left out: our form feedback object carries a ref beside its
      // state, and the rule flags every read of that object as a ref read during render
      // (31 places; docs/decisions/015-lint-and-boundaries.md).
      ...Object.fromEntries(Object.keys(reactHooks.configs['recommended-latest'].rules).map((rule) => [rule, 'error'])),
      'react-hooks/refs': 'off',
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)server/', allowTypeImports: true, message: 'The client imports from the server only `import type`.' }] },
      ],
    },
  },
  {
    files: ['client/src/components/**/*.{ts,tsx}', 'client/src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)app/', message: 'components/ and lib/ do not import app/: pass what they need in.' },
            { regex: '(^|/)features/', message: 'components/ and lib/ do not import features.' },
            { regex: '(^|/)server/', allowTypeImports: true, message: 'The client imports from the server only `import type`.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(client|server)/', message: 'shared/ is the contract: it imports neither client nor server.' },
            { regex: '^(react|react-dom|leaflet|better-sqlite3|drizzle-orm)', message: 'shared/ stays free of runtime libraries of either side.' },
          ],
        },
      ],
    },
  },
  {
    // The one place allowed to build a TRPCError, and tests that check tRPC's own behaviour.
    files: ['server/errors.ts', '**/*.test.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' },
    },
  },
);
