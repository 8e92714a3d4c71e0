#!/usr/bin/env node
// Entry point: runs the TypeScript CLI (cli/) through tsx (no build step needed).
process.env.TEMPORAL_VERSION_CHECK_DISABLED ??= '1';
require('tsx/cjs');
require('../cli/index.ts').main(process.argv);
