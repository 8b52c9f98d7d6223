// Recurring times: "every year", "each week", "twice a month", "annually", "every Monday"
// (plural weekdays are read by WeekdayParser).
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const CODE: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', night: 'P1D' };

export const SetParser: Parser = {
  name: 'SetParser',
  parse(ctx: Context): Candidate[] {
    const every = scan(ctx, /(?<![\p{L}\p{N}])(?:(?:every|each|per)\s+(day|week|month|year|night)|(?:once|twice|\w+\s+times)\s+a\s+(day|week|month|year))(?![\p{L}\p{N}])/giu, (m) => ({
      type: 'SET',
      spec: { kind: 'literal', value: CODE[(m[1] ?? m[2]).toLowerCase()], granularity: 'other' },
      rule: 'SetParser',
      priority: 1,
    }));
    const adverbs = scan(ctx, /(?<![\p{L}\p{N}])(?:annually|yearly|every\s+other\s+(day|week|month|year))(?![\p{L}\p{N}])/giu, (m) => ({
      type: 'SET',
      spec: { kind: 'literal', value: m[1] ? `P2${m[1][0].toUpperCase()}` : 'P1Y', granularity: 'other' },
      rule: 'SetParser',
      priority: 1,
    }));
    // A price or amount per period: "$11.99 a month", "€2 billion a year".
    const rates = scan(ctx, /[$€£]\s?[\d.,]+\s*(?:million|billion|[mbk])?\s+(an?\s+(day|week|month|year))(?![\p{L}\p{N}])/giu, (m) => ({
      type: 'SET',
      spec: { kind: 'literal', value: CODE[m[2].toLowerCase()], granularity: 'other' },
      rule: 'SetParser',
      priority: 1,
    }), 1);
    return [...every, ...adverbs, ...rates];
  },
};
