// The prompt for the function-call slot: the tool's schema, the kit's API (declarations taken from its source), the
// checked synthetic examples, and a compiling skeleton with one kit reader per parameter (cue words from the
// parameter's name), which the model turns into the real parser. On regeneration: the failing stage's diagnostics
// and the previous code. No test query or answer is ever part of it.
import { join } from 'node:path';
import type { ParamSchema, ToolSchema } from '../../contract/function-call';
import type { CodeFormat } from '../llm-client';
import { answerFormat, kitApiDeclarations, promptHashOf, type AssembledPrompt, type FeedbackDiagnostic } from '../prompt';
import { numbers, STOP_WORDS } from '../../templates/function-call/kit';
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

const ARTICLE = new Set(['the', 'a', 'an', 'my', 'its', 'their', 'his', 'her', 'our', 'this', 'that']);
const STOP = new Set([...STOP_WORDS, ...ARTICLE]);
const wordList = (text: string): string[] => text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];

/** Where a value sits in a request: [start, end) of its text, or undefined. */
function locate(query: string, value: unknown): [number, number] | undefined {
  if (typeof value === 'number') {
    const hit = numbers(query).find((h) => h.value === value);
    return hit ? [hit.start, hit.end] : undefined;
  }
  if (typeof value === 'string' && value.trim()) {
    const i = query.toLowerCase().indexOf(value.toLowerCase());
    return i >= 0 ? [i, i + value.length] : undefined;
  }
  return undefined;
}

/**
 * Cue words mined from the checked examples: for each parameter, the words written right before its value (a
 * content word with the stop words after it, e.g. "base of"; for text values the word right before, e.g. "from")
 * and, for numbers, the word right after ("60 heads"). A cue two parameters share is dropped (ambiguous).
 */
export function minedCues(tool: ToolSchema, examples: readonly ToolExample[]): Record<string, string[]> {
  const counts: Record<string, Map<string, number>> = {};
  for (const e of examples)
    for (const [name, value] of Object.entries(e.arguments)) {
      const at = locate(e.query, value);
      if (!at) continue;
      const before = wordList(e.query.slice(0, at[0])).slice(-3);
      const after = wordList(e.query.slice(at[1])).slice(0, 1);
      const found: string[] = [];
      if (typeof value === 'string') {
        // A text right after a number ("10 units") has no cue word before it.
        const afterNumber = /\d[\d,.]*\s*$/.test(e.query.slice(0, at[0]));
        const w = [...before].reverse().find((x) => !ARTICLE.has(x));
        if (w && !afterNumber) found.push(w);
      } else {
        let k = before.length - 1;
        while (k >= 0 && STOP.has(before[k]!)) k--;
        // A name before the number ("Boston within 10") is this example's, not a cue.
        const named = k >= 0 && new RegExp(`\\b${before[k]![0]!.toUpperCase()}${before[k]!.slice(1)}\\b`).test(e.query) && !new RegExp(`\\b${before[k]}\\b`).test(e.query);
        if (k >= 0 && !named) found.push(before.slice(k).join(' '));
        // The word after a number is a cue only when nothing before it is ("60 heads"); units are not cues.
        else if (after[0] && !STOP.has(after[0])) found.push(after[0]);
      }
      const m = (counts[name] ??= new Map());
      for (const c of found) m.set(c, (m.get(c) ?? 0) + 1);
    }
  const owners = new Map<string, Set<string>>();
  for (const [name, m] of Object.entries(counts)) for (const c of m.keys()) (owners.get(c) ?? owners.set(c, new Set()).get(c)!).add(name);
  const out: Record<string, string[]> = {};
  for (const name of Object.keys(tool.parameters.properties)) {
    const m = counts[name];
    if (!m) continue;
    const cues = [...m.entries()].filter(([c]) => owners.get(c)!.size === 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([c]) => c);
    if (cues.length) out[name] = cues;
  }
  return out;
}

function readerFor(name: string, p: ParamSchema, others: readonly string[], mined?: readonly string[], position = 0): string {
  const cues = JSON.stringify([...new Set([...(mined ?? []), ...cuesOf(name, others)])]).replace(/","/g, "', '").replace(/^\["/, "['").replace(/"\]$/, "']");
  const v = localName(name);
  switch (p.type) {
    // A number no cue word places falls back to its position among the numeric parameters.
    case 'integer':
      return `const ${v} = numberNear(query, ${cues}, { integer: true }) ?? numberAt(query, ${position}, { integer: true });`;
    case 'float':
    case 'number':
      return `const ${v} = numberNear(query, ${cues}) ?? numberAt(query, ${position});`;
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

/**
 * A compiling skeleton: one reader per parameter (cue words mined from the examples, then the parameter's name),
 * the required ones checked, the call returned.
 */
export function parseSkeleton(tool: ToolSchema, examples: readonly ToolExample[] = []): string {
  const mined = minedCues(tool, examples);
  const params = Object.entries(tool.parameters.properties);
  const required = (tool.parameters.required ?? []).filter((r) => r in tool.parameters.properties);
  const needsArgValue = params.some(([, p]) => !['integer', 'float', 'number', 'boolean', 'string', 'array', 'tuple'].includes(p.type));
  const field = (name: string) => (localName(name) === name ? name : `${/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name)}: ${localName(name)}`);
  const used = new Set<string>(['call', 'noCall', 'missing']);
  const names = params.map(([n]) => n);
  const numeric = params.filter(([, p]) => ['integer', 'float', 'number'].includes(p.type)).map(([n]) => n);
  const readers = params.map(([name, p]) => readerFor(name, p, names, mined[name], numeric.indexOf(name)));
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
    '## Start from this skeleton (it compiles; its cue words come from the examples and the parameter names).',
    'Improve it so every example above is parsed right: better cue words, converting values (words to allowed values,',
    'units, percentages), and noCall when a required argument is not in the request.',
    '```ts',
    parseSkeleton(tool, examples),
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
