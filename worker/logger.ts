// Structured logs (pino). Callers log ids, rule ids and counts only; these paths are redacted as a
// second line of defence should a payload ever be passed by mistake.
import pino, { type Logger } from 'pino';

const REDACT = ['text', 'input', 'facts', 'chart', '*.text', '*.input', '*.facts', '*.patient_chart_summary', 'patient_chart_summary', 'note', '*.note'];

export function createLogger(name: string, level = process.env.CAI_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}
