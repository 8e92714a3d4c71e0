// `npm run bench:bfcl [-- --n 10 --seed 20261201 --budget-minutes 55 --max-regenerations 1 --para 3 --para-queries 24 --out bfcl | --all]`: the Compiled
// AI paper's BFCL function-calling experiment, done the honest way, on this machine:
//   - one function-call artifact per sampled BFCL tool, compiled by the model from the tool's schema and
//     description and the model's own checked synthetic examples; the BFCL query and its answer are never seen;
//   - each compiled parser then runs on its BFCL query (zero model tokens), scored by the port of gorilla's AST
//     checker; a no-call is counted (and, end to end, answered by the direct model as the template's fallback);
//   - the direct-LLM baseline: the same model, the same query, one constrained call, the same checker;
//   - the skeleton baseline: the compiler's skeleton (cue words mined from the examples) with no model edits;
//   - amortization measured, not projected: for the three tools with 24 frozen paraphrases each, accuracy and
//     cumulative tokens of both paths as the number of queries grows.
// Writes reports/bfcl.md and reports/bfcl.json. Budgeted: stops starting compiles when the budget runs low and says so.
import { cpus, release, totalmem, type as osType } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createToolCaller, type ToolCaller } from '../../activities/tool-caller';
import { resolveModelConfig } from '../../compiler/commands/model-config';
import { compileTool, type ToolCompileResult } from '../../compiler/function-call/compile';
import { parseSkeleton } from '../../compiler/function-call/prompt';
import { toolSpecFrom } from '../../compiler/function-call/spec';
import { createModelClient, type ModelConfig } from '../../compiler/llm-client';
import type { BfclFunctionDoc, PossibleAnswer } from '../../compiler/stages/ast-checker';
import { closeLocalEndpoint } from '../../model/local-endpoint';
import type { ToolCall, ToolSchema } from '../../templates/function-call/types';
import { describeSample, loadBfclSimplePython, sampleStratified, type BfclItem } from './data';
import { loadParaphrases, type Paraphrase } from './paraphrases';
import { renderReport } from './report';
import { runParser, verdict, type Verdict } from './score';

export interface QueryOutcome {
  id: string;
  compiled: { kind: 'call' | 'no-call'; verdict: Verdict; reason?: string } | null;
  skeleton: Verdict;
  direct: { verdict: Verdict; tokens: number; ms: number } | null;
}

export interface ToolOutcome {
  id: string;
  tool: string;
  stratum?: string;
  compile: { success: boolean; reason?: string; attempts: number; tokens: number; examplesTokens: number; examples: number; ms: number; lastDiagnostics?: string[] };
  bfcl?: QueryOutcome;
  paraphrases?: QueryOutcome[];
}

const ROOT = join(__dirname, '..', '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

function machine() {
  return { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10, os: `${osType()} ${release()}`, node: process.version };
}

async function direct(caller: ToolCaller, tool: ToolSchema, doc: BfclFunctionDoc, possible: PossibleAnswer, query: string): Promise<QueryOutcome['direct']> {
  const started = Date.now();
  try {
    const a = await caller.call(tool, query);
    return { verdict: verdict(doc, possible, a.call), tokens: a.usage.total, ms: Date.now() - started };
  } catch (e) {
    return { verdict: { valid: false, errorType: `error: ${(e as Error).message.slice(0, 80)}` }, tokens: 0, ms: Date.now() - started };
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--report-only')) {
    // Re-render reports/bfcl.md from the measured reports/bfcl.json (no model calls).
    const out = arg('out') ?? 'bfcl';
    const saved = JSON.parse(readFileSync(join(ROOT, 'reports', `${out}.json`), 'utf8')) as BfclResult;
    writeFileSync(join(ROOT, 'reports', `${out}.md`), renderReport(saved));
    return;
  }
  const started = Date.now();
  const all = process.argv.includes('--all');
  const seed = Number(arg('seed') ?? 20261201);
  const n = all ? Infinity : Number(arg('n') ?? 10);
  const budgetMs = all ? Infinity : Number(arg('budget-minutes') ?? 55) * 60_000;
  const maxRegenerations = Number(arg('max-regenerations') ?? 1);
  const config = await resolveModelConfig(process.env);
  if (typeof config === 'string') throw new Error(config);
  const compileConfig: ModelConfig = { ...config, codeFormat: 'fenced', maxTokens: Math.min(config.maxTokens ?? 900, 900) };
  const client = createModelClient(compileConfig);
  const caller = createToolCaller({ baseURL: config.baseURL, apiKey: config.apiKey ?? 'no-key', model: config.model, timeoutMs: config.timeoutMs ?? 600_000, maxTokens: 300, source: config.source === 'embedded' ? 'embedded' : 'env' });
  const items = loadBfclSimplePython();
  const sample = all ? items : sampleStratified(items, n, seed);
  const para = loadParaphrases();
  const paraIds = [...new Set(para.items.map((p) => p.bfclId))].slice(0, Number(arg('para') ?? 3));
  const paraQueries = Number(arg('para-queries') ?? 24);
  const byId = new Map(items.map((i) => [i.id, i]));
  const left = () => budgetMs - (Date.now() - started);
  const log = (s: string) => process.stderr.write(`[bfcl ${Math.round((Date.now() - started) / 1000)}s] ${s}\n`);
  log(`model ${config.model}; sample ${sample.length} of ${items.length} (seed ${seed}); paraphrase tools ${paraIds.join(', ')} (${para.frozen ? 'frozen sha256 ok' : 'SHA256 MISMATCH: not the frozen set'})`);

  // Compile order: the paraphrase tools first (the amortization measurement needs them), then the sample.
  const order: BfclItem[] = [...paraIds.map((id) => byId.get(id)!).filter(Boolean), ...sample.filter((s) => !paraIds.includes(s.id))];
  const outcomes = new Map<string, ToolOutcome>();
  const compiled = new Map<string, Extract<ToolCompileResult, { success: true }>>();
  const skipped: string[] = [];
  const perCompileMs: number[] = [];
  for (const item of order) {
    // Stop starting compiles when the budget left would not cover a typical compile plus the direct calls to come.
    const typical = perCompileMs.length ? Math.max(...perCompileMs) : 240_000;
    if (left() < typical + 6 * 60_000) {
      skipped.push(item.id);
      continue;
    }
    const tool = item.function as unknown as ToolSchema;
    const loaded = toolSpecFrom({ name: item.id.replace(/_/g, '-'), version: 1, title: item.id, template: 'function-call', tool, examples: { count: 5, threshold: 0.8 } }, item.id);
    const t0 = Date.now();
    const r = await compileTool(loaded, { client, maxRegenerations, ...(config.weightsSha256 ? { weightsSha256: config.weightsSha256 } : {}) });
    const ms = Date.now() - t0;
    perCompileMs.push(ms);
    const tokens = r.success ? r.tokens.total : r.report.tokens.total;
    const attempts = r.success ? r.attempts.length : r.report.attempts.length;
    outcomes.set(item.id, {
      id: item.id,
      tool: tool.name,
      compile: {
        success: r.success,
        ...(r.success ? {} : { reason: r.report.reason, lastDiagnostics: (r.report.attempts.at(-1)?.diagnostics ?? []).slice(0, 3).map((d) => `${d.stage}/${d.rule}: ${d.message.slice(0, 200)}`) }),
        attempts,
        tokens,
        examplesTokens: r.examplesTokens.total,
        examples: r.success ? r.examples.length : (r.report.examples?.accepted ?? 0),
        ms,
      },
    });
    if (r.success) compiled.set(item.id, r);
    log(`${item.id} ${tool.name}: ${r.success ? 'compiled' : `rejected (${r.report.reason.slice(0, 80)})`} in ${Math.round(ms / 1000)} s, ${attempts} attempt(s), ${tokens} tokens`);
  }

  const evaluate = async (item: BfclItem, queries: { id: string; question: string; possible: PossibleAnswer }[]): Promise<QueryOutcome[]> => {
    const tool = item.function as unknown as ToolSchema;
    const c = compiled.get(item.id);
    const parsed = c ? await runParser(c.code, queries.map((q) => q.question)) : undefined;
    const skeleton = await runParser(parseSkeleton(tool, c?.examples ?? []), queries.map((q) => q.question));
    const out: QueryOutcome[] = [];
    for (const [i, q] of queries.entries()) {
      const p = parsed?.[i];
      const s = skeleton[i]!;
      out.push({
        id: q.id,
        compiled: p ? { kind: p.kind, verdict: verdict(item.function, q.possible, p.kind === 'call' ? (p as ToolCall) : null), ...(p.kind === 'no-call' ? { reason: p.reason } : {}) } : null,
        skeleton: verdict(item.function, q.possible, s.kind === 'call' ? (s as ToolCall) : null),
        direct: left() > 60_000 ? await direct(caller, tool, item.function, q.possible, q.question) : null,
      });
    }
    return out;
  };

  for (const id of paraIds) {
    const o = outcomes.get(id);
    const item = byId.get(id);
    if (!o || !item) continue;
    const qs = para.items.filter((p: Paraphrase) => p.bfclId === id).slice(0, paraQueries).map((p) => ({ id: p.id, question: p.question, possible: p.possible }));
    o.paraphrases = await evaluate(item, qs);
    log(`${id}: ${qs.length} paraphrases evaluated`);
  }
  for (const item of sample) {
    const o = outcomes.get(item.id);
    if (!o) continue;
    o.bfcl = (await evaluate(item, [{ id: item.id, question: item.question, possible: item.possible }]))[0]!;
  }
  const inSample = sample.filter((s) => outcomes.has(s.id));
  const result = {
    date: new Date().toISOString(),
    command: `npm run bench:bfcl -- ${process.argv.slice(2).join(' ')}`.trim(),
    machine: machine(),
    model: { name: config.model, source: config.source ?? 'env', ...(config.weightsSha256 ? { weightsSha256: config.weightsSha256 } : {}) },
    settings: { seed, n: all ? items.length : n, maxRegenerations, budgetMinutes: all ? null : budgetMs / 60_000, examples: 5, threshold: 0.8 },
    sample: { description: describeSample(sample, items, seed), ids: sample.map((s) => s.id), evaluated: inSample.map((s) => s.id), skipped },
    paraphrases: { file: 'bench/data/bfcl-paraphrases/paraphrases.jsonl', sha256: para.sha256, frozen: para.frozen, tools: paraIds },
    wallSeconds: Math.round((Date.now() - started) / 1000),
    tools: [...outcomes.values()],
  };
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  const out = arg('out') ?? 'bfcl';
  writeFileSync(join(ROOT, 'reports', `${out}.json`), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(ROOT, 'reports', `${out}.md`), renderReport(result));
  log(`wrote reports/${out}.md and reports/${out}.json in ${result.wallSeconds} s`);
  await closeLocalEndpoint();
}

export type BfclResult = {
  date: string;
  command: string;
  machine: ReturnType<typeof machine>;
  model: { name: string; source: string; weightsSha256?: string };
  settings: { seed: number; n: number; maxRegenerations: number; budgetMinutes: number | null; examples: number; threshold: number };
  sample: { description: string; ids: string[]; evaluated: string[]; skipped: string[] };
  paraphrases: { file: string; sha256: string; frozen: boolean; tools: string[] };
  wallSeconds: number;
  tools: ToolOutcome[];
};

if (require.main === module)
  main().catch(async (e) => {
    process.stderr.write(`bench:bfcl failed: ${(e as Error).message}\n`);
    await closeLocalEndpoint().catch(() => undefined);
    process.exitCode = 1;
  });
