// Shared by the regex parsers: runs one pattern over the text and builds candidates.
import type { Candidate, Context } from '../types.ts';

export function scan(
  ctx: Context,
  re: RegExp,
  build: (m: RegExpExecArray) => (Omit<Candidate, 'start' | 'end' | 'text'> & Partial<Pick<Candidate, 'start' | 'end' | 'text'>>) | null,
  /** Index of the capture group that is the expression (default: the whole match). */
  group?: number,
): Candidate[] {
  const out: Candidate[] = [];
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  for (let m = g.exec(ctx.text); m; m = g.exec(ctx.text)) {
    if (m[0].length === 0) {
      g.lastIndex++;
      continue;
    }
    const c = build(m);
    if (!c) continue;
    let start = m.index;
    let text = m[0];
    if (group != null && m[group] != null) {
      start = m.index + m[0].indexOf(m[group]);
      text = m[group];
    }
    out.push({ start, end: start + text.length, text, ...c });
  }
  return out;
}

/** "4" / "four" / "a" → 4 / 4 / 1; "several" → null (a vague amount). */
export function amount(word: string, numbers: Record<string, number>): number | null {
  const w = word.toLowerCase().replace(/,/g, '');
  if (/^\d+(\.\d+)?$/.test(w)) return +w;
  const parts = w.split(/[-\s]+/);
  let n = 0;
  for (const p of parts) {
    const v = numbers[p];
    if (v == null) return null;
    n = v === 100 ? Math.max(1, n) * 100 : n + v;
  }
  return n;
}
