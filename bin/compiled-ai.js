#!/usr/bin/env node
// Entry point: runs the TypeScript CLI through tsx (no build step needed).
process.env.TEMPORAL_VERSION_CHECK_DISABLED ??= '1';
require('tsx/cjs');
require('../worker/cli.ts');
