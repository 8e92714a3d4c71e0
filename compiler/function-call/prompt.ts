// The prompt for the function-call slot: the tool's schema, the kit's API (declarations taken from its source), the
// checked synthetic examples, and a compiling skeleton with one kit reader per parameter (cue words from the
// parameter's name), which the model turns into the real parser. On regeneration: the failing stage's diagnostics
// and the previous code. No test query or answer is ever part of it.
import { join } from 'node:path';
import type { ParamSchema, ToolSchema } from '../../templates/function-call/types';
import type { CodeFormat } from '../llm-client';
import { answerFormat, kitApiDeclarations, promptHashOf, type AssembledPrompt, type FeedbackDiagnostic } from '../prompt';
import type { ToolExample } from './examples';

export const FC_TEMPLATE_DIR = join(__dirname, '..', '..', 'templates', 'function-call');
export const FC_KIT_SPECIFIER = './kit';
export const FC_TYPES_SPECIFIER = './types';
export const FC_KIT_FUNCTIONS = ['numberNear', 'numberAt', 'numbers', 'textAfter', 'properNames', 'oneOf', 'has', 'listAfter', 'quoted', 'call', 'noCall', 'missing'] as const;
export const FC_MAX_LINES = 80;
export const FC_COMPLEXITY = 20;
export const PARSE_SIGNATURE = 'export function parse(query: string): ParseResult';

const RESERVED = new Set(
  'break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield await query'.split(' '),
);

/** A local variable name for a parameter (the parameter's own name unless it is reserved or not an identifier). */
export function localName(param: string): string {
  const camel = param.replace(/[^A-Za-z0-9_$]+([A-Za-z0-9])?/g, (_, c: string | undefined) => (c ?? '').toUpperCase());
  const id = /^[A-Za-z_$]/.test(camel) ? camel : `p${camel}`;
  return RESERVED.has(id) ? `${id}Arg` : id;
}

const wordsOf = (param: string): string[] => param.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);

/** Cue words for a parameter, from its name: "num_trials" → ['num trials', 'trials'] (the last word only when no other parameter ends with it). */
export function cuesOf(param: string, others: readonly string[] = []): string[] {
  const words = wordsOf(param);
  const phrase = words.join(' ');
  const last = words[words.length - 1];
  const shared = others.some((o) => o !== param && wordsOf(o).includes(last ?? ''));
  return [...new Set([phrase, ...(last && last.length > 2 && last !== phrase && !shared ? [last] : [])])];
}

function readerFor(name: string, p: ParamSchema, others: readonly string[]): string {
  const cues = JSON.stringify(cuesOf(name, others)).replace(/","/g, "', '").replace(/^\["/, "['").replace(/"\]$/, "']");
  const v = localName(name);
  switch (p.type) {
    case 'integer':
      return `const ${v} = numberNear(query, ${cues}, { integer: true });`;
    case 'float':
    case 'number':
      return `const ${v} = numberNear(query, ${cues});`;
    case 'boolean':
      return `const ${v} = has(query, ${cues}) ? true : undefined;`;
    case 'string':
      return p.enum ? `const ${v} = oneOf(query, ${JSON.stringify(p.enum.map(String)).replace(/"/g, "'")});` : `const ${v} = textAfter(query, ${cues});`;
    case 'array':
    case 'tuple':
      return p.items && ['integer', 'float', 'number'].includes(p.items.type) ? `const ${v} = numbers(query).map((n) => n.value);` : `const ${v} = listAfter(query, ${cues});`;
    default:
      return `const ${v}: ArgValue | undefined = undefined; // ${p.type}: build it from the query`;
  }
}

/** A compiling skeleton: one reader per parameter, the required ones checked, the call returned. */
export function parseSkeleton(tool: ToolSchema): string {
  const params = Object.entries(tool.parameters.properties);
  const required = (tool.parameters.required ?? []).filter((r) => r in tool.parameters.properties);
  const needsArgValue = params.some(([, p]) => !['integer', 'float', 'number', 'boolean', 'string', 'array', 'tuple'].includes(p.type));
  const field = (name: string) => (localName(name) === name ? name : `${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name)}: ${localName(name)}`);
  const used = new Set<string>(['call', 'noCall', 'missing']);
  const names = params.map(([n]) => n);
  const readers = params.map(([name, p]) => readerFor(name, p, names));
  for (const r of readers) for (const fn of FC_KIT_FUNCTIONS) if (new RegExp(`\\b${fn}\\(`).test(r)) used.add(fn);
  const imports = FC_KIT_FUNCTIONS.filter((f) => used.has(f));
  return [
    `import { ${imports.join(', ')} } from '${FC_KIT_SPECIFIER}';`,
    `import type { ${needsArgValue ? 'ArgValue, ' : ''}ParseResult } from '${FC_TYPES_SPECIFIER}';`,
    '',
    `${PARSE_SIGNATURE} {`,
    ...readers.map((r) => `  ${r}`),
    `  const absent = missing({ ${required.map(field).join(', ')} });`,
    '  if (absent.length > 0) return noCall(`the request does not give ${absent.join(\', \')}`);',
    `  return call('${tool.name}', { ${params.map(([n]) => field(n)).join(', ')} });`,
    '}',
  ].join('\n');
}

function kitApi(): string {
  return ['numbers.ts', 'text.ts', 'readers.ts']
    // Declarations only: the files' header comments are for maintainers.
    .map((f) => kitApiDeclarations(join(FC_TEMPLATE_DIR, 'kit', f), FC_KIT_FUNCTIONS).replace(/^(\/\/.*\n)+\n?/, ''))
    .filter(Boolean)
    .join('\n\n');
}

const RULES = [
  '## Rules (checked automatically; a violation rejects the file)',
  `- Keep exactly \`${PARSE_SIGNATURE}\` and the two import lines (import more kit functions from '${FC_KIT_SPECIFIER}' if you use them; nothing else may be imported).`,
  "- Only string processing: the kit functions, RegExp literals, String/Array/Math/Number methods. No I/O, no globals, no Date, no Math.random, no eval, no classes.",
  '- Pure and deterministic; never throw (return noCall(reason) when the request lacks a required argument); bounded loops, no recursion.',
  `- Strict TypeScript: no \`any\`, no \`var\`, \`===\` only, no unused variables. At most ${FC_MAX_LINES} lines and complexity ${FC_COMPLEXITY} per function.`,
  '- Argument values must have the parameter types of the schema (integer, number, string, boolean, list).',
];

/** The prompt for one attempt at the parse slot. */
export function assembleToolPrompt(
  tool: ToolSchema,
  examples: readonly ToolExample[],
  feedback?: FeedbackDiagnostic[],
  previousCode?: string,
  format: CodeFormat = 'fenced',
): AssembledPrompt {
  const system = [
    'You write one small TypeScript function, `parse(query)`, that turns a user request into a call of one tool.',
    'It runs with no model at run time: only string processing with the helper kit below. Output only the file.',
  ].join(' ');
  const shownCall = (e: ToolExample) => JSON.stringify(e.arguments);
  const user = [
    '## The tool',
    JSON.stringify(tool),
    '',
    `## The kit (import from '${FC_KIT_SPECIFIER}')`,
    '```ts',
    kitApi(),
    '```',
    '',
    '## Example requests and the arguments parse must return',
    ...examples.map((e) => `- ${JSON.stringify(e.query)} → ${shownCall(e)}`),
    '',
    '## Start from this skeleton (it compiles; improve the cue words and the value handling so every example is parsed right)',
    '```ts',
    parseSkeleton(tool),
    '```',
    '',
    ...RULES,
    ...(feedback?.length
      ? [
          '',
          '## Your previous file failed; fix these problems',
          ...feedback.slice(0, 8).map((d) => `- ${d.rule}${d.line ? ` (line ${d.line})` : ''}: ${d.message}${d.fix ? ` Fix: ${d.fix}` : ''}`),
          ...(previousCode ? ['', 'Previous file:', '```ts', previousCode, '```'] : []),
        ]
      : []),
    '',
    ...answerFormat(format),
  ].join('\n');
  return { system, user, promptHash: promptHashOf(system, user) };
}
