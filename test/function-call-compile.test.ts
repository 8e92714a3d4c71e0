// The function-call compiler on scripted model answers (error and regeneration paths) and on the real skeletons of
// BFCL tools: examples are checked, the four stages catch what they must, a failing candidate is regenerated with
// the diagnostics, and packaging is byte-identical and immutable. The real-model compile is in
// function-call-embedded.integration.test.ts and the BFCL benchmark.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBfclSimplePython, sampleStratified } from '../bench/bfcl/data';
import { checkExamples } from '../compiler/function-call/examples';
import { compileTool } from '../compiler/function-call/compile';
import { renderToolArtifact, writeToolArtifact } from '../compiler/function-call/package';
import { assembleToolPrompt, parseSkeleton } from '../compiler/function-call/prompt';
import { parseToolSpec, toolSpecFrom } from '../compiler/function-call/spec';
import { runToolStage, type ToolCandidate } from '../compiler/function-call/stages';
import type { JsonAnswer, ModelAnswer, ModelClient } from '../compiler/llm-client';
import { ReleasedVersionError } from '../compiler/releases';
import { SpecError } from '../compiler/spec';
import type { ToolSchema } from '../templates/function-call/types';

const TRIANGLE: ToolSchema = {
  name: 'calculate_triangle_area',
  description: 'Calculate the area of a triangle given its base and height.',
  parameters: {
    type: 'dict',
    properties: { base: { type: 'integer', description: 'The base.' }, height: { type: 'integer', description: 'The height.' }, unit: { type: 'string', description: 'The unit.' } },
    required: ['base', 'height'],
  },
};
const loaded = toolSpecFrom({ name: 'triangle-area', version: 1, title: 'Triangle area', template: 'function-call', tool: TRIANGLE, examples: { count: 4, threshold: 0.75 } }, 'inline');

const EXAMPLES_ANSWER = {
  examples: [
    { request: 'What is the area of a triangle with a base of 10 and a height of 5?', arguments: { base: 10, height: 5, unit: null } },
    { request: 'Triangle area please: base 7 cm, height 3 cm.', arguments: { base: 7, height: 3, unit: 'cm' } },
    { request: 'I need the area of a triangle whose height is 8 and base is 12 meters.', arguments: { base: 12, height: 8, unit: 'meters' } },
    { request: 'Area for a triangle, base 4 and height 9.', arguments: { base: 4, height: 9, unit: null } },
    { request: 'calculate_triangle_area base=1 height=2', arguments: { base: 1, height: 2, unit: null } },
    { request: 'A triangle with base 6 and height 2', arguments: { base: 60, height: 2, unit: null } },
  ],
};

const GOOD = [
  "import { numberNear, textAfter, call, noCall, missing } from './kit';",
  "import type { ParseResult } from './types';",
  '',
  'export function parse(query: string): ParseResult {',
  "  const base = numberNear(query, ['base'], { integer: true });",
  "  const height = numberNear(query, ['height'], { integer: true });",
  "  const unit = /\\b(cm|meters|inches|feet)\\b/.exec(query)?.[1];",
  '  const absent = missing({ base, height });',
  "  if (absent.length > 0) return noCall(`the request does not give ${absent.join(', ')}`);",
  "  return call('calculate_triangle_area', { base, height, unit });",
  '}',
].join('\n');

function scripted(codes: string[], examples: unknown = EXAMPLES_ANSWER): ModelClient & { prompts: string[] } {
  const prompts: string[] = [];
  let i = 0;
  return {
    model: 'scripted',
    prompts,
    async complete(prompt): Promise<ModelAnswer> {
      prompts.push(prompt.user);
      const code = codes[Math.min(i++, codes.length - 1)]!;
      return { code, rationale: '', usage: { prompt: 100, completion: 50, total: 150 }, model: 'scripted' };
    },
    async completeJson(): Promise<JsonAnswer> {
      return { value: examples, usage: { prompt: 80, completion: 120, total: 200 }, model: 'scripted' };
    },
  };
}

describe('synthetic examples', () => {
  it('accepts grounded, typed requests and rejects code-like, ungrounded or incomplete ones', () => {
    const { accepted, rejected } = checkExamples(TRIANGLE, EXAMPLES_ANSWER);
    expect(accepted.map((e) => e.query)).toHaveLength(4);
    expect(rejected.map((r) => r.problem)).toEqual([expect.stringContaining('written like code'), expect.stringContaining('base=60 is not written')]);
    expect(accepted[0]!.expected).toEqual({ calculate_triangle_area: { base: [10], height: [5], unit: [''] } });
    expect(accepted[1]!.expected).toEqual({ calculate_triangle_area: { base: [7], height: [3], unit: ['cm', ''] } });
    expect(checkExamples(TRIANGLE, { examples: [{ request: 'triangle of height 3', arguments: { base: null, height: 3 } }] }).rejected[0]!.problem).toMatch(/required argument base/);
    expect(checkExamples(TRIANGLE, { examples: [{ request: 'base 2.5 height 3', arguments: { base: 2.5, height: 3 } }] }).rejected[0]!.problem).toMatch(/integer/);
  });
});

describe('stages', () => {
  const examples = checkExamples(TRIANGLE, EXAMPLES_ANSWER).accepted;
  const candidate = (code: string): ToolCandidate => ({ tool: TRIANGLE, code, examples, threshold: 0.75 });
  it('a good parser passes all four', async () => {
    for (const stage of ['security', 'syntax', 'execution', 'accuracy'] as const) expect((await runToolStage(stage, candidate(GOOD))).diagnostics).toEqual([]);
  });
  it('security rejects other imports and host access', async () => {
    const r = await runToolStage('security', candidate(GOOD.replace("'./kit';", "'./kit';\nimport { readFileSync } from 'node:fs';")));
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]!.rule).toBe('no-import');
    expect((await runToolStage('security', candidate(GOOD.replace('const base =', 'const env = process.env; void env;\n  const base =')))).passed).toBe(false);
  });
  it('syntax rejects type errors, a wrong signature and explicit any', async () => {
    expect((await runToolStage('syntax', candidate(GOOD.replace("{ base, height, unit }", "{ base, height, unit: unit === 5 }")))).diagnostics.map((d) => d.rule)).toContain('type-error');
    expect((await runToolStage('syntax', candidate(GOOD.replace('parse(query: string)', 'parse(query: number)')))).passed).toBe(false);
    expect((await runToolStage('syntax', candidate(GOOD.replace('const absent', 'const x: any = 1; void x;\n  const absent')))).diagnostics.map((d) => d.rule)).toContain('no-explicit-any');
  });
  it('execution rejects throws, wrong tool names, wrong types and endless loops', async () => {
    const throwing = GOOD.replace('const absent', "if (query.length === 0) throw new Error('empty');\n  const absent");
    expect((await runToolStage('execution', candidate(throwing))).diagnostics.map((d) => d.rule)).toContain('throws');
    expect((await runToolStage('execution', candidate(GOOD.replace("call('calculate_triangle_area'", "call('other_tool'")))).diagnostics[0]!.message).toMatch(/must name 'calculate_triangle_area'/);
    expect((await runToolStage('execution', candidate(GOOD.replace('{ base, height, unit }', "{ base: String(base), height, unit }")))).diagnostics[0]!.message).toMatch(/base must be an integer/);
    const loop = GOOD.replace('const absent', 'let n = 0;\n  while (query.length >= 0) n++;\n  void n;\n  const absent');
    const r = await runToolStage('execution', { ...candidate(loop), limits: { callTimeoutMs: 200, wallTimeMs: 10_000 } });
    expect(r.diagnostics.map((d) => d.rule)).toContain('timeout');
  });
  it('accuracy scores with the AST checker against the threshold', async () => {
    // Leaving an optional argument out is accepted; a value the request does not give (or another one) is not.
    expect((await runToolStage('accuracy', candidate(GOOD.replace('{ base, height, unit }', '{ base, height }')))).passed).toBe(true);
    const r = await runToolStage('accuracy', candidate(GOOD.replace('{ base, height, unit }', "{ base, height, unit: 'inches' }")));
    expect(r.passed).toBe(false);
    expect(r.diagnostics[0]!.message).toBe('parse got 0 of 4 examples right (needs 3)');
    expect(r.diagnostics[1]!.message).toMatch(/value_error:string/);
  });
});

describe('compileTool', () => {
  it('regenerates a failing candidate with its diagnostics, then accepts', async () => {
    const bad = GOOD.replace("['base']", "['width']");
    const client = scripted([bad, GOOD]);
    const r = await compileTool(loaded, { client, maxRegenerations: 2 });
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.attempts.map((a) => a.passed)).toEqual([false, true]);
    expect(client.prompts[1]).toContain('Your previous file failed');
    expect(client.prompts[1]).toContain('below-threshold');
    expect(r.tokens.total).toBe(200 + 150 * 2);
    // The prompt never holds anything but the schema, kit, examples and skeleton.
    expect(client.prompts[0]).toContain(parseSkeleton(TRIANGLE, r.examples));
    expect(parseSkeleton(TRIANGLE, r.examples)).toMatch(/const base = numberNear\(query, \[[^\]]*'base of'/);
  });
  it('rejects after the limit with a report, and when too few examples pass', async () => {
    const r = await compileTool(loaded, { client: scripted(['export const x = 1;']), maxRegenerations: 1 });
    expect(r.success).toBe(false);
    if (r.success) return;
    expect(r.report.attempts).toHaveLength(2);
    expect(r.report.reason).toMatch(/parse slot failed 2 attempt/);
    const few = await compileTool(loaded, { client: scripted([GOOD], { examples: EXAMPLES_ANSWER.examples.slice(4) }) });
    expect(few.success).toBe(false);
    if (!few.success) expect(few.report.reason).toMatch(/only 0 of the model's examples passed/);
  });
});

describe('packaging', () => {
  it('is byte-identical for the same inputs, vendors the kit, and never rewrites a released version', async () => {
    const r = await compileTool(loaded, { client: scripted([GOOD]) });
    if (!r.success) throw new Error('expected success');
    const req = { loaded, code: r.code, examples: r.examples, provenance: r.provenance, attempts: r.attempts, tokens: r.tokens };
    const a = renderToolArtifact(req);
    const b = renderToolArtifact(req);
    expect(a.files).toEqual(b.files);
    expect(Object.keys(a.files)).toEqual(expect.arrayContaining(['parse.ts', 'kit/index.ts', 'types.ts', 'workflow.ts', 'artifact.ts', 'examples.jsonl', 'manifest.json']));
    expect(a.manifest.template).toBe('function-call');
    const out = mkdtempSync(join(tmpdir(), 'cai-tools-'));
    try {
      const written = writeToolArtifact({ ...req, outDir: out });
      expect(readFileSync(join(written.dir, 'parse.ts'), 'utf8')).toBe(a.files['parse.ts']);
      expect(readFileSync(join(out, 'workflows.ts'), 'utf8')).toContain('toolTriangleAreaV1');
      writeToolArtifact({ ...req, outDir: out }); // same bytes: fine
      expect(() => writeToolArtifact({ ...req, code: `${GOOD}\n// changed\n`, outDir: out })).toThrow(ReleasedVersionError);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

describe('specs', () => {
  it('explains bad specs', () => {
    expect(() => parseToolSpec('name: Bad Name\nversion: 1\ntitle: x\ntemplate: function-call\ntool: {name: f, description: d, parameters: {type: dict, properties: {}, required: [x]}}\n', 'bad.yaml')).toThrow(SpecError);
    try {
      parseToolSpec('name: t\nversion: 1\ntitle: x\ntemplate: function-call\ntool: {name: f, description: d, parameters: {type: dict, properties: {}, required: [x]}}\n', 'bad.yaml');
    } catch (e) {
      expect((e as SpecError).problems[0]).toMatch(/tool.parameters.required.0: "x" is required but not declared/);
    }
  });
});

describe('skeletons of real BFCL tools', () => {
  // A fixed sample across parameter-type classes: the skeleton every prompt starts from must pass security and
  // syntax for any tool schema, and the prompt must not grow without bound.
  const items = sampleStratified(loadBfclSimplePython(), 40, 11);
  it.each(items.map((i) => [i.id, i] as const))('%s', async (_id, item) => {
    const tool = item.function as unknown as ToolSchema;
    const c: ToolCandidate = { tool, code: parseSkeleton(tool), examples: [], threshold: 1 };
    expect((await runToolStage('security', c)).diagnostics).toEqual([]);
    expect((await runToolStage('syntax', c)).diagnostics).toEqual([]);
    expect(assembleToolPrompt(tool, []).user.length).toBeLessThan(9000);
  });
});

describe('released tool versions', () => {
  it('every packaged function-call version is in its releases.lock.json, byte for byte', () => {
    const { listArtifacts } = require('../compiler/package') as typeof import('../compiler/package');
    const { verifyReleases } = require('../compiler/releases') as typeof import('../compiler/releases');
    const { TOOLS_DIR } = require('../compiler/function-call/package') as typeof import('../compiler/function-call/package');
    const versions = listArtifacts(TOOLS_DIR).map((a) => ({ spec: a.spec, version: a.version, dir: a.dir }));
    expect(versions.length).toBeGreaterThanOrEqual(1);
    expect(verifyReleases(TOOLS_DIR, versions).map((p) => p.message)).toEqual([]);
  });
});
