// "the last week of March", "the first week of June 2009", "the second week of October":
// a week inside a month (TIMEX3 week value). Without it the month alone would be read.
import { MONTH, monthOf } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const NTH: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };

export const MonthWeekParser: Parser = {
  name: 'MonthWeekParser',
  parse(ctx: Context): Candidate[] {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])the\\s+(first|second|third|fourth|last|final)\\s+week\\s+of\\s+(${MONTH})(?:\\s*,?\\s*(1\\d{3}|20\\d{2})(?!\\p{N})|\\s+(next|last|this)\\s+year)?(?![\\p{L}\\p{N}])`,
      'giu',
    );
    return scan(ctx, re, (m) => {
      if (!/^\p{Lu}/u.test(m[2])) return null;
      const rel = m[4]?.toLowerCase();
      return {
        type: 'DATE',
        spec: {
          kind: 'monthWeek',
          nth: NTH[m[1].toLowerCase()],
          month: monthOf(m[2])!,
          year: m[3] ? +m[3] : undefined,
          yearOffset: rel === 'next' ? 1 : rel === 'last' ? -1 : rel === 'this' ? 0 : undefined,
        },
        rule: 'MonthWeekParser',
        priority: 3,
      };
    });
  },
};
