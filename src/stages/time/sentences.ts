// Which sentence a position falls in, by binary search (articles can be long).
import type { Context } from './types.ts';

/** Lines as sentences, for callers that have no sentence split (scripts, tests). */
export function linesAsSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** Index of the last sentence starting at or before `pos` (sentences are sorted). */
export function sentenceIndex(ctx: Context, pos: number): number {
  const s = ctx.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let best = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

export function sentenceOf(ctx: Context, pos: number): { start: number; end: number } {
  if (ctx.sentences.length === 0) return { start: 0, end: ctx.text.length };
  const s = ctx.sentences[sentenceIndex(ctx, pos)];
  // Between sentences (a heading line the splitter skipped): the line around it.
  if (pos >= s.end || pos < s.start) {
    const a = ctx.text.lastIndexOf('\n', pos - 1) + 1;
    const b = ctx.text.indexOf('\n', pos);
    return { start: a, end: b < 0 ? ctx.text.length : b };
  }
  return s;
}

/** A headline in Title Case ("Fidan To Visit Moscow Next Week") capitalizes every word, so
 * capitals there say nothing about names. */
export function titleCase(ctx: Context, pos: number): boolean {
  const s = sentenceOf(ctx, pos);
  const words = ctx.text.slice(s.start, s.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => w.length > 3);
  return content.length >= 3 && content.filter((w) => /^\p{Lu}/u.test(w)).length / content.length >= 0.8;
}
