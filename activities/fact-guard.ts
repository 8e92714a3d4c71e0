// The fact guard: a fact value may only come from clinical statements. A text holding a sentence that
// instructs a reader or an automated system, dictates a value or the outcome, or addresses a model goes to
// human review with a finding per sentence, for every spec, without its extractor doing anything.
import { findDirectives, type DirectiveFamily } from '../templates/bounded-decision/kit/directives';
import { unreadableSpans } from './unreadable-text';
import type { ArtifactInfo, ExtractionOutcome, Facts, GateFinding } from '../contract/bounded-decision';

type GuardFamily = DirectiveFamily | 'unreadable-text';
/** All the guard needs of an artifact: its fact names (a dictated value may name one). */
type FactNames = { facts: ReadonlyArray<Pick<ArtifactInfo['facts'][number], 'name'>> };

const DESCRIPTIONS: Record<GuardFamily, string> = {
  'override-instructions': 'a sentence tells the reader to ignore or replace its instructions',
  'dictated-value': 'a sentence dictates a fact value instead of stating a clinical finding',
  'dictated-outcome': 'a sentence dictates the outcome of the review',
  'addressed-to-machine': 'a sentence addresses an AI model, agent or automated system',
  'prompt-leak': 'a sentence asks the reader to reveal its instructions',
  'control-block': 'the text holds a system / override block or an encoded payload',
  'obfuscated-text': 'the text hides words with look-alike letters, fullwidth letters, invisible characters, letter spacing or dotted letters',
  'foreign-language': 'a sentence is in a language the compiled extractor does not read',
  'unreadable-text': 'a sentence is not readable English (another language or a cipher): the compiled extractor cannot read it',
  'record-correction': 'a sentence corrects, voids or retracts what the record documents, or was filled in automatically: a person confirms it before a fact is taken from it',
};

/** Findings name the family and the span only: never the text (PHI) itself. */
export function factGuardFindings(info: FactNames, text: string): GateFinding[] {
  const targets = info.facts.map((f) => f.name);
  const directives = findDirectives(text, { targets });
  // Round 20: a sentence that is not English (by word list, not by a list of languages or ciphers), unless a directive family already holds it.
  const unreadable = unreadableSpans(text).filter(([a, b]) => !directives.some((d) => d.span[0] < b && a < d.span[1]));
  return [...directives.map((d) => ({ family: d.family as GuardFamily, span: d.span })), ...unreadable.map((span) => ({ family: 'unreadable-text' as GuardFamily, span }))]
    .sort((x, y) => x.span[0] - y.span[0])
    .map((d) => ({ rule: `fact-guard/${d.family}`, message: DESCRIPTIONS[d.family], span: d.span }));
}

/** An unsettled extraction outcome when the text holds a directive, else undefined. */
export type GuardedOutcome = Extract<ExtractionOutcome<Facts>, { settled: false }> & { findings: GateFinding[] };

export function guardFacts(info: FactNames, text: string): GuardedOutcome | undefined {
  const findings = factGuardFindings(info, text);
  if (!findings.length) return undefined;
  const families = [...new Set(findings.map((f) => f.rule.slice('fact-guard/'.length)))];
  return {
    settled: false,
    path: 'compiled',
    reasons: [`Instruction in the text (${families.join(', ')}): facts are not taken from it and the case is not decided automatically`],
    findings,
  };
}
