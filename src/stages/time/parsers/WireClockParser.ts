// Clock times as wires write them, four digits and a zone: "at 0800 GMT", "1430 UTC".
// chrono does not read them; a bare four-digit number is a year or an amount, so the zone
// and a preposition before it ("at", "by", "until", "as of") or the bracket of a wire's
// conversion ("11:45 a.m. (0445 GMT)") are required. TIMEX3 marks UTC/GMT with Z; the day is that of the sentence, as for "8 a.m.".
import type { Candidate, Context, Parser } from '../types.ts';
import { scan } from './match.ts';

export const WireClockParser: Parser = {
  name: 'WireClockParser',
  parse(ctx: Context): Candidate[] {
    return scan(ctx, /(?:(?<=(?:^|[^\p{L}])(?:at|by|from|until|till|to|before|after|around|about|since|of|between|and)\s+)|(?<=\()(?=\d{4}\s*(?:UTC|GMT)\)))([01]\d|2[0-3])([0-5]\d)\s*(?:hours?\s+|hrs\s+)?(?:UTC|GMT)(?![\p{L}\p{N}]|\s*[+-]\s*\d)/giu, (m) => ({
      type: 'TIME',
      spec: { kind: 'literal', value: `T${m[1]}:${m[2]}Z`, granularity: 'other' },
      rule: 'WireClockParser',
      priority: 2,
    }));
  },
};
