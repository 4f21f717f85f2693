// ESLint: typescript-eslint's strict type-checked rules for TypeScript, eslint-plugin-astro for components and
// routes. Run by `npm run lint` with --max-warnings 0. Components get typescript-eslint's rules without type
// information (astro-eslint-parser has no project service); `astro check` type-checks them.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/** Choices made once for the whole tree, each with its reason. */
const shared = {
  // A leading underscore marks a binding kept only for its position.
  '@typescript-eslint/no-unused-vars': [
    'error',
    { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
  ],
  // Both forms have their place: unions of shapes and zod's `z.output<…>` are type aliases, other shapes interfaces.
  '@typescript-eslint/consistent-type-definitions': 'off',
  // Environment variables and query parameters are records deleted by key.
  '@typescript-eslint/no-dynamic-delete': 'off',
  // Reports a fallback value assigned before a `try` whose body may throw before replacing it.
  'no-useless-assignment': 'off',
};

export default defineConfig(
  { ignores: ['dist/', 'dist.*/', '.astro/', 'content/records/', 'test-results/', 'bench/out/', 'public/', 'screenshots/'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked, tseslint.configs.stylisticTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      ...shared,
      // IDs, URLs and messages are built from numbers (`part-${k}`, `line ${n}`); numbers print unambiguously.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Test tables read best as `() => expect(…)`.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Spreading a string into code points is how this project counts characters: columns in messages are
      // code points, as editors count them, and the rule's alternative (graphemes) would count differently.
      '@typescript-eslint/no-misused-spread': 'off',
      // Conflicts with no-non-null-assertion (strict): the code uses neither `x!` nor needless casts.
      '@typescript-eslint/non-nullable-type-assertion-style': 'off',
      // A switch over a union (a unit's kind, a format, a language) names every member and has no `default:`, so
      // adding a member makes the linter name every switch that must decide what to do with it.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { allowDefaultCaseForExhaustiveSwitch: false, considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
    },
  },
  {
    // At the browser, process and test boundaries values are checked even where the types say they cannot be
    // missing (lib.dom declares navigator.clipboard; a run's results may lack a part); the pure core in
    // src/lib is held to its types.
    files: ['src/client/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-condition': 'off' },
  },
  {
    // Tests read JSON and HTML that they then check by assertion.
    files: ['tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['**/*.astro'],
    extends: [tseslint.configs.strict, tseslint.configs.stylistic, astro.configs.recommended],
    rules: shared,
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly' } },
  },
);
