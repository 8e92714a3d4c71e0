// The extraction kit of the bounded-decision template: vetted, versioned, deterministic text readers that
// compiled extractor slots compose. Slot code may import exactly this module (the security stage allows
// `import { ... } from '../../../templates/bounded-decision/kit'` and nothing else at run time).
// Pure code only: no Node built-ins, no clocks, no randomness, no I/O (the workflow sandbox lint applies).
export const KIT_VERSION = '0.0.0';

/** Lower-case the text and fold whitespace variants to a plain space; length is preserved (spans stay valid). */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/[\u00a0\t\r\f\v]/g, ' ');
}
