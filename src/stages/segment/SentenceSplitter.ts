import type { Span } from '../../pipeline/types.ts';

// Words that end with a period without ending a sentence.
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'gov', 'sen', 'rep', 'rev',
    'st', 'jr', 'sr', 'co', 'corp', 'inc', 'ltd', 'no', 'vs', 'etc', 'approx', 'dept', 'est', 'fig', 'pres',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed',
    'thu', 'fri', 'sat', 'sun', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'h.e', 'sheikh',
  ],
);

/** Splits text[start, end) into sentences at . ! ? (and closing quotes) followed by space and a capital or digit. */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const re = /([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘(\[]?[\p{Lu}\p{N}])|\n+/gu;
  re.lastIndex = start;
  const chunk = text.slice(0, end);
  for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
    if (m[0].startsWith('\n')) {
      push(out, text, s, m.index);
      s = m.index + m[0].length;
      continue;
    }
    if (m[1] === '.') {
      const before = chunk.slice(Math.max(s, m.index - 12), m.index);
      const word = /([\p{L}.]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '';
      // "U.S." / "Feb." / single initials ("John F. Kennedy") do not end a sentence.
      if (ABBREVIATIONS.has(word.replace(/\.$/, '')) || /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    const e = m.index + m[1].length + m[2].length;
    push(out, text, s, e);
    s = e + m[3].length;
  }
  push(out, text, s, end);
  return out;
}

function push(out: Span[], text: string, s: number, e: number): void {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (e > s) out.push({ start: s, end: e });
}
