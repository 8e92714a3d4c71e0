// Workflow bundling (webpack, a few seconds): once per entry file per process, with the bundler's chatter
// reduced to warnings and errors on stderr. Neutral ground (temporal/): the case worker (worker/) and the compile
// worker (compiler/service/) both bundle through it, so the compiler never imports the worker.
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';

export const quietBundlerLogger = {
  log() {},
  trace() {},
  debug() {},
  info() {},
  warn(message: string, meta?: Record<string, unknown>) {
    process.stderr.write(`bundler: ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}\n`);
  },
  error(message: string, meta?: Record<string, unknown>) {
    process.stderr.write(`bundler: ${message}${meta ? ` ${JSON.stringify(meta)}` : ''}\n`);
  },
};

const bundles = new Map<string, Promise<WorkflowBundleWithSourceMap>>();

/** The bundle of a workflows entry file, built on first use and shared by every worker in the process. */
export function bundleOnce(workflowsPath: string): Promise<WorkflowBundleWithSourceMap> {
  let bundle = bundles.get(workflowsPath);
  if (!bundle) {
    bundle = bundleWorkflowCode({ workflowsPath, logger: quietBundlerLogger });
    bundles.set(workflowsPath, bundle);
  }
  return bundle;
}
