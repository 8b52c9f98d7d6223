// Publisher and programme names that contain time words: "Mena Today", "This Week",
// "USA Today", "Sunday Times", "Peace Now". A time word capitalized where English would not
// capitalize it (not at the start of a sentence) is part of a name.
import { LEX } from '../lexicon.ts';
import { titleCase } from '../sentences.ts';
import type { Candidate, Context, Refiner } from '../types.ts';

// Words that are lower case inside a sentence when they are times.
const COMMON = /^(?:today|tonight|tomorrow|yesterday|now|this|last|next|week|weekend|month|year|morning|afternoon|evening|night|daily|weekly|day|recently|currently|past|future|spring|summer|autumn|fall|winter|the|earlier|later|same|that|previous|following|early|late|mid|soon|current|ago|quarter|first|second|third|fourth|final|days|weeks|months|years)$/i;
const MASTHEAD = /^\s+(?:Times|Telegraph|Herald|Express|Mirror|Post|Journal|Star|Review|Tribune|Sun|Mail|Independent|Observer|Night|Live|Show|Edition|Magazine|News|Morning|Bloody|Massacre)\b/;

function sentenceStart(ctx: Context, pos: number): boolean {
  const before = ctx.text.slice(Math.max(0, pos - 4), pos);
  if (pos === 0 || /(?:^|[.!?:;"“‘'(\n]\s*)$/.test(before) || /\n\s*$/.test(before)) return true;
  return ctx.sentences.some((s) => s.start === pos);
}

const NAMED_DAY = new RegExp(`(?:^|[^\\p{L}])(?:${LEX.namedDays.join('|')})\\s+$`, 'iu');

export const NameFilter: Refiner = {
  name: 'NameFilter',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      // A holiday is a name ("Christmas Day", "the Fourth of July"); HolidayParser checks it.
      if (c.rule === 'HolidayParser') return true;
      if (titleCase(ctx, c.start)) return !MASTHEAD.test(ctx.text.slice(c.end, c.end + 14));
      // Seasons are often capitalized ("their Autumn meetings", "in the Spring"); SeasonParser
      // already refuses them inside names ("Arab Spring", "Summer Olympics").
      const season = c.rule === 'SeasonParser' && /(?:^|[^\p{L}])\p{Ll}+\s+$/u.test(ctx.text.slice(Math.max(0, c.start - 20), c.start));
      if (!season) for (const w of c.text.matchAll(/\p{L}+/gu)) {
        const pos = c.start + w.index!;
        if (/^\p{Lu}/u.test(w[0]) && COMMON.test(w[0]) && !sentenceStart(ctx, pos) && !/^\p{Lu}+$/u.test(w[0])) return false;
      }
      // A capitalized word right before ("Mena Today") or a masthead noun after ("Sunday Times").
      const prev = /(\p{Lu}[\p{L}.&-]*)\s+$/u.exec(ctx.text.slice(Math.max(0, c.start - 30), c.start));
      if (prev && !sentenceStart(ctx, c.start) && /^\p{Lu}/u.test(c.text) && COMMON.test(c.text.split(/\s/)[0]) && !sentenceStart(ctx, c.start - prev[0].length)) return false;
      // "Black Monday", "Good Friday", "Super Tuesday": a named day, not last week's Monday.
      if (c.rule === 'WeekdayParser' && /^\p{Lu}/u.test(c.text) && NAMED_DAY.test(ctx.text.slice(Math.max(0, c.start - 12), c.start)) && /^\p{Lu}/u.test(/(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, c.start - 12), c.start))?.[1] ?? '')) return false;
      if (MASTHEAD.test(ctx.text.slice(c.end, c.end + 14)) && /^\p{Lu}/u.test(c.text)) return false;
      return true;
    });
  },
};
