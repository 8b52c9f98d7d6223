// Periods named by reference to one told before, as business news writes them (TimeML
// annotates them with the referent's value): "For the quarter, net income rose" (the
// quarter just named), "for the year" / "earlier in the year" (the year in context, else the
// publication's), "later in the month", "by that time" (whatever date came before).
// "the latest quarter" / "the most recent quarter" is the quarter before publication's.
// Without a preposition ("the year was hard") or with words that tie the noun to something
// else ("the year before the war", "the quarter ended Sept. 30", "the year's best") they are
// left alone.
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

const AFTER_TIED = /^(?:\s*['’]s\b|[-‐]|\s+(?:of|before|after|ago|earlier|later|ahead|to|that|which|when|in\s+which|ended|ending|end|through|\d|(?:19|20)\d\d))/i;

export const AnaphorParser: Parser = {
  name: 'AnaphorParser',
  parse(ctx: Context): Candidate[] {
    const unitRef = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:for|in|during|throughout|over|within|so\s+far\s+in|(?=(?:earlier|later)\s))\s*((?:(?:earlier|later)\s+in\s+)?the\s+(quarter|year|month))(?![\p{L}\p{N}])/giu,
      (m) => {
        const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 14);
        if (AFTER_TIED.test(after)) return null;
        // "in the year to March" is a UK twelve-month period; "for the year ahead" the future.
        const unit = m[2].toLowerCase() as 'quarter' | 'year' | 'month';
        return { type: 'DATE', spec: { kind: 'anaphor', unit }, rule: 'AnaphorParser', priority: 1 };
      },
      1,
    );
    const thatTime = scan(
      ctx,
      /(?<![\p{L}\p{N}])(?:by|at|until|till|since|from|before|after|around)\s+(that\s+(?:time|date|point))(?![\p{L}\p{N}])/giu,
      () => ({ type: 'DATE', spec: { kind: 'anaphor', unit: 'any' }, rule: 'AnaphorParser', priority: 1 }),
      1,
    );
    const latestQuarter = scan(
      ctx,
      /(?<![\p{L}\p{N}])the\s+(?:latest|most\s+recent|last)\s+quarter(?![\p{L}\p{N}])(?!\s+of\b)/giu,
      () => ({ type: 'DATE', spec: { kind: 'offset', unit: 'quarter', n: -1 }, rule: 'AnaphorParser', priority: 3 }),
    );
    return [...unitRef, ...thatTime, ...latestQuarter];
  },
};
