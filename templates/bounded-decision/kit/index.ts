// The extraction kit of the bounded-decision template: vetted, versioned, deterministic text readers that
// compiled extractor slots compose. Slot code may import exactly this module (the security stage allows
// `import { ... } from '../../../templates/bounded-decision/kit'` and nothing else at run time).
// Pure code only: no Node built-ins, no clocks, no randomness, no I/O (the workflow sandbox lint applies).
//
// A slot is one call:
//   export function extract(text: string): ExtractorResult<MyFacts> {
//     return extractFacts<MyFacts>(text, {
//       has_x: flag({ terms: ['x', 'x synonym'], exclude: ['not-x phrase'] }),
//       some_value: number({ labels: ['label', 'other label'], min: 0, max: 100 }),
//       bmi: bmi(),
//       tried_and_failed: event({ subjects: ['therapy a'], outcomes: ['failed', 'did not work'] }),
//       recent_test: recent({ terms: ['test name'], withinMonths: 12 }),
//     });
//   }
/** Bumped on every change of behaviour; recorded in artifacts through their file hashes. */
export const KIT_VERSION = '1.9.0';

export { bmi, event, extractFacts, flag, number, recent } from './readers';
export type { EvidencedResult, EventOptions, ExtractOptions, FlagOptions, NumberOptions, Reader, Readers, Reading, RecentOptions } from './readers';
export { findDirectives, inDirective } from './directives';
export type { DirectiveFamily, DirectiveFinding } from './directives';
export type { Span } from './text';

/** Lower-case the text and fold whitespace variants to a plain space; length is preserved (spans stay valid). */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\t\r\f\v]/g, ' ');
}
