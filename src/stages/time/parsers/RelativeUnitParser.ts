// Calendar units counted from the publication date: "last week" (an ISO week), "this month",
// "next year", "this weekend", "last decade". "The past week" is a stretch of time, not a
// calendar week, and is left to DurationParser.
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

export const RelativeUnitParser: Parser = {
  name: 'RelativeUnitParser',
  parse(ctx: Context): Candidate[] {
    const weekends = scan(ctx, /(?<![\p{L}\p{N}])(?:(last|this|next|coming|past)\s+|the\s+)weekend(?![\p{L}\p{N}])/giu, (m) => {
      const w = m[1]?.toLowerCase();
      const shift = w === 'last' || w === 'past' ? -1 : w === 'next' || w === 'coming' ? 1 : w === 'this' ? 0 : undefined;
      return { type: 'DATE', spec: { kind: 'weekend', shift }, rule: 'RelativeUnitParser', priority: 2 };
    });
    // "the day" of a market report: "ended the day up 2%", "for the day". It is the day of the
    // event told, like "the same day".
    const theDay = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(?:end|ends|ended|ending|finish|finished|finishing|close|closed|closing|start|started|starting|for|begin|began|beginning)\s+|(?:start|beginning|rest|close|course|middle|end)\s+of\s+)(the\s+day)(?![\p{L}\p{N}])/giu,
      (m) =>
        // "at the end of the day" is an idiom ("in the end").
        /\bat\s+the\s+end\s+of\s+the\s+day$/i.test(ctx.text.slice(Math.max(0, m.index - 7), m.index + m[0].length)) ? null : ({ type: 'DATE', spec: { kind: 'event', n: 0 }, rule: 'RelativeUnitParser', priority: 1 }),
      1,
    );
    // "stocks have their best week since November": a superlative week of a market report is
    // the week being reported (the publication's). The day is left alone: "its worst day since
    // 1987" is the event's day, often the day before publication.
    const bestWeek = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:best|worst|biggest|largest|strongest|weakest|busiest|sharpest|steepest)\s+(week)\s+(?:since|in|of\s+the\s+year)(?![\p{L}\p{N}])/giu,
      () => ({ type: 'DATE', spec: { kind: 'offset', unit: 'week', n: 0 }, rule: 'RelativeUnitParser', priority: 1 }),
      1,
    );
    // "gains for a fourth week in a row", "a third straight week": the streak ends in the week reported.
    const streakWeek = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+(week)(?:\s+in\s+a\s+row)?|(week)\s+(?:in\s+a\s+row|running))(?![\p{L}\p{N}])/giu,
      (m) => {
        const start = m.index + m[0].toLowerCase().indexOf('week');
        return { start, end: start + 4, text: ctx.text.slice(start, start + 4), type: 'DATE', spec: { kind: 'offset', unit: 'week', n: 0 }, rule: 'RelativeUnitParser', priority: 1 };
      },
    );
    // "suspended for a second consecutive day", "fell for the third straight day on Tuesday":
    // the streak's last day, the one the report is about (the day named in the sentence, else
    // the publication day).
    const streakDay = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(?:a|the|its|their)\s+)?(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive|successive)\s+(?:trading\s+)?day(?:\s+in\s+a\s+row)?|(?:trading\s+)?day\s+(?:in\s+a\s+row|running))(?![\p{L}\p{N}])/giu,
      () => ({ type: 'DATE', spec: { kind: 'streakDay' }, rule: 'RelativeUnitParser', priority: 1 }),
    );
    return [...weekends, ...theDay, ...bestWeek, ...streakWeek, ...streakDay, ...scan(
      ctx,
      /(?<![\p{L}\p{N}])(last|this|next|coming|current|previous)\s+(week|month|year|quarter|decade)(?![\p{L}\p{N}])/giu,
      (m) => {
        const before = ctx.text.slice(Math.max(0, m.index - 4), m.index);
        const w = m[1].toLowerCase();
        // "the last year"/"the next month" are stretches of time; "the previous year" depends on context.
        if (/\bthe\s$/i.test(before) && w !== 'coming' && w !== 'current') return null;
        if (w === 'previous') return null;
        const n = w === 'last' ? -1 : w === 'next' || w === 'coming' ? 1 : 0;
        const unit = m[2].toLowerCase() as 'week' | 'month' | 'year' | 'quarter' | 'decade';
        return { type: 'DATE', spec: { kind: 'offset', unit, n }, rule: 'RelativeUnitParser', priority: 2 };
      },
    )];
  },
};
