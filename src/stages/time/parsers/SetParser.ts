// Recurring times: "every year", "each week", "twice a month", "annually", "every Monday"
// (plural weekdays are read by WeekdayParser).
import { LEX, MONTH, NUMBER_WORD } from '../lexicon.ts';
import type { Candidate, Context, Parser } from '../types.ts';
import { amount, scan } from './match.ts';

const CODE: Record<string, string> = { day: 'P1D', week: 'P1W', month: 'P1M', year: 'P1Y', night: 'P1D' };

const UNIT_CODE: Record<string, string> = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', hour: 'H', minute: 'M' };
const WEEKDAYS = Object.keys(LEX.weekdays).filter((w) => w.length > 5).join('|');
const PARTS: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV' };

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
    // "every Monday", "each Friday evening", "every January", "every summer": TIMEX3 SETs of
    // the named day, month or season with the rest unknown (XXXX-WXX-1, XXXX-01, XXXX-SU);
    // a habit, never one day an event happened.
    const named = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])(?:every|each)\\s+(?:(${WEEKDAYS})(?:\\s+(morning|afternoon|evening))?|(${MONTH})|(spring|summer|autumn|fall|winter))(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => {
        let value: string;
        if (m[1]) {
          const wd = LEX.weekdays[m[1].toLowerCase()];
          value = `XXXX-WXX-${wd === 0 ? 7 : wd}${m[2] ? `T${PARTS[m[2].toLowerCase()]}` : ''}`;
        } else if (m[3]) {
          if (!/^\p{Lu}/u.test(m[3])) return null;
          value = `XXXX-${String(LEX.months[m[3].toLowerCase()]).padStart(2, '0')}`;
        } else value = `XXXX-${LEX.seasons[m[4].toLowerCase()]}`;
        return { type: 'SET', spec: { kind: 'literal', value, granularity: 'other' }, rule: 'SetParser', priority: 2 };
      },
    );
    // "every four years", "every few weeks": the period between repeats (P4Y, PXW).
    const everyN = scan(
      ctx,
      new RegExp(`(?<![\\p{L}\\p{N}])every\\s+(\\d+|${NUMBER_WORD}|few|several|couple\\s+of)\\s+(day|week|month|year|decade|hour|minute)s(?![\\p{L}\\p{N}])`, 'giu'),
      (m) => {
        const n = amount(m[1], LEX.numbers);
        const unit = m[2].toLowerCase();
        const v = n == null ? 'X' : String(n);
        return { type: 'SET', spec: { kind: 'literal', value: unit === 'hour' || unit === 'minute' ? `PT${v}${UNIT_CODE[unit]}` : `P${v}${UNIT_CODE[unit]}`, granularity: 'other' }, rule: 'SetParser', priority: 2 };
      },
    );
    return [...every, ...adverbs, ...rates, ...adjectives, ...named, ...everyN];
  },
};
