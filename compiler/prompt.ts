// Prompt assembly for one slot of the bounded-decision template: the exact TypeScript contract, the
// sandbox rules, the spec, the spec's compliance blocks and (on regeneration) the previous attempt's
// diagnostics. Pure and deterministic: same inputs → same bytes → same promptHash.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { factsTypeName, renderFactsTs } from './package';
import { canonicalJson, sha256, type LoadedSpec, type Spec } from './spec';
import type { CodeFormat } from './llm-client';
import type { Diagnostic } from './stages/diagnostics';
import { KIT_SPECIFIER } from './stages/kit';
import { COMPLEXITY_LIMITS, MAX_LINES } from './stages/limits';
import { SECURITY_RULES } from './stages/security';

export type Slot = 'decision' | 'extractor';
export { SLOTS } from './compile-loop';

/** A problem reported for an attempt: a stage diagnostic, or a generation problem (refusal, bad JSON). */
export interface FeedbackDiagnostic extends Omit<Diagnostic, 'stage'> {
  stage: Diagnostic['stage'] | 'generation';
}

export interface AssembledPrompt {
  system: string;
  user: string;
  /** sha256 of the canonical {system, user}. */
  promptHash: string;
}

export const PROMPT_BLOCKS_DIR = join(__dirname, 'prompt-blocks');
/** The module slot code imports its types from (a re-export of the contract, CONTRACT_TYPES_FILE). */
export const TEMPLATE_TYPES_FILE = join(__dirname, '..', 'templates', 'bounded-decision', 'types.ts');
/** Where the template's types are declared: the declarations prompts quote, verbatim. */
export const CONTRACT_TYPES_FILE = join(__dirname, '..', 'contract', 'bounded-decision.ts');
export const TYPES_IMPORT = '../../../templates/bounded-decision/types';
export const KIT_IMPORT = KIT_SPECIFIER;
export const KIT_READERS_FILE = join(__dirname, '..', 'templates', 'bounded-decision', 'kit', 'readers.ts');
/** The kit functions an extractor slot imports. */
export const KIT_FUNCTIONS = ['extractFacts', 'flag', 'number', 'bmi', 'event', 'recent'] as const;

/** A compliance block named in the spec has no file under compiler/prompt-blocks/. */
export class PromptBlockError extends Error {
  constructor(
    readonly block: string,
    readonly known: string[],
  ) {
    super(
      `unknown compliance block "${block}" in the spec's compliance list; known blocks: ${known.join(', ') || '(none)'} ` +
        `(add compiler/prompt-blocks/${block}.md or fix the name)`,
    );
    this.name = 'PromptBlockError';
  }
}

export function knownPromptBlocks(dir = PROMPT_BLOCKS_DIR): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** Text of a compliance block; throws PromptBlockError for an unknown name. */
export function loadPromptBlock(name: string, dir = PROMPT_BLOCKS_DIR): string {
  const known = knownPromptBlocks(dir);
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name) || !known.includes(name)) throw new PromptBlockError(name, known);
  return readFileSync(join(dir, `${name}.md`), 'utf8').replace(/\r\n/g, '\n').trim();
}

/** The export a slot must provide. */
export function slotExport(slot: Slot): 'decide' | 'extract' {
  return slot === 'decision' ? 'decide' : 'extract';
}

/** Repo-relative path of a slot's file in the artifact folder. */
export function slotFilePath(spec: Spec, slot: Slot): string {
  return `workflows-generated/${spec.name}/v${spec.version}/${slot}.ts`;
}

/** The exact import lines and signature a slot file must use. */
export function slotSignature(spec: Spec, slot: Slot): { imports: string[]; signature: string } {
  const factsType = factsTypeName(spec);
  if (slot === 'decision')
    return {
      imports: [`import type { DecisionResult } from '${TYPES_IMPORT}';`, `import type { ${factsType} } from './facts';`],
      signature: `export function decide(facts: ${factsType}): DecisionResult`,
    };
  return {
    imports: [
      `import type { ExtractorResult } from '${TYPES_IMPORT}';`,
      `import { ${KIT_FUNCTIONS.join(', ')} } from '${KIT_IMPORT}';`,
      `import type { ${factsType} } from './facts';`,
    ],
    signature: `export function extract(text: string): ExtractorResult<${factsType}>`,
  };
}

/**
 * The kit's reader API for the prompt: exported interfaces verbatim and exported functions as declarations
 * (doc comment + signature, no body), taken from the source so the prompt never drifts from the code.
 */
export function kitApiDeclarations(file = KIT_READERS_FILE, names: readonly string[] = KIT_FUNCTIONS): string {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const out: string[] = [];
  for (const stmt of source.statements) {
    const exported = ts.canHaveModifiers(stmt) && (ts.getModifiers(stmt) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (!exported) continue;
    const full = text.slice(stmt.getFullStart(), stmt.getEnd()).replace(/^\s*\n/, '');
    if (ts.isInterfaceDeclaration(stmt)) out.push(full.trimEnd());
    else if (ts.isFunctionDeclaration(stmt) && stmt.body && stmt.name && names.includes(stmt.name.text))
      out.push(`${text.slice(stmt.getFullStart(), stmt.body.getStart()).replace(/^\s*\n/, '').trimEnd()};`);
  }
  return out.join('\n\n');
}

/**
 * A skeleton of the decision slot: one `if` per rule, in order, with the rule's outcome, id and reason already
 * written; the model writes each condition (null-safe TypeScript for the rule's `when`).
 */
export function decisionSkeleton(spec: Spec): string {
  const factsType = factsTypeName(spec);
  const ret = (r: Spec['rules'][number]) => `return { outcome: '${r.outcome}', ruleId: '${r.id}', reason: ${JSON.stringify(r.reason)} };`;
  const lines = spec.rules.flatMap((r) =>
    r.when.trim() === 'otherwise' ? [`  ${ret(r)}`] : [`  // ${r.id}: when ${r.when}`, `  if (/* ${r.when} */) {`, `    ${ret(r)}`, '  }'],
  );
  return [`export function decide(facts: ${factsType}): DecisionResult {`, ...lines, '}'].join('\n');
}

/** A worked example for another, made-up spec: how a complete extractor slot reads. */
export const EXTRACTOR_EXAMPLE = [
  '// Example for a different spec (knee MRI): facts has_knee_pain, pain_score, physio_failed, recent_xray.',
  'export function extract(text: string): ExtractorResult<KneeMriFacts> {',
  '  return extractFacts<KneeMriFacts>(text, {',
  "    has_knee_pain: flag({ terms: ['knee pain', 'painful knee', 'gonalgia', 'knee arthralgia'], exclude: ['hip pain', 'knee pain resolved'] }),",
  "    pain_score: number({ labels: ['pain score', 'vas', 'nrs', 'pain'], min: 0, max: 10 }),",
  "    physio_failed: event({ subjects: ['physical therapy', 'physiotherapy', 'pt', 'nsaids', 'ibuprofen'], outcomes: ['failed', 'no relief', 'did not help', 'not tolerated', 'without improvement'], contrary: ['declined', 'helped'] }),",
  "    recent_xray: recent({ terms: ['x-ray', 'xray', 'radiograph', 'radiographs'], withinMonths: 6 }),",
  '  });',
  '}',
].join('\n');

/** The phrase a fact's name suggests (a starting point the model extends with synonyms). */
function namePhrase(name: string): string {
  return name
    .replace(/^(?:has|is|had|current)_/, '')
    .replace(/_(?:within|in)_\d+\w*$/, '')
    .replace(/_/g, ' ')
    .trim();
}

/**
 * A skeleton of the extractor slot that already compiles: one reader per fact, guessed from the fact's type and
 * name, with the name as its only phrase. The model replaces the guesses and writes every synonym.
 */
export function extractorSkeleton(spec: Spec): string {
  const factsType = factsTypeName(spec);
  const lines = spec.facts.map((f) => {
    const phrase = JSON.stringify(namePhrase(f.name));
    let reader: string;
    if (f.type !== 'boolean') reader = /bmi|body.?mass/i.test(f.name) ? 'bmi()' : `number({ labels: [${phrase}] })`;
    else if (/within|recent|_\d+mo/.test(f.name)) reader = `recent({ terms: [${phrase}], withinMonths: 12 })`;
    else if (/fail|tried|trial/.test(f.name)) reader = `event({ subjects: [${phrase}], outcomes: ['failed'] })`;
    else reader = `flag({ terms: [${phrase}] })`;
    return `    ${f.name}: ${reader},`;
  });
  return [`export function extract(text: string): ExtractorResult<${factsType}> {`, `  return extractFacts<${factsType}>(text, {`, ...lines, '  });', '}'].join('\n');
}

/**
 * Declarations (with their doc comments) of named types of the template, verbatim from the contract
 * (contract/bounded-decision.ts; templates/bounded-decision/types.ts re-exports them).
 */
export function templateTypeDeclarations(names: string[], file = CONTRACT_TYPES_FILE): string {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
  const byName = new Map<string, string>();
  for (const stmt of source.statements)
    if ((ts.isInterfaceDeclaration(stmt) || ts.isTypeAliasDeclaration(stmt)) && names.includes(stmt.name.text))
      byName.set(stmt.name.text, text.slice(stmt.getFullStart(), stmt.getEnd()).replace(/^\s*\n/, '').trimEnd());
  return names
    .map((n) => {
      const decl = byName.get(n);
      if (!decl) throw new Error(`contract/bounded-decision.ts no longer declares ${n}; update compiler/prompt.ts`);
      return decl;
    })
    .join('\n\n');
}

/** What the security, syntax and execution stages enforce, stated for the model. */
export function sandboxRules(slot: Slot): string {
  const limit = COMPLEXITY_LIMITS[slot];
  return [
    '## Rules of the sandbox (violations are rejected automatically)',
    '',
    'Security (static analysis of your source; each line is a rule id and what it forbids):',
    ...Object.keys(SECURITY_RULES)
      .sort()
      .map((rule) => `- ${rule}: ${SECURITY_RULES[rule]}`),
    slot === 'extractor'
      ? '- Only the import lines given above may be imported (the kit is the only runtime import). Use only pure built-ins (Math, JSON, Number, String, Array, Object.keys/values/entries, Map, Set, RegExp literals, ...).'
      : '- Only the two `import type` lines given above may be imported. Use only pure built-ins (Math, JSON, Number, String, Array, Object.keys/values/entries, Map, Set, RegExp literals, ...).',
    '- Loops must be bounded: `for (let i = 0; i < n; i++)`, `for...of` over an array, or array methods. No recursion.',
    '- Module-level bindings must be `const` (literal tables, RegExp literals); no module-level statements with side effects.',
    '',
    'Syntax and style (TypeScript strict typecheck plus lint):',
    '- The file must typecheck under `strict` with only the ES2022 standard library: there are no Node.js or DOM types.',
    `- Export exactly the required function with exactly the given signature, as \`export function ${slotExport(slot)}(...)\`.`,
    '- No `any`, no `var`, no unused locals or parameters, `===`/`!==` only (never `==`/`!=`).',
    `- Cyclomatic complexity at most ${limit} per function (split work into small helper functions); at most ${MAX_LINES[slot]} lines of code per file.`,
    '',
    'Execution (the code is run in an isolated VM with a small heap and a time limit):',
    '- Total: return a valid result for every input of the declared type (including nulls, boundary values, empty and very long strings); never throw.',
    '- Pure and deterministic: the same input always gives the same output; no state survives between calls.',
    '- Fast: each call must finish well within 1 second, even for a text of the maximum length; avoid regular expressions with catastrophic backtracking.',
  ].join('\n');
}

function describeFact(f: Spec['facts'][number]): string {
  const type = f.nullable ? `${f.type} | null` : f.type;
  const parts = [`- \`${f.name}\`: \`${type}\`${f.unit ? ` (unit: ${f.unit})` : ''} — ${f.description.replace(/\s+/g, ' ').trim()}`];
  if (f.range) {
    const bounds = [
      f.range.exclusiveMin !== undefined ? `> ${f.range.exclusiveMin}` : undefined,
      f.range.exclusiveMax !== undefined ? `< ${f.range.exclusiveMax}` : undefined,
    ].filter(Boolean);
    parts.push(`  Plausible range: ${bounds.join(' and ')} (values outside are sent to human review by the template: "${f.range.reason}").`);
  }
  return parts.join('\n');
}

function specSection(loaded: LoadedSpec, slot: Slot): string {
  const { spec } = loaded;
  const lines = [
    `## The spec: ${spec.name} v${spec.version} — ${spec.title}`,
    '',
    spec.description.trim(),
    '',
    `Input field \`${spec.input.field}\`: ${spec.input.description.trim()} (at most ${spec.input.maxLength} characters).`,
    '',
    '### Facts',
    ...spec.facts.map(describeFact),
    '',
    '### Decision rules (evaluated in order; the first rule that matches decides)',
    ...spec.rules.map((r, i) => `${i + 1}. id \`${r.id}\`: when \`${r.when}\` → ${r.outcome}, reason "${r.reason}"`),
  ];
  if (spec.notes.length) lines.push('', '### Notes', ...spec.notes.map((n) => `- ${n.trim()}`));
  // Only the extractor needs the checks (they read its `found` map); shown to the decision slot, a small model
  // implements them as an extra rule with an invented id.
  if (slot === 'extractor' && spec.checks.requireAnyFound.length)
    lines.push(
      '',
      '### Checks done by the template before deciding (not your job, for context)',
      ...spec.checks.requireAnyFound.map((c) => `- at least one of ${c.facts.map((f) => `\`${f}\``).join(', ')} must be found, else: "${c.reason}"`),
      '- number facts outside their plausible range go to human review.',
    );
  if (slot === 'decision')
    lines.push(
      '',
      '### What `decide` must do',
      '- Implement the decision rules exactly, in order. Return `{ outcome, ruleId, reason }` with the `outcome`, `id` and `reason` of the first matching rule.',
      '- `ruleId` must be one of: ' + spec.rules.map((r) => `\`${r.id}\``).join(', ') + '.',
      '- A null or missing value never satisfies a condition. Treat every fact defensively (check `typeof` before comparing numbers).',
    );
  else
    lines.push(
      '',
      '### What `extract` must do',
      '- Read the free text and return `{ facts, found, uncertain }`.',
      '- `facts` has exactly the declared facts (no other keys): unknown numbers are `null`, unknown booleans `false`.',
      '- `found[fact]` is `true` when the text explicitly addresses the fact (a negated mention counts as found), else `false`; it has a key for every declared fact.',
      '- `uncertain` lists short reasons (naming the fact, never quoting the text) when a fact cannot be settled with confidence (e.g. conflicting values, hedged statements); an empty array means the facts are reliable.',
      '- Handle negation ("no", "denies", "ruled out", "negative for"), abbreviations and synonyms listed in the fact descriptions, units and number formats.',
    );
  return lines.join('\n');
}

/** The facts interface of facts.ts without its zod schema (the schema is the template's, not the slot's). */
export function factsTypeOnly(spec: Spec): string {
  const full = renderFactsTs(spec);
  const start = full.indexOf('export interface');
  const end = full.indexOf('export const factsSchema');
  return full.slice(start === -1 ? 0 : start, end === -1 ? undefined : end).trimEnd();
}

/** Many security / syntax problems: the file lost the required shape, and showing it again anchors a small model on it. */
export function isStructuralFailure(feedback: FeedbackDiagnostic[]): boolean {
  return feedback.length > 3 && feedback.every((d) => d.stage === 'security' || d.stage === 'syntax');
}

function feedbackSection(feedback: FeedbackDiagnostic[], previousCode?: string): string {
  const structural = isStructuralFailure(feedback);
  const lines = [
    '## Your previous attempt was rejected',
    '',
    structural
      ? 'Your file was far from the required shape. Start again from the skeleton above, keep exactly the given imports, and return the complete file.'
      : 'Fix every problem below and return the complete corrected file (not a diff).',
    '',
    ...feedback.map((d) => `- [${d.stage}/${d.rule}]${d.line > 0 ? ` line ${d.line}, column ${d.column}:` : ''} ${d.message.replace(/\s+/g, ' ').trim()}`),
  ];
  if (previousCode !== undefined && !structural) lines.push('', 'The rejected code:', '', '```ts', previousCode.replace(/\s+$/, ''), '```');
  return lines.join('\n');
}

/**
 * Assemble the prompt for one slot. `feedback` (and optionally the rejected `previousCode`) turns it into a
 * regeneration prompt. Throws PromptBlockError for an unknown compliance block.
 */
function kitSection(spec: Spec): string[] {
  return [
    '',
    `## The extraction kit (\`${KIT_IMPORT}\`)`,
    '',
    'Compose the extractor from the kit: one reader per fact. Readers match plain lower-case phrases (write every synonym and',
    'abbreviation from the fact description), handle negation, family history, hedges, plans, numbers with units and dates, and',
    'never read a value from a sentence that instructs a reader. Write no regular expressions and no helper functions.',
    '',
    '```ts',
    kitApiDeclarations(),
    '```',
    '',
    '```ts',
    EXTRACTOR_EXAMPLE,
    '```',
    '',
    'Your file starts from this skeleton. Replace each guessed reader with the right one and write ALL the phrases from the fact',
    'description (synonyms, abbreviations, codes) in `terms` / `labels` / `subjects` / `outcomes`, and what must not count in',
    '`exclude` / `contrary` / `unsure`; set `min` / `max` for numbers and `withinMonths` for recent events:',
    '',
    '```ts',
    extractorSkeleton(spec),
    '```',
  ];
}

/** Golden examples shown in the prompt (the first few of the spec's goldens for the slot). */
export const PROMPT_EXAMPLES = 4;

function examplesSection(loaded: LoadedSpec, slot: Slot): string[] {
  if (slot === 'decision') {
    const rows = loaded.decisions.slice(0, PROMPT_EXAMPLES);
    if (!rows.length) return [];
    return ['', '## Examples (from the golden cases)', '', ...rows.map((g) => `- decide(${JSON.stringify(g.facts)}) → ${g.expected}${g.ruleId ? ` (${g.ruleId})` : ''}`)];
  }
  const rows = loaded.extraction.slice(0, PROMPT_EXAMPLES);
  if (!rows.length) return [];
  const shown = (t: string) => JSON.stringify(t.length > 220 ? `${t.slice(0, 220)}…` : t);
  return ['', '## Examples (from the golden cases)', '', ...rows.map((g) => `- ${shown(g.text)} → ${JSON.stringify(g.facts)}`)];
}

/** How the model is told to hand back the file. */
export function answerFormat(format: CodeFormat): string[] {
  return format === 'fenced'
    ? ['Answer with the complete TypeScript file in ONE Markdown code block (```ts ... ```), then at most two sentences saying', 'how the code maps to the spec. Close every brace.']
    : ['Answer with a JSON object {"code": string, "rationale": string}: `code` is the complete content of the TypeScript file', '(no Markdown fences), `rationale` explains in a few sentences how the code maps to the spec.'];
}

export function assemblePrompt(
  loaded: LoadedSpec,
  slot: Slot,
  feedback?: FeedbackDiagnostic[],
  previousCode?: string,
  format: CodeFormat = 'fenced',
): AssembledPrompt {
  const { spec } = loaded;
  const blocks = spec.compliance.map((name) => loadPromptBlock(name));
  const { imports, signature } = slotSignature(spec, slot);
  const typeNames = slot === 'decision' ? ['AutoOutcome', 'DecisionResult'] : ['FactValue', 'Facts', 'ExtractorResult'];

  const system = [
    'You are a compiler back end. You write one small, pure TypeScript module that implements a business rule spec exactly.',
    'Your code is compiled once, checked automatically (security, typecheck, execution, accuracy against golden cases) and then',
    'run unchanged in production for every case; no model is involved at run time. Correctness, totality and determinism matter',
    'more than brevity. Do not add features, logging or comments that quote data.',
    '',
    ...answerFormat(format),
    '',
    sandboxRules(slot),
  ].join('\n');

  const userParts = [
    `# Task: write \`${slotFilePath(spec, slot)}\``,
    '',
    slot === 'extractor' ? 'The file must start with exactly these imports (the kit is the only module a slot may import at run time):' : 'The file must start with exactly these imports (type-only; they are erased at run time):',
    '',
    '```ts',
    ...imports,
    '```',
    '',
    'and export:',
    '',
    '```ts',
    `${signature} { ... }`,
    '```',
    '',
    // The extractor composes kit readers and never touches these types itself; shown to it, a small model
    // redeclared them in its file.
    ...(slot === 'decision'
      ? [`## Types from \`templates/bounded-decision/types.ts\``, '', '```ts', templateTypeDeclarations(typeNames), '```', '']
      : ['Never declare types or interfaces of your own: import them as shown.', '']),
    `## The facts type (exported by \`./facts.ts\`, generated from the spec next to your file; import it as shown, never redefine it)`,
    '',
    '```ts',
    factsTypeOnly(spec),
    '```',
    '',
    specSection(loaded, slot),
    ...(slot === 'extractor'
      ? kitSection(spec)
      : [
          '',
          'Fill in this skeleton: replace each `/* ... */` with the TypeScript condition for that rule (`AND` is `&&`, `OR` is `||`,',
          '`NOT` is `!`; a nullable number must be checked, e.g. `typeof facts.bmi === \'number\' && facts.bmi >= 30`). Keep the returns as written.',
          '',
          '```ts',
          decisionSkeleton(spec),
          '```',
        ]),
    ...examplesSection(loaded, slot),
  ];
  if (blocks.length) userParts.push('', ...blocks.flatMap((b, i) => (i ? ['', b] : [b])));
  if (feedback && feedback.length) userParts.push('', feedbackSection(feedback, previousCode));
  const user = `${userParts.join('\n')}\n`;
  return { system, user, promptHash: promptHashOf(system, user) };
}

export function promptHashOf(system: string, user: string): string {
  return sha256(canonicalJson({ system, user }));
}
