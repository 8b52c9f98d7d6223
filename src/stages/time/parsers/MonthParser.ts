// Month names with or without a year: "December 2021", "in October", "last September",
// "February of 2008". chrono reads month-day dates; these it misses or reads as a full day.
import { MONTH, monthOf } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

export const MonthParser: Parser = {
  name: 'MonthParser',
  parse(ctx: Context): Candidate[] {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(last|next|this|past|coming)\\s+)?(${MONTH})(?:\\s*,?\\s*(?:of\\s+)?(1\\d{3}|20\\d{2})(?!\\p{N})|\\s+(?:of\\s+)?(next|last|this)\\s+year)?(?![\\p{L}\\p{N}])`,
      'giu',
    );
    return scan(ctx, re, (m) => {
      const word = m[2];
      // Month names are capitalized in English; "may"/"march" in lower case are verbs.
      if (!/^\p{Lu}/u.test(word)) return null;
      const month = monthOf(word)!;
      const year = m[3] ? +m[3] : undefined;
      // A bare abbreviation ("Mar", "Jan") is a name or a word more often than a month.
      if (year == null && word.length <= 4 && !/^(May|June|July)$/.test(word.replace(/\.$/, ''))) return null;
      const shift = m[1]?.toLowerCase();
      const weekdayShift = shift === 'last' || shift === 'past' ? -1 : shift === 'next' || shift === 'coming' ? 1 : shift === 'this' ? 0 : undefined;
      const rel = m[4]?.toLowerCase();
      const yearOffset = rel === 'next' ? 1 : rel === 'last' ? -1 : rel === 'this' ? 0 : undefined;
      return {
        type: 'DATE',
        spec: { kind: 'calendar', year, month, weekdayShift, yearOffset },
        rule: 'MonthParser',
        priority: year != null ? 2 : 0,
      };
    });
  },
};
