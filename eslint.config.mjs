// ESLint (flat config). Workflow code (templates/, workflows-generated/; contract/, the types it imports) runs in
// Temporal's deterministic sandbox: Node built-ins and the worker/client/activity SDK packages are banned there, as in
// temporalio/samples-typescript.
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['.tmp*', 'node_modules/**', 'dist/**', '.tools/**', '.data/**', 'test/fixtures/**', 'reports/**', 'test-artifacts/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['templates/**/*.ts', 'contract/**/*.ts', 'workflows-generated/**/*.ts', 'compiler/service/workflows.ts', 'compiler/compile-loop.ts', 'bench/bare/workflow.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            { group: ['@temporalio/worker', '@temporalio/client', '@temporalio/activity', '@temporalio/testing'], message: 'workflow code may import only @temporalio/workflow and @temporalio/common', allowTypeImports: true },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'setImmediate', 'require'],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'nondeterministic in workflow code' }],
    },
  },
  {
    // The generated registry is Node-side (activities, clients): it names each packaged folder and loads an
    // extractor module in-process only on demand. Workflow code never imports it (dependency-cruiser checks that).
    files: ['workflows-generated/registry.ts'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-globals': 'off' },
  },
  {
    // Released readers-form extractors (prior-auth-sleep-study v2) import the whole kit reader list the prompt
    // required; the compiler now imports only the readers a file uses, but a released file is never edited.
    files: ['workflows-generated/**/extractor.ts'],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^(flag|number|bmi|event|recent|extractFacts)$' }] },
  },
);
