// Test helpers: real Temporal servers from the binaries installed by scripts/temporal-install.sh. The dev server
// and binary lookup live in temporal/local-env.ts (also used by scripts/ and bench/, which must not import test/).
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { SA } from '../../templates/bounded-decision/search-attributes';
import { temporalTestServerPath } from '../../temporal/local-env';

export { startLocalEnv, temporalCliPath, temporalTestServerPath } from '../../temporal/local-env';

/** The time-skipping test server (for SLA timers), with the project's search attributes registered. */
export async function startTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const env = await TestWorkflowEnvironment.createTimeSkipping({
    server: { executable: { type: 'existing-path', path: temporalTestServerPath() } },
  });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(SA).map((k) => [k.name, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
    ),
  });
  return env;
}
