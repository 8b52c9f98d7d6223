// Business and history periods chrono does not know: fiscal years ("fiscal 1989", "the fiscal
// year" → FY1989), halves ("the first half of 2009" → 2009-H1), "year-earlier" ("the
// year-earlier quarter", counted from the event), centuries ("the 20th century" → 19).
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const CENTURY_WORDS: Record<string, number> = {
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21,
};

export const PeriodParser: Parser = {
  name: 'PeriodParser',
  parse(ctx: Context): Candidate[] {
    const pub = ctx.published;
    const fiscal = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(?:the\s+)?(?:fiscal|financial)\s+(?:year\s+)?((?:19|20)\d{2})|(?:the\s+)?((?:19|20)\d{2})\s+(?:fiscal|financial)\s+year|(this|last|next|the\s+current|the\s+previous|the)\s+(?:fiscal|financial)\s+year)(?![\p{L}\p{N}])/giu,
      (m) => {
        // "the 1997 fiscal year" is "fiscal 1997".
        let year = m[1] ? +m[1] : m[2] ? +m[2] : undefined;
        if (year == null) {
          if (!pub) return { type: 'DATE', spec: { kind: 'literal', value: null, granularity: 'year', anchor: 'publication' }, rule: 'PeriodParser', priority: 3 };
          const w = m[3].toLowerCase().replace(/^the\s+/, '');
          year = pub.year + (w === 'last' || w === 'previous' ? -1 : w === 'next' ? 1 : 0);
          return { type: 'DATE', spec: { kind: 'literal', value: `FY${year}`, granularity: 'year', anchor: 'publication' }, rule: 'PeriodParser', priority: 3 };
        }
        return { type: 'DATE', spec: { kind: 'literal', value: `FY${year}`, granularity: 'year' }, rule: 'PeriodParser', priority: 3 };
      },
    );
    const half = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:the\s+)?(first|second|latter)\s+half(?:\s+of\s+(?:((?:19|20)\d{2})|(this|last|next)\s+year|the\s+year))?(?![\p{L}\p{N}])/giu,
      (m) => {
        const h = m[1].toLowerCase() === 'first' ? 1 : 2;
        let year = m[2] ? +m[2] : undefined;
        if (year == null) {
          // "the first half" alone is also "the first half of the match": only with "of".
          if (!/\bof\b/i.test(m[0])) return null;
          if (!pub) return { type: 'DATE', spec: { kind: 'literal', value: null, granularity: 'other', anchor: 'publication' }, rule: 'PeriodParser', priority: 3 };
          const w = m[3]?.toLowerCase();
          year = pub.year + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
          return { type: 'DATE', spec: { kind: 'literal', value: `${year}-H${h}`, granularity: 'other', anchor: 'publication' }, rule: 'PeriodParser', priority: 3 };
        }
        return { type: 'DATE', spec: { kind: 'literal', value: `${year}-H${h}`, granularity: 'other' }, rule: 'PeriodParser', priority: 3 };
      },
    );
    // "the year-earlier quarter" is the quarter in context a year back (2008-Q3 after a
    // third-quarter 2009 report), "the year-ago period" the period; before other nouns
    // ("year-earlier level", "profit") only the year.
    const yearEarlier = scan(ctx, /(?<![\p{L}\p{N}])(?:a\s+|the\s+)?(year)[\s-](?:earlier|ago)(?:\s+(period|quarter|month)\b|(?=\s+(?:level|figure|result|profit|loss|sales)))/giu, (m) => ({
      type: 'DATE',
      spec: m[2] ? { kind: 'samePeriod', years: -1, unit: (m[2].toLowerCase() === 'period' ? 'period' : m[2].toLowerCase()) as 'period' | 'quarter' | 'month' } : { kind: 'event', n: -1, unit: 'year' },
      rule: 'PeriodParser',
      priority: 3,
    }));
    const century = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(?:(\\d{1,2})(?:st|nd|rd|th)|(${Object.keys(CENTURY_WORDS).join('|')}))\\s+century(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => {
        const n = m[1] ? +m[1] : CENTURY_WORDS[m[2].toLowerCase()];
        if (!n || n > 30) return null;
        return { type: 'DATE', spec: { kind: 'literal', value: String(n - 1).padStart(2, '0'), granularity: 'other' }, rule: 'PeriodParser', priority: 2 };
      },
    );
    // "by year-end", "at year end": the end of the current year.
    const yearEnd = scan(ctx, /(?<![\p{L}\p{N}])(?:by|at|before|until|after|since|toward|towards)\s+(year[\s-]end)(?![\p{L}\p{N}])/giu, () => ({
      type: 'DATE',
      spec: { kind: 'offset', unit: 'year', n: 0 },
      rule: 'PeriodParser',
      priority: 2,
    }), 1);
    return [...fiscal, ...half, ...yearEarlier, ...century, ...yearEnd];
  },
};
