// A small regex parser into an AST (the input of the backtracking analysis in redos.ts).

export type RNode =
  | { k: 'alt'; alts: RNode[] }
  | { k: 'seq'; items: RNode[] }
  | { k: 'group'; body: RNode; look: boolean }
  | { k: 'atom'; src: string }
  | { k: 'assert' }
  | { k: 'backref' }
  | { k: 'quant'; item: RNode; min: number; max: number };

export class RegexParseError extends Error {}

export function parseRegex(p: string): RNode {
  let i = 0;
  const parseAlt = (): RNode => {
    const alts: RNode[] = [parseSeq()];
    while (p[i] === '|') {
      i++;
      alts.push(parseSeq());
    }
    return alts.length === 1 ? alts[0] : { k: 'alt', alts };
  };
  const parseSeq = (): RNode => {
    const items: RNode[] = [];
    while (i < p.length && p[i] !== '|' && p[i] !== ')') {
      let atom = parseAtom();
      // quantifiers
      for (;;) {
        const c = p[i];
        let min = -1;
        let max = -1;
        if (c === '*') { min = 0; max = Infinity; i++; }
        else if (c === '+') { min = 1; max = Infinity; i++; }
        else if (c === '?') { min = 0; max = 1; i++; }
        else if (c === '{') {
          const m = /^\{(\d+)(,(\d*))?\}/.exec(p.slice(i));
          if (!m) break;
          min = Number(m[1]);
          max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
          i += m[0].length;
        } else break;
        if (p[i] === '?') i++; // lazy
        atom = { k: 'quant', item: atom, min, max };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { k: 'seq', items };
  };
  const parseAtom = (): RNode => {
    const c = p[i];
    if (c === '(') {
      i++;
      let look = false;
      if (p[i] === '?') {
        if (p.startsWith('?:', i)) i += 2;
        else if (p.startsWith('?=', i) || p.startsWith('?!', i)) { i += 2; look = true; }
        else if (p.startsWith('?<=', i) || p.startsWith('?<!', i)) { i += 3; look = true; }
        else if (p.startsWith('?<', i)) { const end = p.indexOf('>', i); if (end < 0) throw new RegexParseError('bad group'); i = end + 1; }
        else throw new RegexParseError('bad group');
      }
      const body = parseAlt();
      if (p[i] !== ')') throw new RegexParseError('unclosed group');
      i++;
      return look ? { k: 'assert' } : { k: 'group', body, look };
    }
    if (c === '[') {
      const start = i;
      i++;
      if (p[i] === '^') i++;
      if (p[i] === ']') i++;
      while (i < p.length && p[i] !== ']') {
        if (p[i] === '\\') i++;
        i++;
      }
      if (p[i] !== ']') throw new RegexParseError('unclosed class');
      i++;
      return { k: 'atom', src: p.slice(start, i) };
    }
    if (c === '\\') {
      const start = i;
      i++;
      const e = p[i];
      if (e === undefined) throw new RegexParseError('trailing backslash');
      if (e === 'b' || e === 'B') { i++; return { k: 'assert' }; }
      if (/[1-9]/.test(e)) { while (/\d/.test(p[i] ?? '')) i++; return { k: 'backref' }; }
      if (e === 'k' && p[i + 1] === '<') { const end = p.indexOf('>', i); i = end < 0 ? p.length : end + 1; return { k: 'backref' }; }
      if (e === 'u' && p[i + 1] === '{') { const end = p.indexOf('}', i); i = end < 0 ? p.length : end + 1; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'u') { i += 5; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'x') { i += 3; return { k: 'atom', src: p.slice(start, i) }; }
      if (e === 'c') { i += 2; return { k: 'atom', src: p.slice(start, i) }; }
      if ((e === 'p' || e === 'P') && p[i + 1] === '{') { const end = p.indexOf('}', i); i = end < 0 ? p.length : end + 1; return { k: 'atom', src: p.slice(start, i) }; }
      i++;
      return { k: 'atom', src: p.slice(start, i) };
    }
    if (c === '^' || c === '$') { i++; return { k: 'assert' }; }
    if (c === '*' || c === '+' || c === '?') throw new RegexParseError('nothing to repeat');
    const cp = p.codePointAt(i) ?? 0;
    const len = cp > 0xffff ? 2 : 1;
    const src = p.slice(i, i + len);
    i += len;
    return { k: 'atom', src };
  };
  const ast = parseAlt();
  if (i < p.length) throw new RegexParseError('unbalanced )');
  return ast;
}
