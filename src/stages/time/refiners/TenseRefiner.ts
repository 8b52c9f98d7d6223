// Which way a date without a year or a bare weekday points. News reports the past, so the
// nearest verb cue decides: "will", "next", "is expected to", "scheduled" point forward; a
// past-tense verb ("met", "said", "-ed") points back. Cues are looked for inside the
// expression's sentence, nearest first, preferring cues before the expression.
// It also marks a past perfect ("had last spoken on Monday"): that date is told relative to
// the event of the sentence before, not to publication.
import { LEX } from '../lexicon.ts';
import { sentenceOf } from '../sentences.ts';
import type { Candidate, Context, Direction, Refiner } from '../types.ts';

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`));
const FUTURE = new RegExp(`(?<![\\p{L}])(?:${LEX.futureCues.map(esc).join('|')})(?![\\p{L}])`, 'giu');
const PAST_WORDS = new Set(LEX.pastCues);
// "The summit begins Monday", "the law takes effect Jan. 1": news writes scheduled events in
// the simple present. Not after a determiner ("his visits", "the returns": nouns), and not in
// a headline, where the present tells what just happened ("Stocks tumble on Monday").
const FUTURATE = new RegExp(`(?<![\\p{L}])(?<!\\b(?:the|a|an|his|her|their|its|our|my|your|these|those|two|three|several|many|recent|frequent|official|state)\\s+)(?:${LEX.futuratePresent.map(esc).join('|')})(?![\\p{L}])`, 'giu');
const HEADLINE_END = /[^.!?…"'”’)\]]\s*$/u;
const NOT_PAST = /^(?:need|indeed|speed|proceed|exceed|succeed|feed|seed|breed|greed|bed|red|shed|hundred|united|based|related|armed|supposed|detailed|limited|advanced|alleged|expected|scheduled|planned|proposed|intended|aimed|interested|concerned|involved|used|named|called|so-called|embattled|beloved|sacred|wicked|naked|ragged|rugged|wretched|crooked|learned|aged|skilled|talented|qualified|committed|determined|dedicated|experienced|prepared|tired|pleased|worried|satisfied|unprecedented|centered|owned|led)$/i;

export interface Tense {
  direction: Direction;
  pastPerfect: boolean;
}

type Cue = { pos: number; end: number; dir: Direction; word: string };

export function tenseAt(
  ctx: Context,
  c: { start: number; end: number },
  inside: { start: number; end: number }[],
  cache: Map<number, Cue[]> = new Map(),
): Tense {
  const s = sentenceOf(ctx, c.start);
  const text = ctx.text.slice(s.start, s.end);
  let cues = cache.get(s.start);
  if (!cues) {
    cues = cuesIn(text, s, inside.filter((x) => x.end > s.start && x.start < s.end));
    cache.set(s.start, cues);
  }
  return decide(text, c.start - s.start, c.end - s.start, cues);
}

function cuesIn(text: string, s: { start: number }, inside: { start: number; end: number }[]): Cue[] {
  const cues: Cue[] = [];
  const skip = (p: number) => inside.some((x) => p >= x.start - s.start && p < x.end - s.start);
  for (const m of text.matchAll(FUTURE)) if (!skip(m.index!)) cues.push({ pos: m.index!, end: m.index! + m[0].length, dir: 'future', word: m[0].toLowerCase() });
  if (!HEADLINE_END.test(text)) {
    for (const m of text.matchAll(FUTURATE)) {
      if (skip(m.index!) || cues.some((q) => q.pos <= m.index! && m.index! < q.end)) continue;
      cues.push({ pos: m.index!, end: m.index! + m[0].length, dir: 'future', word: m[0].toLowerCase() });
    }
  }
  for (const m of text.matchAll(/\p{L}+(?:['’]\p{L}+)?/gu)) {
    const w = m[0].toLowerCase();
    if (skip(m.index!)) continue;
    // "will be finalized", "has been delayed": a participle after "be" takes its tense from the
    // auxiliary; "before it is officially reported in March" is a present passive, not a past.
    const passive = /\b(?:be|been|being|is|are|am)\s+(?:\p{L}+ly\s+)?$/iu.test(text.slice(Math.max(0, m.index! - 20), m.index!));
    if ((PAST_WORDS.has(w) && !passive) || (/^\p{Ll}\p{L}{2,}ed$/u.test(m[0]) && !NOT_PAST.test(w) && !passive)) {
      if (cues.some((q) => q.pos <= m.index! && m.index! < q.end)) continue;
      cues.push({ pos: m.index!, end: m.index! + m[0].length, dir: 'past', word: w });
    }
  }
  return cues;
}

function decide(text: string, cs: number, ce: number, cues: Cue[]): Tense {
  let best: (typeof cues)[number] | undefined;
  let bestD = Infinity;
  for (const q of cues) {
    // Cues after the expression count less: "On Monday, the minister met…" still works, but
    // in "arrived Wednesday to attend" the verb before decides.
    const d = q.end <= cs ? cs - q.end : q.pos >= ce ? (q.pos - ce) * 2 + 6 : Infinity;
    if (d < bestD) {
      best = q;
      bestD = d;
    }
  }
  // "closed until Friday", "has kept markets closed until Friday": a state that lasts up to
  // the date points ahead, unless a finite simple past holds it ("remained closed until Friday").
  // The participle right before "until" is an adjective here, not a tense.
  const until = /\b(?:until|till)\s+(?:next\s+|this\s+|the\s+)?$/i.exec(text.slice(Math.max(0, cs - 16), cs));
  if (until) {
    const untilAt = Math.max(0, cs - 16) + until.index;
    let verb: Cue | undefined;
    for (const q of cues) if (q.end <= untilAt && (!verb || q.end > verb.end)) verb = q;
    if (verb && /^\s*$/.test(text.slice(verb.end, untilAt)) && verb.dir === 'past') {
      const before = text.slice(Math.max(0, verb.pos - 24), verb.pos);
      if (/\b(?:remain|remains|stay|stays|is|are|be|being|been|keep|keeps|kept)\s+(?:\p{L}+ly\s+)?$/iu.test(before) && !/\b(?:was|were|had)\s+(?:\p{L}+ly\s+)?$/iu.test(before)) verb = undefined;
      else {
        const earlier = cues.filter((q) => q.end <= verb!.pos);
        verb = earlier.length ? earlier.reduce((a, b) => (b.end > a.end ? b : a)) : undefined;
      }
    }
    const perfect = verb && /\b(?:has|have|['’]ve|to)\s+(?:\p{L}+ly\s+|not\s+)?$/iu.test(text.slice(Math.max(0, verb.pos - 16), verb.pos));
    if (!verb || verb.dir === 'future' || perfect) return { direction: 'future', pastPerfect: false };
  }
  if (!best) return { direction: 'neutral', pastPerfect: false };
  // "Ford has announced cuts, resulting in closures during the fourth quarter": a participle
  // clause after a comma has no tense of its own; the verb before it does not date it.
  if (best.end <= cs && /,\s*(?!(?:during|including|according|following|regarding|concerning|beginning|starting|excluding)\b)\p{Ll}+ing\b/u.test(text.slice(best.end, cs))) {
    return { direction: 'neutral', pastPerfect: false };
  }
  // "had (last) spoken on Monday": a "had" before the expression, in the same clause.
  const clause = text.slice(0, cs).split(/[,;:]|\bwhen\b|\bafter\b|\bbefore\b/).pop() ?? '';
  const pastPerfect = /\bhad\s+(?:\p{L}+ly\s+|last\s+|not\s+|already\s+|also\s+|never\s+|first\s+)*\p{L}+(?:ed|en|met|held|spoke|spoken|made|told|said|sent|led|left|paid|come|gone|done|seen|given|taken|brought|fought|won|lost)\b/iu.test(clause);
  return { direction: best.dir, pastPerfect };
}

export const TenseRefiner: Refiner = {
  name: 'TenseRefiner',
  refine(ctx: Context, candidates: Candidate[]): Candidate[] {
    const cache = new Map<number, Cue[]>();
    return candidates.map((c) => {
      const t = tenseAt(ctx, c, candidates, cache);
      return { ...c, direction: t.direction, pastPerfect: t.pastPerfect };
    });
  },
};
