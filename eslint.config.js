import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// lib/ is pure: it gets its world as parameters (shared/docs/style.md §1), so browser globals are banned there.
const browserGlobals = ['document', 'window', 'location', 'browser', 'chrome', 'navigator', 'localStorage'].map(
  (name) => ({ name, message: 'lib/ is pure: take it as a parameter (style.md §1).' }),
);

export default tseslint.config(
  { ignores: ['node_modules/', '.output/', '.wxt/', '.e2e/', 'tests/fixtures/', 'schemas/', 'public/'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx', 'components/**/*.ts', 'entrypoints/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Page text is data: no innerHTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Page text is data: no outerHTML.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never HTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval.' },
      ],
    },
  },
  {
    files: ['lib/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['#imports', 'wxt/*', 'react', 'react-dom', '**/entrypoints/**', '**/components/**'],
              message: 'lib/ does not depend on the extension or UI.',
            },
          ],
        },
      ],
    },
  },
);
