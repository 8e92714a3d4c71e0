// Function-call specs: one tool (name, description, JSON-schema parameters) per spec version. YAML in specs/tools/,
// or built in memory from a BFCL function doc by the benchmark. Errors name the file, the path and the fix.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import type { ToolSchema } from '../../contract/function-call';
import { canonicalJson, sha256, SpecError } from '../spec';

const PARAM_TYPES = ['string', 'integer', 'number', 'float', 'boolean', 'array', 'object', 'dict', 'tuple', 'any'] as const;

type ParamInput = { type: (typeof PARAM_TYPES)[number]; description?: string; enum?: (string | number)[]; items?: ParamInput; properties?: Record<string, ParamInput>; default?: unknown };
const ParamSchema: z.ZodType<ParamInput> = z.lazy(() =>
  z
    .object({
      type: z.enum(PARAM_TYPES),
      description: z.string().optional(),
      enum: z.array(z.union([z.string(), z.number()])).optional(),
      items: ParamSchema.optional(),
      properties: z.record(z.string(), ParamSchema).optional(),
      default: z.unknown().optional(),
    })
    .passthrough(),
) as z.ZodType<ParamInput>;

export const ToolSchemaSchema = z
  .object({
    name: z.string().regex(/^[A-Za-z_][A-Za-z0-9_.]*$/, 'a function name: letters, digits, underscores and dots'),
    description: z.string().min(1, 'describe what the tool does: the model writes the parser from it'),
    parameters: z.object({
      type: z.enum(['object', 'dict']),
      properties: z.record(z.string(), ParamSchema),
      required: z.array(z.string()).optional(),
    }),
  })
  .superRefine((tool, ctx) => {
    (tool.parameters.required ?? []).forEach((name, i) => {
      if (!(name in tool.parameters.properties))
        ctx.addIssue({ code: 'custom', path: ['parameters', 'required', i], message: `"${name}" is required but not declared under parameters.properties` });
    });
  });

export const ToolSpecSchema = z
  .object({
    name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'use kebab-case spec names, e.g. triangle-area'),
    version: z.number().int().positive(),
    title: z.string().min(1),
    template: z.literal('function-call'),
    tool: ToolSchemaSchema,
    /** What a no-call does: a direct model call (when the worker has a model), or a reviewer. */
    fallback: z.enum(['model', 'review']).default('review'),
    review: z.object({ slaHours: z.number().positive().default(24) }).strict().default({ slaHours: 24 }),
    /** Synthetic examples the compiler has the model write and then checks (the accuracy stage's goldens). */
    examples: z.object({ count: z.number().int().min(2).max(12).default(6), threshold: z.number().min(0).max(1).default(0.8) }).strict().default({ count: 6, threshold: 0.8 }),
  })
  .strict();

export type ToolSpec = z.infer<typeof ToolSpecSchema>;

export interface LoadedToolSpec {
  spec: ToolSpec;
  file: string;
  /** sha256 over the canonical spec: changes only when what the compiler consumes changes. */
  specHash: string;
}

function issues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(top level)'}: ${i.message}`);
}

/** A validated tool spec from parsed data (`file` is used in messages only). */
export function toolSpecFrom(raw: unknown, file: string): LoadedToolSpec {
  const parsed = ToolSpecSchema.safeParse(raw);
  if (!parsed.success) throw new SpecError(file, [...issues(parsed.error), 'specs/tools/triangle-area.yaml is a complete example']);
  return { spec: parsed.data, file, specHash: sha256(canonicalJson(parsed.data)) };
}

export function parseToolSpec(text: string, file: string): LoadedToolSpec {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const where = e instanceof YAMLParseError && e.linePos ? ` at line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '';
    throw new SpecError(file, [`not valid YAML${where}: ${(e as Error).message.split('\n')[0]}; fix the syntax there`]);
  }
  return toolSpecFrom(raw, file);
}

export function loadToolSpec(path: string): LoadedToolSpec {
  const file = resolve(path);
  if (!existsSync(file)) throw new SpecError(path, ['file not found; pass a path under specs/tools/, e.g. specs/tools/triangle-area.yaml']);
  return { ...parseToolSpec(readFileSync(file, 'utf8'), path), file };
}

/** Whether a YAML spec text declares the function-call template (the compile command dispatches on it). */
export function isToolSpecText(text: string): boolean {
  return /^template:\s*['"]?function-call['"]?\s*$/m.test(text);
}

export function toolOf(spec: ToolSpec): ToolSchema {
  return spec.tool as ToolSchema;
}
