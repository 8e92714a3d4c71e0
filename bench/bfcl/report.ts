// reports/bfcl.md from the benchmark's result: what was measured, on what, beside the paper's figures.
import type { BfclResult, QueryOutcome, ToolOutcome } from './run';
import { interval, pct } from './score';

const PAPER = [
  ['Task completion (paper, LLM judge, one artifact per item compiled with its answer in view)', '96%'],
  ['Same logs re-scored with gorilla\'s AST checker', '83.5%'],
  ['Direct-LLM baseline in the paper\'s logs, AST checker', '98.25%'],
  ['Compile tokens for 400 items (paper)', '4.25 M'],
  ['Direct tokens for 400 items (paper)', '0.22 M'],
  ['Break-even (paper; projected, never run)', '≈17 transactions'],
];

function count(xs: (QueryOutcome | undefined)[], pick: (q: QueryOutcome) => boolean | undefined): { k: number; n: number } {
  const present = xs.filter((x): x is QueryOutcome => !!x);
  return { k: present.filter((q) => pick(q)).length, n: present.length };
}

const row = (cells: (string | number)[]): string => `| ${cells.join(' | ')} |`;

function accuracyRows(label: string, qs: (QueryOutcome | undefined)[]): string[] {
  // A tool that did not compile has no parser: its queries count as wrong for the compiled path, and go to the
  // direct model end to end (what a deployment without the artifact would do).
  const compiledCalls = count(qs, (q) => q.compiled?.verdict.valid);
  const ran = qs.filter((q) => q?.compiled);
  const noCalls = count(ran, (q) => q.compiled?.kind === 'no-call');
  const withFallback = count(qs, (q) => (q.compiled?.kind === 'call' ? q.compiled.verdict.valid : q.direct?.verdict.valid));
  const skeleton = count(qs, (q) => q.skeleton.valid);
  const directQs = qs.filter((q) => q?.direct);
  const directOk = count(directQs, (q) => q.direct?.verdict.valid);
  const n = compiledCalls.n;
  return [
    row([`${label}: compiled parser (no-call or no artifact = wrong)`, `${compiledCalls.k}/${n}`, pct(compiledCalls.k, n), interval(compiledCalls.k, n)]),
    row([`${label}: no-call rate (queries of compiled tools)`, `${noCalls.k}/${noCalls.n}`, pct(noCalls.k, noCalls.n), interval(noCalls.k, noCalls.n)]),
    row([`${label}: end to end (compiled call, else the direct model)`, `${withFallback.k}/${n}`, pct(withFallback.k, n), interval(withFallback.k, n)]),
    row([`${label}: compiler skeleton alone (no model edits)`, `${skeleton.k}/${n}`, pct(skeleton.k, n), interval(skeleton.k, n)]),
    row([`${label}: direct LLM, same model and checker`, `${directOk.k}/${directOk.n}`, pct(directOk.k, directOk.n), interval(directOk.k, directOk.n)]),
  ];
}

function amortization(t: ToolOutcome): string[] {
  const qs = t.paraphrases ?? [];
  if (!qs.length || !t.compile.success) return [`### ${t.id} — \`${t.tool}\``, '', `${t.compile.success ? 'No paraphrases evaluated.' : `Not compiled (${t.compile.reason ?? ''}; ${t.compile.tokens} tokens spent): every query goes to the direct model, so there is nothing to amortize.`}`, ''];
  const lines = [`### ${t.id} — \`${t.tool}\` (compile: ${t.compile.tokens} tokens, ${t.compile.attempts} attempt(s), ${Math.round(t.compile.ms / 1000)} s)`, '', row(['queries N', 'compiled path (fallback on no-calls): correct', 'compiled path: cumulative tokens', 'direct: correct', 'direct: cumulative tokens']), row(['---', '---', '---', '---', '---'])];
  let compiledTokens = t.compile.tokens;
  let directTokens = 0;
  let ck = 0;
  let dk = 0;
  let breakEven: number | undefined;
  qs.forEach((q, i) => {
    // A no-call is answered by the direct model (the template's fallback): its tokens count on the compiled side.
    if (q.compiled?.kind === 'no-call') compiledTokens += q.direct?.tokens ?? 0;
    directTokens += q.direct?.tokens ?? 0;
    if (q.compiled?.kind === 'call' ? q.compiled.verdict.valid : q.direct?.verdict.valid) ck++;
    if (q.direct?.verdict.valid) dk++;
    if (breakEven === undefined && compiledTokens <= directTokens) breakEven = i + 1;
    const nq = i + 1;
    if ([1, 2, 5, 10, 15, 20, qs.length].includes(nq)) lines.push(row([nq, `${ck}/${nq}`, compiledTokens, `${dk}/${nq}`, directTokens]));
  });
  const perQuery = directTokens / qs.length;
  lines.push(
    '',
    breakEven !== undefined
      ? `Measured break-even: after **${breakEven}** queries the compiled path had used no more tokens than the direct path.`
      : `No break-even within the ${qs.length} measured queries; at the measured ${perQuery.toFixed(0)} direct tokens per query it would come after about ${Math.ceil(t.compile.tokens / Math.max(1, perQuery))} queries (extrapolated).`,
    '',
  );
  return lines;
}

export function renderReport(r: BfclResult): string {
  const sampled = r.tools.filter((t) => r.sample.ids.includes(t.id));
  const compiledOk = sampled.filter((t) => t.compile.success).length;
  const bfclQs = sampled.map((t) => t.bfcl);
  const paraQs = r.tools.flatMap((t) => t.paraphrases ?? []);
  const compileTokens = sampled.reduce((s, t) => s + t.compile.tokens, 0);
  const directTokens = sampled.reduce((s, t) => s + (t.bfcl?.direct?.tokens ?? 0), 0);
  const lines = [
    '# BFCL simple (Python) — compiled function calling, measured honestly',
    '',
    `Written by \`${r.command}\` on ${r.date.slice(0, 10)} in ${Math.round(r.wallSeconds / 60)} min. Machine: ${r.machine.cores} × ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, ${r.machine.os}, Node ${r.machine.node}.`,
    `Model: \`${r.model.name}\` (${r.model.source}${r.model.weightsSha256 ? `, weights sha256 ${r.model.weightsSha256.slice(0, 12)}…` : ''}), for compiling, for the fallback and for the direct baseline.`,
    '',
    '## Method',
    '',
    '- **One artifact per tool, compiled blind.** The compiler sees the tool\'s name, description and JSON-schema parameters only. The model writes 5 synthetic requests with their arguments, which the compiler checks (types, required arguments, every value written in the request, no code-like requests); then the model writes `parse(query)` from a compiling skeleton (kit readers per parameter, cue words mined from the checked examples). Each candidate passes the four stages (security, syntax, sandboxed execution, accuracy ≥ 80% on the checked examples with the AST checker) or is regenerated with the diagnostics, ' + `up to ${r.settings.maxRegenerations} time(s). The BFCL query and its answer are never part of any prompt.`,
    '- **Scoring:** a TypeScript port of gorilla\'s AST checker (`compiler/stages/ast-checker.ts`, tested in `test/bfcl-ast-checker.test.ts`; one documented leniency: an integer-valued number counts as int and float). Intervals are Wilson 95%.',
    '- **Direct baseline:** the same model, one call per query, output constrained to the tool\'s arguments by a JSON-schema grammar (so the function name is always right), the same checker.',
    '- **Skeleton baseline:** the skeleton the compiler hands the model, run unchanged: what the compiler contributes without the model\'s edits.',
    `- **Sample:** ${r.sample.description}${r.sample.skipped.length ? ` Not compiled for lack of time budget: ${r.sample.skipped.join(', ')}.` : ''}`,
    `- **Amortization:** ${r.paraphrases.tools.join(', ')} with 24 paraphrased queries each (\`${r.paraphrases.file}\`, sha256 \`${r.paraphrases.sha256.slice(0, 16)}…\`${r.paraphrases.frozen ? ', the frozen file' : ', NOT the frozen file'}), written before any parser existed; both paths run on every query, tokens counted from the endpoint's usage.`,
    '',
    '## Results',
    '',
    row(['measure', 'count', 'rate', '95% interval']),
    row(['---', '---', '---', '---']),
    row(['Compile success (sampled tools)', `${compiledOk}/${sampled.length}`, pct(compiledOk, sampled.length), interval(compiledOk, sampled.length)]),
    ...accuracyRows('BFCL query', bfclQs),
    ...accuracyRows('Paraphrases', paraQs),
    '',
    `Tokens, sampled tools: compile ${compileTokens} in total (${sampled.length ? Math.round(compileTokens / sampled.length) : 0} per tool, examples included); direct ${directTokens} for their ${bfclQs.filter((q) => q?.direct).length} BFCL queries (${bfclQs.filter((q) => q?.direct).length ? Math.round(directTokens / bfclQs.filter((q) => q?.direct).length) : 0} per query). The compiled path uses 0 tokens per query except on no-calls sent to the fallback.`,
    '',
    '### Per tool',
    '',
    row(['id', 'tool', 'compiled', 'attempts', 'compile tokens', 'BFCL query: compiled', 'skeleton', 'direct', 'direct tokens', 'break-even (projected from this query)']),
    row(['---', '---', '---', '---', '---', '---', '---', '---', '---', '---'])
  ];
  for (const t of sampled) {
    const q = t.bfcl;
    const c = !t.compile.success ? 'no artifact' : q?.compiled?.kind === 'no-call' ? 'no-call' : q?.compiled?.verdict.valid ? 'correct' : `wrong (${q?.compiled?.verdict.errorType ?? ''})`;
    const d = q?.direct ? (q.direct.verdict.valid ? 'correct' : `wrong (${q.direct.verdict.errorType ?? ''})`) : 'not run';
    const be = q?.direct?.tokens ? Math.ceil(t.compile.tokens / q.direct.tokens) : 'n/a';
    lines.push(row([t.id, `\`${t.tool}\``, t.compile.success ? 'yes' : `no: ${(t.compile.reason ?? '').slice(0, 60)}`, t.compile.attempts, t.compile.tokens, c, q?.skeleton.valid ? 'correct' : 'wrong', d, q?.direct?.tokens ?? 0, be]));
  }
  lines.push('', '## Amortization, measured', '', ...r.tools.filter((t) => r.paraphrases.tools.includes(t.id)).flatMap(amortization));
  lines.push('## Beside the paper', '', row(['paper', 'figure']), row(['---', '---']), ...PAPER.map((p) => row(p)), '');
  lines.push(
    '## What this does and does not show',
    '',
    '- The sample is small (the run is budgeted for this 2-core CPU machine); the intervals say how little a small sample settles. `npm run bench:bfcl -- --all` runs all 400 items on a faster machine or a hosted model (`OPENAI_BASE_URL`, `CAI_MODEL`).',
    '- A 1.5B model at Q4 writes the parsers and answers the direct baseline; a larger model changes both sides.',
    '- The direct baseline\'s grammar guarantees a well-formed call of the right function; the compiled parser has to earn both.',
    '',
  );
  return lines.join('\n');
}
