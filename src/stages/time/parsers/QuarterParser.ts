// Quarters, as business news writes them: "the third quarter of 2009", "the fourth quarter",
// "third-quarter profit", "Q3 2009", "the first quarter of last year".
import { ORDINAL_WORD, LEX } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

export const QuarterParser: Parser = {
  name: 'QuarterParser',
  parse(ctx: Context): Candidate[] {
    const words = scan(
      ctx,
      new RegExp(
        `(?<![\\p{L}\\p{N}])(?:the\\s+)?(${ORDINAL_WORD})[\\s-]+quarter(?:\\s+of\\s+(?:(1\\d{3}|20\\d{2})|(this|last|next|the\\s+previous|the\\s+current)\\s+year)|\\s+(1\\d{3}|20\\d{2}))?(?![\\p{L}\\p{N}])`,
        'giu',
      ),
      (m) => {
        const quarter = LEX.ordinals[m[1].toLowerCase()];
        const y = m[2] ?? m[4];
        const rel = m[3]?.toLowerCase().replace(/^the\s+/, '');
        const yearOffset = rel === 'last' || rel === 'previous' ? -1 : rel === 'next' ? 1 : rel ? 0 : undefined;
        return { type: 'DATE', spec: { kind: 'quarter', quarter, year: y ? +y : undefined, yearOffset }, rule: 'QuarterParser', priority: 2 };
      },
    );
    const q = scan(ctx, /(?<![\p{L}\p{N}])Q([1-4])(?:\s*[-/]?\s*((?:19|20)\d{2}))?(?![\p{L}\p{N}])/gu, (m) => ({
      type: 'DATE',
      spec: { kind: 'quarter', quarter: +m[1], year: m[2] ? +m[2] : undefined },
      rule: 'QuarterParser',
      priority: 2,
    }));
    return [...words, ...q];
  },
};
