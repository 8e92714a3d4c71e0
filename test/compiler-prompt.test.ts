// Prompt assembly: deterministic bytes and hash, the exact slot contract, spec content, compliance blocks,
// regeneration feedback, and a clear error for unknown compliance blocks.
import { join } from 'node:path';
import { assemblePrompt, PromptBlockError, promptHashOf, knownPromptBlocks } from '../compiler/prompt';
import { canonicalJson, loadSpec, sha256, type LoadedSpec } from '../compiler/spec';
import { SECURITY_RULES } from '../compiler/stages/security';

const loaded = loadSpec(join(__dirname, '..', 'specs', 'prior-auth-glp1.yaml'));

describe('assemblePrompt', () => {
  it('is deterministic: same input, same bytes, same hash (sha256 of canonical {system,user})', () => {
    const a = assemblePrompt(loaded, 'decision');
    const b = assemblePrompt(loadSpec(join(__dirname, '..', 'specs', 'prior-auth-glp1.yaml')), 'decision');
    expect(b.system).toBe(a.system);
    expect(b.user).toBe(a.user);
    expect(b.promptHash).toBe(a.promptHash);
    expect(a.promptHash).toBe(sha256(canonicalJson({ system: a.system, user: a.user })));
    expect(a.promptHash).toBe(promptHashOf(a.system, a.user));
    expect(assemblePrompt(loaded, 'extractor').promptHash).not.toBe(a.promptHash);
  });

  it('states the exact decision contract: imports, signature, types, facts interface', () => {
    const { user } = assemblePrompt(loaded, 'decision');
    expect(user).toContain("import type { DecisionResult } from '../../../templates/bounded-decision/types';");
    expect(user).toContain("import type { PriorAuthGlp1Facts } from './facts';");
    expect(user).toContain('export function decide(facts: PriorAuthGlp1Facts): DecisionResult');
    expect(user).toContain('export interface DecisionResult {');
    expect(user).toContain("export type AutoOutcome = 'APPROVED' | 'DENIED';");
    expect(user).toContain('export interface PriorAuthGlp1Facts {');
    expect(user).toContain('  current_a1c: number | null;');
    expect(user).toContain(`workflows-generated/prior-auth-glp1/v${loaded.spec.version}/decision.ts`);
  });

  it('states the extractor contract', () => {
    const { user } = assemblePrompt(loaded, 'extractor');
    expect(user).toContain("import type { ExtractorResult } from '../../../templates/bounded-decision/types';");
    expect(user).toContain('export function extract(text: string): ExtractorResult<PriorAuthGlp1Facts>');
    // The kit-based extractor gets the kit's API, not the template's type declarations (it redeclared them).
    expect(user).not.toContain('export interface ExtractorResult<F extends Facts = Facts> {');
    expect(user).toContain('export function extractFacts<F extends Facts>(text: string, readers: Readers<F>, options?: ExtractOptions): EvidencedResult<F>;');
    expect(user).toContain('patient_chart_summary');
    expect(user).toContain('at most 20000 characters');
  });

  it('includes the spec (facts, ranges, rules in order, notes, checks), the sandbox rules and the compliance blocks', () => {
    const { system, user } = assemblePrompt(loaded, 'decision');
    for (const f of loaded.spec.facts) expect(user).toContain(`\`${f.name}\``);
    expect(user).toContain('Plausible range: > 10 and < 100');
    const ruleLines = loaded.spec.rules.map((r) => user.indexOf(`id \`${r.id}\``));
    expect(ruleLines.every((i) => i > 0)).toBe(true);
    expect([...ruleLines].sort((x, y) => x - y)).toEqual(ruleLines);
    expect(user).toContain('A missing value never meets a criterion.');
    // The template's checks are shown to the extractor (they read its `found` map), not to the decision slot.
    expect(user).not.toContain('Insufficient documentation');
    expect(assemblePrompt(loaded, 'extractor').user).toContain('Insufficient documentation');
    for (const rule of Object.keys(SECURITY_RULES)) expect(system).toContain(`- ${rule}:`);
    expect(system).toContain('Cyclomatic complexity at most 15');
    expect(assemblePrompt(loaded, 'extractor').system).toContain('Cyclomatic complexity at most 25');
    expect(user).toContain('## Compliance: HIPAA minimum necessary');
    expect(user).toContain('## Compliance: no PHI in logs');
    expect(knownPromptBlocks()).toEqual(expect.arrayContaining(['hipaa-minimum-necessary', 'no-phi-in-logs']));
  });

  it('feeds back the previous attempt: diagnostics with locations and the rejected code', () => {
    const first = assemblePrompt(loaded, 'decision');
    const again = assemblePrompt(
      loaded,
      'decision',
      [{ stage: 'syntax', rule: 'eqeqeq', message: 'use `===` instead of `==`', line: 7, column: 31 }],
      'export function decide() {}\n',
    );
    expect(again.system).toBe(first.system);
    expect(again.user.startsWith(first.user.trimEnd())).toBe(true);
    expect(again.user).toContain('## Your previous attempt was rejected');
    expect(again.user).toContain('- [syntax/eqeqeq] line 7, column 31: use `===` instead of `==`');
    expect(again.user).toContain('export function decide() {}');
    expect(again.promptHash).not.toBe(first.promptHash);
  });

  it('rejects an unknown compliance block with the known ones and the fix', () => {
    const bad: LoadedSpec = { ...loaded, spec: { ...loaded.spec, compliance: ['hipaa-minimum-necessary', 'sox-404'] } };
    expect(() => assemblePrompt(bad, 'decision')).toThrow(PromptBlockError);
    expect(() => assemblePrompt(bad, 'decision')).toThrow(/unknown compliance block "sox-404".*hipaa-minimum-necessary.*compiler\/prompt-blocks\/sox-404\.md/);
    const traversal: LoadedSpec = { ...loaded, spec: { ...loaded.spec, compliance: ['../spec'] } };
    expect(() => assemblePrompt(traversal, 'decision')).toThrow(PromptBlockError);
  });
});
