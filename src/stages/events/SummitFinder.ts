// Gatherings of an organization ("the NATO summit", "the upcoming AU summit", "summits involving
// ASEAN", "the Ministerial Meeting of the GCC"): a meeting whose sides are the organization and
// the people said to attend it. Without named attendees it is kept only when the text gives
// the gathering its own time or place ("will be held on 10-11 February in Addis Ababa").
import type { Entity, Sentence, Span } from '../../pipeline/types.ts';
import type { MentionIndex } from './MentionIndex.ts';

export interface SummitMention {
  org: Entity;
  /** "on the sidelines of the summit": the people who meet there attend it. */
  sidelines?: boolean;
  /** The gathering phrase, e.g. "NATO summit". */
  phrase: Span;
  /** Whether the clause says someone attends it ("attending", "at", "on the sidelines of"). */
  attended: boolean;
}

const GATHERING = String.raw`(?:[Ss]ummits?|[Mm]inisterial [Mm]eeting|[Cc]onference|[Mm]eeting)`;
// "NATO summit", "Group of 20 summit", "AU (African Union) summit".
// "Leaders of the Mercosur bloc closed their summit": the members' own summit, opened, held or closed.
const AFTER_ORG = new RegExp(
  String.raw`^(?:\s*\([^)]{1,40}\))?\s+(?:(?:[\p{L}-]+\s+){0,2}?|(?:(?:bloc|group|grouping|alliance|members|leaders)\s+)?(?:opened|closed|held|concluded|ended|began|convened|wrapped up)\s+(?:their|its)\s+(?:[\p{L}-]+\s+)?)${GATHERING}\b`,
  'u',
);
// "summit of the GCC", "summits involving the Association of Southeast Asian Nations".
const BEFORE_ORG = new RegExp(String.raw`${GATHERING}\s+(?:of|involving)\s+(?:the\s+)?(?:[\p{L}-]+[-–])?$`, 'u');
// "Leaders of A, B and C gathered in X on Monday for the Mercosur summit": gathering for it is attending it.
const ATTEND = /\b(?:gather(?:ed|s|ing)?\b[^.;]{0,60}?\bfor|converged?\b[^.;]{0,60}?\bfor|attend(?:s|ed|ing)?|at|to|participat(?:e|es|ed|ing) in|t(?:ake|ook|aking) part in|on the (?:sidelines|margins) of|joined|address(?:ed)?)\s+(?:(?:the|a|an|various|this|last|next|upcoming)\s+|[\w-]+\s+){0,4}$/i;

const SIDELINES = /\bon the (?:sidelines|margins) of\s+(?:(?:the|a|an|this|last)\s+|[\w-]+\s+){0,4}$/i;
// "are attending the summit": a definite summit with no name is the one named before.
const THE_SUMMIT = /\b(?:attend(?:s|ed|ing)?|at|to|participat(?:e|es|ed|ing) in|t(?:ake|ook|aking) part in|on the (?:sidelines|margins) of)\s+the\s+(?:\w+\s+)?summit\b/gi;

// A summit or ministerial meeting of an organization is a diplomatic gathering in itself; a
// "conference" or "meeting" of one may be a trade show, a fan convention or a board meeting
// ("the 2016 TEDMED conference", "a Wikileaks conference in Stockholm"), so it is an
// interaction only when the text names someone who attends it.
export function standsWithoutAttendees(text: string, summit: SummitMention): boolean {
  return /summit|ministerial/i.test(text.slice(summit.phrase.start, summit.phrase.end));
}

/** `previous`: the organization of the latest gathering named earlier in the article. */
export function findSummits(text: string, sentence: Sentence, mentions: MentionIndex, previous?: Entity): SummitMention[] {
  const out: SummitMention[] = [];
  const s = text.slice(sentence.start, sentence.end);
  for (const m of mentions.within(sentence)) {
    if (m.entity.kind !== 'organization') continue;
    const after = AFTER_ORG.exec(text.slice(m.end, Math.min(sentence.end, m.end + 60)));
    const beforeText = text.slice(Math.max(sentence.start, m.start - 60), m.start);
    const before = BEFORE_ORG.exec(beforeText);
    let phrase: Span | undefined;
    if (after) phrase = { start: m.start, end: m.end + after[0].length };
    else if (before) phrase = { start: m.start - before[0].length, end: m.end };
    if (!phrase) continue;
    if (out.some((o) => o.phrase.start < phrase!.end && phrase!.start < o.phrase.end)) continue;
    const lead = text.slice(Math.max(sentence.start, phrase.start - 80), phrase.start);
    out.push({ org: m.entity, phrase, attended: ATTEND.test(lead), sidelines: SIDELINES.test(lead) });
  }
  if (previous && !out.length) {
    THE_SUMMIT.lastIndex = 0;
    const m = THE_SUMMIT.exec(s);
    if (m) {
      const end = sentence.start + m.index + m[0].length;
      out.push({ org: previous, phrase: { start: end - 'summit'.length, end }, attended: true, sidelines: /sidelines|margins/i.test(m[0]) });
    }
  }
  return out;
}
