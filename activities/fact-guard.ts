// The fact guard: a fact value may only come from clinical statements. A text holding a sentence that
// instructs a reader or an automated system, dictates a value or the outcome, or addresses a model goes to
// human review with a finding per sentence, for every spec, without its extractor doing anything.
import { findDirectives, type DirectiveFamily } from '../templates/bounded-decision/kit/directives';
import type { ArtifactInfo, ExtractionOutcome, Facts, GateFinding } from '../contract/bounded-decision';

const DESCRIPTIONS: Record<DirectiveFamily, string> = {
  'override-instructions': 'a sentence tells the reader to ignore or replace its instructions',
  'dictated-value': 'a sentence dictates a fact value instead of stating a clinical finding',
  'dictated-outcome': 'a sentence dictates the outcome of the review',
  'addressed-to-machine': 'a sentence addresses an AI model, agent or automated system',
  'prompt-leak': 'a sentence asks the reader to reveal its instructions',
  'control-block': 'the text holds a system / override block or an encoded payload',
  'obfuscated-text': 'the text hides words with look-alike letters, fullwidth letters, invisible characters, letter spacing or dotted letters',
  'foreign-language': 'a sentence is in a language the compiled extractor does not read',
  'record-correction': 'a sentence corrects, voids or retracts what the record documents, or was filled in automatically: a person confirms it before a fact is taken from it',
};

/** Findings name the family and the span only: never the text (PHI) itself. */
export function factGuardFindings(info: Pick<ArtifactInfo, 'facts'>, text: string): GateFinding[] {
  const targets = info.facts.map((f) => f.name);
  return findDirectives(text, { targets }).map((d) => ({ rule: `fact-guard/${d.family}`, message: DESCRIPTIONS[d.family], span: d.span }));
}

/** An unsettled extraction outcome when the text holds a directive, else undefined. */
export type GuardedOutcome = Extract<ExtractionOutcome<Facts>, { settled: false }> & { findings: GateFinding[] };

export function guardFacts(info: Pick<ArtifactInfo, 'facts'>, text: string): GuardedOutcome | undefined {
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
