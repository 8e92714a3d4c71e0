// Token economics: compile-once vs direct-LLM, counted with a real tokenizer (o200k_base) on the exact prompts.
import { getEncoding, type Tiktoken } from 'js-tiktoken';

let enc: Tiktoken | undefined;
function encoder(): Tiktoken {
  enc ??= getEncoding('o200k_base');
  return enc;
}

export function countTokens(text: string): number {
  return encoder().encode(text).length;
}

/** Chat-format token count: each message carries a few tokens of framing (as the OpenAI cookbook counts). */
export function countChat(messages: { role: string; content: string }[]): number {
  return messages.reduce((n, m) => n + 3 + countTokens(m.content) + countTokens(m.role), 3);
}

export interface Economics {
  compileTokens: number;
  compileSource: string;
  directPerTransaction: number;
  compiledRuntimePerTransaction: number;
  breakEven: number | null;
  reductionAt1000: number;
  cumulative: { n: number; compiled: number; direct: number }[];
}

export function economics(compileTokens: number, compileSource: string, directPerTx: number, runtimePerTx: number): Economics {
  const saving = directPerTx - runtimePerTx;
  const breakEven = saving > 0 ? Math.ceil(compileTokens / saving) : null;
  const cumulative = [0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((n) => ({ n, compiled: compileTokens + n * runtimePerTx, direct: n * directPerTx }));
  return {
    compileTokens,
    compileSource,
    directPerTransaction: directPerTx,
    compiledRuntimePerTransaction: runtimePerTx,
    breakEven,
    reductionAt1000: (1000 * directPerTx) / (compileTokens + 1000 * runtimePerTx),
    cumulative,
  };
}

/** Cumulative tokens vs transactions, compiled vs direct, as a standalone SVG line chart. */
export function tokensChartSvg(e: Economics, title: string): string {
  const W = 720;
  const H = 420;
  const m = { l: 80, r: 30, t: 50, b: 60 };
  const maxN = 1000;
  const maxY = Math.max(...e.cumulative.map((p) => Math.max(p.compiled, p.direct)));
  const x = (n: number) => m.l + (n / maxN) * (W - m.l - m.r);
  const y = (v: number) => H - m.b - (v / maxY) * (H - m.t - m.b);
  const line = (key: 'compiled' | 'direct') => e.cumulative.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.n).toFixed(1)},${y(p[key]).toFixed(1)}`).join(' ');
  const ticksX = [0, 200, 400, 600, 800, 1000];
  const ticksY = [0, 0.25, 0.5, 0.75, 1].map((f) => f * maxY);
  const fmt = (v: number) => (v >= 1e6 ? `${(v / 1e6).toFixed(1)}M` : v >= 1e3 ? `${(v / 1e3).toFixed(0)}k` : v.toFixed(0));
  const be = e.breakEven;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="15">${title}</text>`,
    `<line x1="${m.l}" y1="${H - m.b}" x2="${W - m.r}" y2="${H - m.b}" stroke="#333"/>`,
    `<line x1="${m.l}" y1="${m.t}" x2="${m.l}" y2="${H - m.b}" stroke="#333"/>`,
    ...ticksX.map((t) => `<text x="${x(t)}" y="${H - m.b + 18}" text-anchor="middle">${t}</text>`),
    ...ticksY.map((t) => `<text x="${m.l - 8}" y="${y(t) + 4}" text-anchor="end">${fmt(t)}</text><line x1="${m.l}" y1="${y(t)}" x2="${W - m.r}" y2="${y(t)}" stroke="#eee"/>`),
    `<text x="${W / 2}" y="${H - 18}" text-anchor="middle">transactions</text>`,
    `<text x="20" y="${H / 2}" transform="rotate(-90 20 ${H / 2})" text-anchor="middle">cumulative tokens</text>`,
    `<path d="${line('direct')}" fill="none" stroke="#d62728" stroke-width="2.5"/>`,
    `<path d="${line('compiled')}" fill="none" stroke="#1f77b4" stroke-width="2.5"/>`,
    be !== null && be <= maxN ? `<line x1="${x(be)}" y1="${m.t}" x2="${x(be)}" y2="${H - m.b}" stroke="#999" stroke-dasharray="4 3"/><text x="${x(be) + 4}" y="${m.t + 12}">break-even n*=${be}</text>` : '',
    `<rect x="${m.l + 140}" y="${m.t + 20}" width="180" height="44" fill="white" stroke="#ccc"/>`,
    `<line x1="${m.l + 150}" y1="${m.t + 35}" x2="${m.l + 180}" y2="${m.t + 35}" stroke="#d62728" stroke-width="2.5"/><text x="${m.l + 186}" y="${m.t + 39}">direct LLM</text>`,
    `<line x1="${m.l + 150}" y1="${m.t + 53}" x2="${m.l + 180}" y2="${m.t + 53}" stroke="#1f77b4" stroke-width="2.5"/><text x="${m.l + 186}" y="${m.t + 57}">compiled</text>`,
    `</svg>`,
    ``,
  ].join('\n');
}

export interface PriceTable {
  models: Record<string, { input: number; output: number }>;
}

export interface CostRow {
  model: string;
  compileUsd: number;
  directPer1000Usd: number;
  compiledAt1000Usd: number;
}

/** Cost of compiling once vs 1,000 direct-LLM transactions, per model in the price table (USD per 1M tokens). */
export function costs(prices: PriceTable, compile: { prompt: number; completion: number }, directPerTx: { prompt: number; completion: number }, runtimePerTx = 0): CostRow[] {
  return Object.entries(prices.models).map(([model, p]) => {
    const usd = (prompt: number, completion: number) => (prompt * p.input + completion * p.output) / 1e6;
    const compileUsd = usd(compile.prompt, compile.completion);
    return {
      model,
      compileUsd,
      directPer1000Usd: 1000 * usd(directPerTx.prompt, directPerTx.completion),
      compiledAt1000Usd: compileUsd + 1000 * usd(runtimePerTx, 0),
    };
  });
}
