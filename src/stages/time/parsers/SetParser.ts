// Recurring times: "every year", "each week", "twice a month", "annually", "every Monday"
// (plural weekdays are read by WeekdayParser).
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const CODE: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', night: 'P1D' };

const ADJ: Record<string, string> = { annual: 'P1Y', yearly: 'P1Y', weekly: 'P1W', daily: 'P1D', nightly: 'P1D', monthly: 'P1M', quarterly: 'P3M' };

export const SetParser: Parser = {
  name: 'SetParser',
  parse(ctx: Context): Candidate[] {
    const every = scan(ctx, /(?<![\p{L}\p{N}])(?:(?:every|each|per)\s+(day|week|month|year|night)|(?:once|twice|\w+\s+times)\s+a\s+(day|week|month|year))(?![\p{L}\p{N}])/giu, (m) => ({
      type: 'SET',
      spec: { kind: 'literal', value: CODE[(m[1] ?? m[2]).toLowerCase()], granularity: 'other' },
      rule: 'SetParser',
      priority: 1,
    }));
    const adverbs = scan(ctx, /(?<![\p{L}\p{N}])(?:annually|every\s+other\s+(day|week|month|year))(?![\p{L}\p{N}])/giu, (m) => ({
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
    // "annual profit", "a weekly meeting", "daily flights": TimeML reads the adjectives as SETs.
    // Lower case only: "Daily Sabah" and "The Weekly Standard" are names.
    const adjectives = scan(ctx, /(?<![\p{L}\p{N}-])(annual|weekly|daily|monthly|quarterly|yearly|nightly)(?![\p{L}\p{N}-])/gu, (m) => ({
      type: 'SET',
      spec: { kind: 'literal', value: ADJ[m[1]], granularity: 'other' },
      rule: 'SetParser',
      priority: 0,
    }));
    return [...every, ...adverbs, ...rates, ...adjectives];
  },
};
