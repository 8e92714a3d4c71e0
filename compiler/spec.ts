// Spec loading: YAML → zod-validated Spec, with errors that name the file, the path and the fix.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';

const identifier = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'use lower_snake_case (letters, digits, underscores; starts with a letter)');

export const RangeSchema = z
  .object({
    exclusiveMin: z.number().optional(),
    exclusiveMax: z.number().optional(),
    reason: z.string().min(1),
  })
  .strict();

export const FactSchema = z
  .object({
    name: identifier,
    type: z.enum(['boolean', 'number', 'string']),
    nullable: z.boolean().default(false),
    unit: z.string().optional(),
    description: z.string().min(10, 'describe the fact in a sentence: the model and reviewers read it'),
    range: RangeSchema.optional(),
  })
  .strict();

export const RuleSchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use kebab-case rule ids'),
    when: z.string().min(1),
    outcome: z.enum(['APPROVED', 'DENIED']),
    reason: z.string().min(1),
  })
  .strict();

export const SpecSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use kebab-case spec names, e.g. prior-auth-glp1'),
    version: z.number().int().positive(),
    title: z.string().min(1),
    template: z.literal('bounded-decision'),
    description: z.string().min(1),
    input: z
      .object({
        field: identifier,
        description: z.string().min(1),
        maxLength: z.number().int().positive().default(20000),
      })
      .strict(),
    facts: z.array(FactSchema).min(1),
    checks: z
      .object({
        requireAnyFound: z
          .array(z.object({ facts: z.array(identifier).min(1), reason: z.string().min(1) }).strict())
          .default([]),
      })
      .strict()
      .default({ requireAnyFound: [] }),
    rules: z.array(RuleSchema).min(1),
    notes: z.array(z.string()).default([]),
    review: z.object({ slaHours: z.number().positive().default(48) }).strict().default({ slaHours: 48 }),
    compliance: z.array(z.string()).default([]),
    llm: z
      .object({
        allowPhi: z.boolean().default(false),
        /**
         * Whether cases the compiled extractor cannot settle may go to a bounded LLM extraction. Unset: yes when an
         * endpoint is configured in the environment, never with the embedded local model (minutes per case on a CPU).
         */
        fallback: z.boolean().optional(),
      })
      .strict()
      .default({ allowPhi: false }),
    /** The source policy document this spec describes (for reviewers and the direct-LLM baseline). */
    policy: z.string().min(1).optional(),
    golden: z
      .object({
        threshold: z.number().min(0).max(1).default(1),
        extractionThreshold: z.number().min(0).max(1).default(1),
        decisions: z.string().min(1),
        /** One golden file, or several read in order (ids unique across them). */
        extraction: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
      })
      .strict(),
  })
  .strict()
  .superRefine((spec, ctx) => {
    const names = new Set<string>();
    spec.facts.forEach((f, i) => {
      if (names.has(f.name)) ctx.addIssue({ code: 'custom', path: ['facts', i, 'name'], message: `duplicate fact "${f.name}"` });
      names.add(f.name);
      if (f.range && f.type !== 'number')
        ctx.addIssue({ code: 'custom', path: ['facts', i, 'range'], message: 'a range applies only to number facts' });
    });
    spec.checks.requireAnyFound.forEach((c, i) =>
      c.facts.forEach((name, j) => {
        if (!names.has(name))
          ctx.addIssue({ code: 'custom', path: ['checks', 'requireAnyFound', i, 'facts', j], message: `unknown fact "${name}"; declare it under facts` });
      }),
    );
    const last = spec.rules[spec.rules.length - 1];
    if (last && last.when !== 'otherwise')
      ctx.addIssue({ code: 'custom', path: ['rules', spec.rules.length - 1, 'when'], message: 'the last rule must be `when: otherwise` so every case gets an outcome' });
    const ids = new Set<string>();
    spec.rules.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rules', i, 'id'], message: `duplicate rule id "${r.id}"` });
      ids.add(r.id);
    });
  });

export type Spec = z.infer<typeof SpecSchema>;
export type FactSpec = z.infer<typeof FactSchema>;

export interface DecisionGolden {
  id: string;
  facts: Record<string, boolean | number | string | null>;
  expected: 'APPROVED' | 'DENIED';
  ruleId?: string;
}

export interface ExtractionGolden {
  id: string;
  text: string;
  facts: Record<string, boolean | number | string | null>;
  /** Facts the text explicitly addresses; optional. */
  found?: string[];
}

export interface LoadedSpec {
  spec: Spec;
  file: string;
  decisions: DecisionGolden[];
  extraction: ExtractionGolden[];
  /**
   * sha256 over the canonical spec and its golden files: changes only when what the compiler consumes
   * changes. The `policy` reference is not compiled (the spec is the contract), so it is not hashed.
   */
  specHash: string;
  /** Absolute path of the referenced policy document, when the spec names one (read by `loadPolicyText`). */
  policyFile?: string;
}

/** The policy document a spec references (not needed to compile; used by the direct-LLM baseline). */
export function loadPolicyText(loaded: LoadedSpec): string | undefined {
  if (!loaded.policyFile) return undefined;
  if (!existsSync(loaded.policyFile)) {
    throw new SpecError(loaded.file, [`policy: ${loaded.spec.policy} does not exist next to the spec; fix the path or remove the field`]);
  }
  return readFileSync(loaded.policyFile, 'utf8');
}

/** A spec file that cannot be used, with where and how to fix it. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid spec ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SpecError';
  }
}

/** JSON with sorted keys, so hashes do not depend on key order or YAML formatting. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function readJsonl<T>(file: string, specFile: string, check: (row: unknown, where: string) => T): T[] {
  if (!existsSync(file)) throw new SpecError(specFile, [`golden file ${file} does not exist; create it or fix the path under golden:`]);
  const rows: T[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (e) {
        throw new SpecError(specFile, [`${file}:${i + 1}: invalid JSON (${(e as Error).message})`]);
      }
      rows.push(check(value, `${file}:${i + 1}`));
    });
  return rows;
}

const DecisionGoldenSchema = z.object({
  id: z.string(),
  facts: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])),
  expected: z.enum(['APPROVED', 'DENIED']),
  ruleId: z.string().optional(),
});
const ExtractionGoldenSchema = z.object({
  id: z.string(),
  text: z.string(),
  facts: z.record(z.string(), z.union([z.boolean(), z.number(), z.string(), z.null()])),
  found: z.array(z.string()).optional(),
});

function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.length ? issue.path.join('.') : '(top level)';
    // zod says "Invalid input: expected string, received undefined" for a field that is not there.
    const missing = /^Invalid input: expected (.+), received undefined$/.exec(issue.message);
    return missing ? `${path}: missing (expected ${missing[1]}); add it` : `${path}: ${issue.message}`;
  });
}

/** Parse spec text (YAML) into a validated spec. `file` is used in messages only. */
export function parseSpec(text: string, file: string): Spec {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    // The yaml message repeats the position ("... at line 1, column 7:") before a code frame; keep the gist.
    const gist = (e as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new SpecError(file, [`not valid YAML${where}: ${gist}; fix the syntax there (indentation, a missing ':' or an unclosed bracket or quote)`]);
  }
  const parsed = SpecSchema.safeParse(raw);
  if (!parsed.success) throw new SpecError(file, [...formatIssues(parsed.error), 'fields are named by their path in the spec; specs/prior-auth-glp1.yaml is a complete example']);
  return parsed.data;
}

/** The extraction golden files of a spec, in order. */
export function goldenFiles(spec: Spec): string[] {
  return typeof spec.golden.extraction === 'string' ? [spec.golden.extraction] : spec.golden.extraction;
}

/** Load a spec and its golden files; the spec hash covers both. */
export function loadSpec(path: string): LoadedSpec {
  const file = resolve(path);
  if (!existsSync(file)) throw new SpecError(path, ['file not found; pass a path under specs/, e.g. specs/prior-auth-glp1.yaml']);
  const spec = parseSpec(readFileSync(file, 'utf8'), path);
  const base = dirname(file);
  const factNames = new Set(spec.facts.map((f) => f.name));
  const checkFacts = (facts: Record<string, unknown>, where: string) => {
    for (const name of Object.keys(facts))
      if (!factNames.has(name)) throw new SpecError(path, [`${where}: unknown fact "${name}"`]);
  };
  const decisions = readJsonl(join(base, spec.golden.decisions), path, (row, where) => {
    const r = DecisionGoldenSchema.safeParse(row);
    if (!r.success) throw new SpecError(path, formatIssues(r.error).map((m) => `${where}: ${m}`));
    checkFacts(r.data.facts, where);
    return r.data;
  });
  const extraction = goldenFiles(spec).flatMap((f) =>
    readJsonl(join(base, f), path, (row, where) => {
      const r = ExtractionGoldenSchema.safeParse(row);
      if (!r.success) throw new SpecError(path, formatIssues(r.error).map((m) => `${where}: ${m}`));
      checkFacts(r.data.facts, where);
      return r.data;
    }),
  );
  const seen = new Set<string>();
  for (const g of extraction) {
    if (seen.has(g.id)) throw new SpecError(path, [`golden id "${g.id}" appears twice across golden.extraction (${goldenFiles(spec).join(', ')}); ids must be unique`]);
    seen.add(g.id);
  }
  const { policy, ...compiled } = spec;
  const specHash = sha256(canonicalJson({ spec: compiled, decisions, extraction }));
  return { spec, file, decisions, extraction, specHash, ...(policy ? { policyFile: join(base, policy) } : {}) };
}

/** All specs under a folder, sorted by file name. */
export function listSpecFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') || f.endsWith('.yml'))
    .sort()
    .map((f) => join(dir, f));
}

/** Workflow type name of a spec version: a valid identifier, distinct per version. */
export function workflowTypeName(specName: string, version: number): string {
  const camel = specName.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return `${camel}V${version}`;
}
