// Catastrophic backtracking (ReDoS) of one regex. scslre finds exponential backtracking between and inside
// quantifiers (nested quantifiers such as (a+)+ or (\w+\s?)*, empty-matching bodies such as (a*)*). Its analysis
// works on character sets, so it does not report two shapes that V8's backtracking engine still explores
// exponentially; the structural checks below catch exactly those (each is required by a test case):
//   - a repeated group whose alternatives can match the same input: (a|a)*c, (a|ab)*c, (a|aa)+$, (\w|\d)+$;
//   - a repeated group whose body can match the empty string under a large bounded count: (a?){25}a{25}.
// Only exponential reports count: polynomial ones (\s*:?\s*, \d*\w+) are the everyday shape of extraction
// patterns over short inputs, and the slot sandbox bounds run time anyway.
import { analyse } from 'scslre';
import type { RNode } from './regex-parser';
import { parseRegex } from './regex-parser';

const SAMPLE_BASE = [
  'a', 'b', 'e', 'z', 'A', 'Z', '0', '5', '9', '_', ' ', '\t', '\n', '.', ',', '-', '/', ':', ';', '@', '#', '$',
  '%', '(', ')', '"', "'", '+', '=', '?', '!', '&', '*', '<', '>', '[', ']', '\\', '|', '~', 'é', '€', '\u00a0', 'x', 'q',
];

export class RegexAnalyzer {
  private readonly samples: string[];
  private readonly cache = new Map<string, Set<number>>();
  constructor(pattern: string, private readonly flags: string) {
    const extra = new Set<string>();
    for (const ch of pattern) if (!SAMPLE_BASE.includes(ch)) extra.add(ch);
    this.samples = [...SAMPLE_BASE, ...extra];
  }

  /** Which sample characters an atom can match (over-approximated: unknown = all). */
  private atomSet(src: string): Set<number> {
    const hit = this.cache.get(src);
    if (hit) return hit;
    const out = new Set<number>();
    let re: RegExp | undefined;
    try {
      re = new RegExp(`^(?:${src})$`, this.flags.replace(/[gy]/g, '') + (this.flags.includes('s') ? '' : 's'));
    } catch {
      re = undefined;
    }
    this.samples.forEach((ch, idx) => {
      if (!re || re.test(ch)) out.add(idx);
    });
    this.cache.set(src, out);
    return out;
  }

  canBeEmpty(n: RNode): boolean {
    switch (n.k) {
      case 'atom': return false;
      case 'assert': case 'backref': return true;
      case 'group': return this.canBeEmpty(n.body);
      case 'quant': return n.min === 0 || this.canBeEmpty(n.item);
      case 'seq': return n.items.every((x) => this.canBeEmpty(x));
      case 'alt': return n.alts.some((x) => this.canBeEmpty(x));
    }
  }

  /** All characters a node can consume anywhere. */
  allChars(n: RNode): Set<number> {
    switch (n.k) {
      case 'atom': return this.atomSet(n.src);
      case 'assert': return new Set();
      case 'backref': return new Set(this.samples.map((_, i) => i));
      case 'group': return this.allChars(n.body);
      case 'quant': return this.allChars(n.item);
      case 'seq': return union(n.items.map((x) => this.allChars(x)));
      case 'alt': return union(n.alts.map((x) => this.allChars(x)));
    }
  }

  /** Characters a node can start with. */
  firstChars(n: RNode): Set<number> {
    switch (n.k) {
      case 'atom': return this.atomSet(n.src);
      case 'assert': return new Set();
      case 'backref': return new Set(this.samples.map((_, i) => i));
      case 'group': return this.firstChars(n.body);
      case 'quant': return this.firstChars(n.item);
      case 'alt': return union(n.alts.map((x) => this.firstChars(x)));
      case 'seq': {
        const sets: Set<number>[] = [];
        for (const it of n.items) {
          sets.push(this.firstChars(it));
          if (!this.canBeEmpty(it)) break;
        }
        return union(sets);
      }
    }
  }

  /** The first hazard of the two shapes scslre does not report (see the header), or undefined. */
  findHazard(n: RNode): string | undefined {
    if (n.k === 'quant') {
      const unbounded = n.max > 10;
      if (unbounded) {
        const body = n.item;
        if (body.k === 'group' || body.k === 'quant') {
          const inner = body.k === 'group' ? body.body : body;
          if (this.canBeEmpty(inner) && this.hasQuant(inner)) return 'a repeated group whose body can match the empty string';
          if (inner.k === 'alt') {
            for (let a = 0; a < inner.alts.length; a++) {
              for (let b = a + 1; b < inner.alts.length; b++) {
                if (intersects(this.firstChars(inner.alts[a]), this.firstChars(inner.alts[b]))) {
                  return 'a repeated group whose alternatives can match the same input (overlapping alternation)';
                }
              }
            }
          }
        }
      }
      return this.findHazard(n.item);
    }
    if (n.k === 'group') return this.findHazard(n.body);
    if (n.k === 'seq') {
      for (const it of n.items) {
        const h = this.findHazard(it);
        if (h) return h;
      }
      return undefined;
    }
    if (n.k === 'alt') {
      for (const it of n.alts) {
        const h = this.findHazard(it);
        if (h) return h;
      }
    }
    return undefined;
  }

  private hasQuant(n: RNode): boolean {
    switch (n.k) {
      case 'quant': return true;
      case 'group': return this.hasQuant(n.body);
      case 'seq': return n.items.some((x) => this.hasQuant(x));
      case 'alt': return n.alts.some((x) => this.hasQuant(x));
      default: return false;
    }
  }
}

function union(sets: Set<number>[]): Set<number> {
  const out = new Set<number>();
  for (const s of sets) for (const v of s) out.add(v);
  return out;
}

function intersects(a: Set<number>, b: Set<number>): boolean {
  for (const v of a) if (b.has(v)) return true;
  return false;
}

/** Exponential backtracking found by scslre, described with the character whose repetition triggers it. */
function libraryHazard(pattern: string, flags: string): string | undefined {
  // assumeRejectingSuffix: judge the pattern on its own, as if a failing suffix could follow (so do the structural
  // checks); scslre's default heuristic would clear (\s*\w+)* because nothing after it can fail in this regex.
  const report = analyse({ source: pattern, flags }, { assumeRejectingSuffix: true }).reports.find((r) => r.exponential);
  if (!report) return undefined;
  const where = report.type === 'Trade' ? 'two quantifiers that can trade the same characters, inside a repetition' : 'nested quantifiers: a repetition whose body can match the same input in more than one way';
  return `${where}; a long run of ${JSON.stringify(report.character.pick)} backtracks exponentially`;
}

/** Checks one regex pattern; returns a hazard description or undefined when it looks safe. */
export function regexHazard(pattern: string, flags = ''): string | undefined {
  let ast: RNode;
  let found: string | undefined;
  try {
    ast = parseRegex(pattern);
    // scslre parses like the JS engine; only the flags that change matching are passed on (g and y do not).
    found = libraryHazard(pattern, flags.replace(/[^imsuv]/g, ''));
  } catch {
    return 'the pattern could not be parsed for a backtracking check';
  }
  return found ?? new RegexAnalyzer(pattern, flags).findHazard(ast);
}
