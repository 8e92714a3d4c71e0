// Quiet the Temporal SDK's own logs in tests (warnings and errors still print).
import { DefaultLogger, Runtime } from '@temporalio/worker';

process.env.TEMPORAL_VERSION_CHECK_DISABLED = '1';
try {
  Runtime.install({ logger: new DefaultLogger('WARN') });
} catch {
  // Already installed in this process: keep it.
}
