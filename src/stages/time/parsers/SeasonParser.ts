// Seasons: "this summer", "in the spring of 2009", "last winter", "Autumn 2008". A season word
// needs a determiner, a preposition or a year next to it: "fall" is mostly a verb, and
// "the fall of Baghdad" or "Arab Spring" are not times.
import { LEX } from '../lexicon.ts';
import type { Candidate, Context, Parser, Season } from '../types.ts';
import { scan } from './match.ts';

export const SeasonParser: Parser = {
  name: 'SeasonParser',
  parse(ctx: Context): Candidate[] {
    return scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:(this|last|next|coming|past|(?:in|during|by|until|since|over)\s+the|early|late|mid-?)\s*)?(spring|summer|autumn|fall|winter)(?:\s*(?:of\s+)?((?:19|20)\d{2}))?(?![\p{L}\p{N}])/giu,
      (m) => {
        const cue = m[1]?.toLowerCase();
        const word = m[2];
        const year = m[3] ? +m[3] : undefined;
        const prev = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, m.index - 12), m.index))?.[1]?.toLowerCase();
        // "the summer", "their Autumn meetings" too; but "the fall" is mostly a drop or a defeat.
        const determiners = word.toLowerCase() === 'fall' ? [] : ['the', 'their', 'its', 'his', 'her', 'our'];
        if (!cue && year == null && ![...determiners, 'in', 'during', 'by', 'until', 'since', 'over', 'through'].includes(prev ?? '')) return null;
        // "Arab Spring", "Summer Olympics": a capitalized season inside a name.
        if (/^\p{Lu}/u.test(word) && !year && /\p{Lu}\p{L}*\s+$/u.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) return null;
        if (/^\s+(?:of|in)\s+(?!(?:19|20)\d{2})/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12)) && !year) return null;
        if (/^\p{Lu}/u.test(word) && /^\s+\p{Lu}/u.test(ctx.text.slice(m.index + m[0].length))) return null;
        const season = LEX.seasons[word.toLowerCase()] as Season;
        const yearOffset = cue === 'last' || cue === 'past' ? -1 : cue === 'next' || cue === 'coming' ? 1 : undefined;
        // Only the season itself is the expression, with its cue word when that is a determiner.
        const keep = cue && /^(this|last|next|coming|past|early|late|mid-?)$/.test(cue);
        const start = keep ? m.index : m.index + m[0].indexOf(word);
        const c: Candidate = {
          start,
          end: m.index + m[0].length,
          text: ctx.text.slice(start, m.index + m[0].length),
          type: 'DATE',
          spec: { kind: 'season', season, year, yearOffset },
          rule: 'SeasonParser',
          priority: 1,
        };
        return c;
      },
    );
  },
};
