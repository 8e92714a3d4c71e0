// Structural checks of a regex AST for catastrophic backtracking (ReDoS).
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

  /** Returns a description of the first backtracking hazard found, or undefined. */
  findHazard(n: RNode): string | undefined {
    if (n.k === 'quant') {
      const unbounded = n.max > 10;
      if (unbounded) {
        const body = n.item;
        if (body.k === 'group' || body.k === 'quant') {
          const inner = body.k === 'group' ? body.body : body;
          if (this.canBeEmpty(inner) && this.hasQuant(inner)) return 'a repeated group whose body can match the empty string';
          const nested = this.nestedHazard(inner);
          if (nested) return nested;
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

  /** Body of an unbounded repetition: is an inner unbounded quantifier ambiguous across iterations? */
  private nestedHazard(body: RNode): string | undefined {
    const alts = body.k === 'alt' ? body.alts : [body];
    for (const alt of alts) {
      const items = alt.k === 'seq' ? alt.items : [alt];
      for (let idx = 0; idx < items.length; idx++) {
        const inners = this.unboundedQuants(items[idx]);
        for (const q of inners) {
          const qChars = this.allChars(q.item);
          // Safe only if some other mandatory element of this iteration can never be matched by q.
          const separated = items.some((other, j) => j !== idx && !this.canBeEmpty(other) && !intersects(this.allChars(other), qChars));
          if (!separated) return 'nested quantifiers: an unbounded repetition inside another unbounded repetition';
        }
      }
    }
    return undefined;
  }

  private unboundedQuants(n: RNode): Extract<RNode, { k: 'quant' }>[] {
    const out: Extract<RNode, { k: 'quant' }>[] = [];
    const walk = (x: RNode): void => {
      if (x.k === 'quant') {
        if (x.max > 10) out.push(x);
        walk(x.item);
      } else if (x.k === 'group') walk(x.body);
      else if (x.k === 'seq') x.items.forEach(walk);
      else if (x.k === 'alt') x.alts.forEach(walk);
    };
    walk(n);
    return out;
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

/** Checks one regex pattern; returns a hazard description or undefined when it looks safe. */
export function regexHazard(pattern: string, flags = ''): string | undefined {
  let ast: RNode;
  try {
    ast = parseRegex(pattern);
  } catch {
    return 'the pattern could not be parsed for a backtracking check';
  }
  return new RegexAnalyzer(pattern, flags).findHazard(ast);
}
