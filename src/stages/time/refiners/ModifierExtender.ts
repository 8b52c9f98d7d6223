// "early June", "mid-October", "late 2006", "the end of this year", "the start of the week":
// the modifier belongs to the expression's text. The value stays that of the unit it
// modifies (TIMEX3 keeps the nuance in a `mod` attribute, which the output does not carry).
import type { Candidate, Context, Refiner } from '../types.ts';

const MODIFIER = /(?<![\p{L}-])(?:(?:the\s+)?(?:very\s+)?(?:end|beginning|start|middle|close|turn|first\s+half|second\s+half|latter\s+part|early\s+part|rest|remainder)\s+of\s+|(?:in\s+)?(?:early|mid|late)[\s-]+|mid-|later\s+|earlier\s+|(?:as\s+)?early\s+as\s+)$/iu;

export const ModifierExtender: Refiner = {
  name: 'ModifierExtender',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    let prevEnd = 0;
    return candidates.map((c) => {
      const before = ctx.text.slice(Math.max(prevEnd, c.start - 40), c.start);
      prevEnd = c.end;
      if (c.type !== 'DATE' || c.spec.kind === 'literal') return c;
      const m = MODIFIER.exec(before);
      if (!m) return c;
      const mod = m[0].replace(/^in\s+/i, '');
      // Event-relative expressions carry their own "earlier"/"late"; only "the end of" joins them.
      if (c.spec.kind === 'event' && !/\bof\s+$/i.test(mod)) return c;
      // "later"/"earlier" only before a named period ("later this year", "earlier this month").
      if (/^(later|earlier)\s+$/i.test(mod) && !/^(this|that|next|last|in)\b/i.test(c.text)) return c;
      const start = c.start - mod.length;
      return { ...c, start, text: ctx.text.slice(start, c.end) };
    });
  },
};
