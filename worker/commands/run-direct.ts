// `compiled-ai run <workflow> --mode direct`: the direct-LLM baseline on the same case files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { llmConfigFromEnv } from '../../activities/llm-extraction';
import { defaultModelConfig, LOCAL_MODEL_HELP } from '../../model/local-endpoint';
import { loadPolicyText, loadSpec } from '../../compiler/spec';
import { resolveWorkflow, validateCaseInput } from '../client';
import { REPO_ROOT } from '../config';
import { createDirectDecider } from '../direct-llm';
import { parseCasesFile, formatTable, type CaseLine, type CaseReport, type Io, type RunOptions } from './run';

export type DirectReport = CaseReport & { mode: 'direct'; tokens?: { prompt: number; completion: number; total: number }; ms?: number };

export async function runDirectCommand(workflow: string, opts: RunOptions, io: Io, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  // The environment's endpoint, else the embedded local model (served in-process, one request at a time).
  let config = llmConfigFromEnv(env);
  if (!config) {
    const local = await defaultModelConfig(env);
    if (local)
      config = {
        baseURL: local.baseURL,
        apiKey: local.apiKey,
        model: local.model,
        timeoutMs: Number(env.CAI_LLM_TIMEOUT_MS ?? local.timeoutMs),
        maxTokens: Number(env.CAI_LLM_MAX_TOKENS ?? 400),
        source: 'embedded',
      };
  }
  if (!config) {
    io.stderr.write(`error: --mode direct sends every case to a model; configure one with OPENAI_BASE_URL (or OPENAI_API_KEY) and CAI_MODEL, ${LOCAL_MODEL_HELP}\n`);
    return 2;
  }
  let cases: CaseLine[];
  let info;
  try {
    info = resolveWorkflow(workflow);
    const file = (opts.cases ?? opts.input)!;
    const text = readFileSync(file, 'utf8');
    cases = opts.cases ? parseCasesFile(text, file) : [{ id: 'case', line: 1, input: JSON.parse(text) }];
  } catch (e) {
    io.stderr.write(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const loaded = loadSpec(join(REPO_ROOT, 'specs', `${info.spec}.yaml`));
  const decide = createDirectDecider({ ...config, timeoutMs: config.timeoutMs }, loaded.spec, loadPolicyText(loaded));
  const reports: DirectReport[] = [];
  for (const c of cases) {
    if (c.error) {
      reports.push({ id: c.id, line: c.line, status: 'INVALID_INPUT', reason: c.error, mode: 'direct' });
      continue;
    }
    try {
      const input = validateCaseInput(info, c.input);
      const r = await decide(input[info.input.field]!);
      reports.push({ id: c.id, status: r.decision.status, reason: r.decision.reason, mode: 'direct', tokens: r.tokens, ms: Math.round(r.ms) });
    } catch (e) {
      const status = (e as Error).name === 'InvalidCaseInputError' ? 'INVALID_INPUT' : 'ERROR';
      reports.push({ id: c.id, line: c.line, status, reason: (e as Error).message, mode: 'direct' });
    }
  }
  for (const r of reports) if (r.status === 'INVALID_INPUT' || r.status === 'ERROR') io.stderr.write(`error: ${r.id}: ${r.reason}\n`);
  if (opts.json) for (const r of reports) io.stdout.write(`${JSON.stringify(r)}\n`);
  else {
    io.stdout.write(`${formatTable(reports)}\n`);
    const total = reports.reduce((n, r) => n + (r.tokens?.total ?? 0), 0);
    io.stdout.write(`direct-LLM tokens: ${total} (${cases.length} cases)\n`);
  }
  return reports.some((r) => r.status === 'INVALID_INPUT' || r.status === 'ERROR') ? 1 : 0;
}
