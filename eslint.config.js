import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const clientImportPatterns = [
  {
    group: ['@qs/server', '@qs/server/*', '**/server/**'],
    message: 'The client never imports the server.',
  },
  {
    group: ['**/features/*/*'],
    message: "A feature's only door is its index ('features/needs'), not its files.",
  },
];

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/dist/**', 'data/**', 'tools/mongo-java-server/target/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  // Typed rules: every workspace's tsconfig gives the types; the two root config files have none.
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['vitest.config.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@qs/server', '@qs/client', '**/server/**', '**/client/**'],
              message: 'shared depends on nothing but zod.',
            },
          ],
        },
      ],
    },
  },
  // Walls between modules (issue 10): a module owns its collections. Others import only its
  // index.ts, which exports functions and types, never a mongoose model (module-walls.test.ts
  // checks the exports).
  {
    files: ['server/src/modules/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./[a-z-]+/',
              message:
                "Another module's files are its own: import its index ('../experts') and call its functions.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['server/src/**/*.ts', 'scripts/**/*.ts', 'test/**/*.ts'],
    ignores: ['server/src/modules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'modules/[a-z-]+/',
              message:
                "Import a module through its index ('modules/experts') and call its functions.",
            },
          ],
        },
      ],
    },
  },
  // No collection by name: the import graph would not see who reads it. Tests may inspect their
  // own module's records by name; bench-search writes search documents to a private database.
  {
    files: ['server/src/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['**/*.test.ts', 'scripts/bench-search.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='collection'][arguments.0.type='Literal']",
          message:
            'Collections are read through the functions of the module that owns them, not by name.',
        },
      ],
    },
  },
  // The listed exceptions. They may reach a module's model (*.model), nothing else of its inside:
  // - scripts/bench-chat.ts: the chat bench writes 500 ready-made pairs straight to MongoDB;
  // - scripts/bench-corpus.ts: bench:api and bench:stats write 100,000 experts and their
  //   invitations and collaborations straight to MongoDB.
  {
    files: ['scripts/bench-chat.ts', 'scripts/bench-corpus.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'modules/[a-z-]+/(?!.*\\.model$)',
              message:
                "Only the module's model is listed for seeding; anything else comes through its index.",
            },
          ],
        },
      ],
    },
  },
  // - scripts/bench-search.ts measures the search engine's heap: it takes matching's pure scoring
  //   functions from their file, since the index would load every module and model into the heap.
  {
    files: ['scripts/bench-search.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'modules/(?!matching/scoring$)[a-z-]+/',
              message: 'Import a module through its index and call its functions.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: clientImportPatterns }],
    },
  },
  // Inside a feature (features/<name>/<folder>/<file>), '../../<other>/…' is another feature's inside.
  {
    files: ['client/src/features/*/*/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...clientImportPatterns,
            {
              regex: '^\\.\\./\\.\\./[a-z-]+/',
              message: "Another feature's files are its own: import its index ('../../auth').",
            },
          ],
        },
      ],
    },
  },
);
