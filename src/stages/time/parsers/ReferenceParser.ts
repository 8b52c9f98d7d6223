// Words that point at the present, past or future without a date: "now", "currently",
// "recently", "in the past", "in recent times", "the future", "soon" ("recent years" and "the
// coming weeks" are DURATIONs, PXY and PXW: DurationParser). TIMEX3 gives them
// PRESENT_REF / PAST_REF / FUTURE_REF; they are never an event's date.
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const WORDS: [RegExp, string][] = [
  [/now|currently|at\s+present|nowadays|these\s+days|at\s+the\s+moment|for\s+the\s+time\s+being/giu, 'PRESENT_REF'],
  [/recently|recent|(?:in\s+)?recent\s+times|the\s+past/giu, 'PAST_REF'],
  [/the\s+future|in\s+future|soon|shortly|the\s+near\s+term|the\s+long\s+term|the\s+short\s+term/giu, 'FUTURE_REF'],
];

export const ReferenceParser: Parser = {
  name: 'ReferenceParser',
  parse(ctx: Context): Candidate[] {
    return WORDS.flatMap(([re, value]) =>
      scan(ctx, new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${re.source})(?![\\p{L}\\p{N}'’-])`, 'giu'), (m) => {
        const w = m[0].toLowerCase();
        // "the most recent model" ranks things; it does not place them in time.
        if (w === 'recent' && /\b(?:most|more|less)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
        // "the past" as a noun phrase only: "the past week" is a duration, "the past decade" too.
        if (w === 'the past' && /^\s+(?:\d|\p{L})/u.test(after) && !/^\s+(?:and|or|but|is|was|has|had|that|when|,)/iu.test(after)) return null;
        // "now" inside "know"-like tokens is excluded by the boundaries; "Now" as a title ("Peace Now") is caught by NameFilter.
        // "every now and then", "now and again", "now that…": idioms and a conjunction.
        if (w === 'now' && (/^\s+(?:and|that)\b/i.test(after) || /\bevery\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index)))) return null;
        // "as soon as possible", "soon after": a conjunction, not a time.
        if ((w === 'soon' || w === 'shortly') && (/^\s+(?:after|before|as|thereafter)\b/i.test(after) || /\bas\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 4), m.index)))) return null;
        return { type: 'DATE', spec: { kind: 'literal', value, granularity: 'other' }, rule: 'ReferenceParser', priority: 0 };
      }),
    );
  },
};
