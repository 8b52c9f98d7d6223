// A month name alone is a month only in a time context. "May" is also a verb and a name
// ("Theresa May"), "March" a verb, a name and a protest; "August" an adjective and a name.
// A bare month needs a time word before it (in, since, last, early…), a comma or the end of
// the clause after it, and no capitalized name on either side.
import { titleCase } from '../sentences.ts';
import type { Candidate, Context, Refiner } from '../types.ts';

const CUE = /(?:^|\s)(?:in|since|until|till|by|during|of|for|from|through|throughout|last|next|this|early|mid|mid-|late|before|after|between|and|or|to|on|end|start|beginning|middle|month|each|every|that|until|in\s+early|in\s+late)\s*$/i;
const AMBIGUOUS = /^(?:May|March|August|June|April|July|Jan|Sept?)$/;

export const MonthNameFilter: Refiner = {
  name: 'MonthNameFilter',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    return candidates.filter((c) => {
      const s = c.spec;
      if (s.kind !== 'calendar' || s.month == null || s.day != null || s.year != null) return true;
      // "last September", "October of next year": the other words already make it a time.
      if (s.weekdayShift != null || s.yearOffset != null) return true;
      const word = c.text.split(/\s+/).pop()!.replace(/\.$/, '');
      const before = ctx.text.slice(Math.max(0, c.start - 16), c.start);
      const after = ctx.text.slice(c.end, c.end + 20);
      // In a Title Case headline every word is capitalized: only the time cue can tell.
      if (titleCase(ctx, c.start)) return !AMBIGUOUS.test(word) || CUE.test(before);
      if (/\p{Lu}[\p{L}.]*\s+$/u.test(before) && !/(?:^|[.!?]\s+)\p{Lu}[\p{L}]*\s+$/u.test(before)) {
        // "Theresa May", "Jenny March" (a capitalized word not starting the sentence).
        if (!/(?:^|\s)(?:In|Since|Until|By|During|From|Through|Last|Next|This|Early|Late|Mid|Before|After|Between)\s+$/.test(before)) return false;
      }
      if (/^[ \t]+\p{Lu}/u.test(after)) return false; // "May Day", "March Madness", "August Bank"
      // "March said", "May has": the name of a person; "May I", "may be": the verb.
      if (/^\s+(?:said|says|told|added|has|have|had|is|was|will|would|could|should|can|be|not|also)\b/.test(after)) return false;
      if (/^May$/.test(word) && /^\s+(?:I|we|you|they|he|she|it|God)\b/.test(after)) return false;
      if (AMBIGUOUS.test(word) && !CUE.test(before)) return false;
      return true;
    });
  },
};
