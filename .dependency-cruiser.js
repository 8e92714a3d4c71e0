// dependency-cruiser rules: the never-arrows of the design. Run by `npm run deps` (scripts/check-deps.ts, which
// also forbids cycles between top-level folders) from scripts/test.sh after lint; `npx depcruise --config
// .dependency-cruiser.js <folders>` runs these rules alone. Type-only imports count here (a contract pointing the
// wrong way is still the wrong way); the folder-cycle check counts only imports that load code.
//
// Known exceptions are written as `pathNot` on the rule, each with its reason; scripts/check-deps.ts lists the
// cycle exceptions. Remove an exception as soon as its import is fixed.

/** Workflow code: runs in Temporal's deterministic sandbox (templates' workflow/evaluate, the generated wiring). */
const WORKFLOW_CODE = [
  '^templates/[^/]+/(workflow|evaluate)\\.ts$',
  '^workflows-generated/workflows\\.ts$',
  '^workflows-generated/[^/]+/v[0-9]+/(workflow|decision)\\.ts$',
  '^bench/bare/workflow\\.ts$',
  '^node_modules/@temporalio/workflow/',
];

module.exports = {
  forbidden: [
    {
      name: 'templates-not-to-compiler-or-worker',
      severity: 'error',
      comment: 'Templates run inside compiled artifacts and the workflow sandbox: they never depend on the compiler or the worker.',
      from: { path: '^templates/' },
      to: { path: '^(compiler|worker)/' },
    },
    {
      name: 'generated-not-to-compiler-or-worker',
      severity: 'error',
      comment: 'Generated code (workflows-generated/) is released, immutable output: it never depends on the compiler or the worker.',
      from: { path: '^workflows-generated/' },
      to: { path: '^(compiler|worker)/' },
    },
    {
      name: 'activities-not-to-workflow-code',
      severity: 'error',
      comment: 'Activities run on the Node side; workflow code runs in the workflow sandbox. Activities share the extraction kit with templates (types come from contract/), never workflow code.',
      from: { path: '^activities/' },
      to: { path: WORKFLOW_CODE },
    },
    {
      name: 'workflow-code-not-to-node-side',
      severity: 'error',
      comment: 'Workflow code loads nothing of the Node side (activities, the slot sandbox, the generated registry, temporal/); type-only imports of activity contracts are fine.',
      from: { path: WORKFLOW_CODE.slice(0, -1) },
      to: { path: '^(activities|sandbox|temporal)/|^workflows-generated/registry\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'contract-is-a-leaf',
      severity: 'error',
      comment:
        'contract/ holds the shared types (facts, artifact info, provenance, results, gate results, activity interfaces) ' +
        'that templates, activities, the compiler, the worker and the API import: it imports nothing but itself and the ' +
        "function-call template's types.ts, which stays the source of those declarations (packaging vendors it into tool artifacts).",
      from: { path: '^contract/' },
      to: { pathNot: '^(contract/|templates/function-call/types\\.ts$)' },
    },
    {
      name: 'activities-types-from-contract',
      severity: 'error',
      comment:
        "Activities take the shared types from contract/, never from a template's types.ts (those re-export the contract " +
        'for released artifacts and slot code). The extraction kit is shared code, not a contract: importing it stays allowed.',
      from: { path: '^activities/' },
      to: { path: '^templates/[^/]+/types\\.ts$' },
    },
    {
      name: 'compiler-not-to-worker',
      severity: 'error',
      comment: 'The compiler never imports the worker (shared Temporal helpers live in temporal/, the slot sandbox in sandbox/).',
      from: { path: '^compiler/' },
      to: { path: '^worker/' },
    },
    {
      name: 'neutral-folders-stay-neutral',
      severity: 'error',
      comment: 'temporal/ and sandbox/ are shared by the compiler, the worker and activities: they import none of them.',
      from: { path: '^(temporal|sandbox)/' },
      to: { path: '^(cli|compiler|worker|activities|api|model|test|scripts|bench)/' },
    },
    {
      name: 'nothing-imports-test',
      severity: 'error',
      comment:
        'Test helpers are for tests. Known exception: bench/workflow-bench.ts imports test/helpers/temporal.ts ' +
        '(bench/ is edited by another engineer; the fix is to import startLocalEnv from temporal/local-env).',
      from: { pathNot: ['^test/', '^bench/workflow-bench\\.ts$'] },
      to: { path: '^test/' },
    },
    {
      name: 'nothing-imports-cli',
      severity: 'error',
      comment: 'cli/ is the composition root (the `compiled-ai` command wires the worker, the compiler, the API and the model server): only bin/ loads it.',
      from: { pathNot: ['^cli/', '^bin/'] },
      to: { path: '^cli/' },
    },
    {
      name: 'product-not-to-tooling',
      severity: 'error',
      comment: 'Product code never depends on scripts/ or bench/.',
      from: { path: '^(cli|compiler|contract|templates|activities|workflows-generated|worker|model|api|temporal|sandbox)/' },
      to: { path: '^(scripts|bench)/' },
    },
    {
      name: 'product-not-to-dev-deps',
      severity: 'error',
      comment:
        'Product code loads only `dependencies`: the image installs with `npm ci --omit=dev`. Type-only imports are ' +
        'erased. Known exception: temporal/local-env.ts (the local dev server of tests, scripts and the benchmark, ' +
        'built on @temporalio/testing); the next rule keeps it out of the product.',
      from: { path: '^(bin|cli|compiler|contract|templates|activities|workflows-generated|worker|model|api|temporal|sandbox)/', pathNot: '^temporal/local-env\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'product-not-to-local-env',
      severity: 'error',
      comment: 'temporal/local-env.ts loads @temporalio/testing (a devDependency): only test/, scripts/ and bench/ load it.',
      from: { path: '^(bin|cli|compiler|contract|templates|activities|workflows-generated|worker|model|api|temporal|sandbox)/', pathNot: '^temporal/local-env\\.ts$' },
      to: { path: '^temporal/local-env\\.ts$', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|\\.tools|\\.data|test/fixtures|test-artifacts|reports)/|(^|/)\\.tmp' },
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};
