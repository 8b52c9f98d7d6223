// "World leaders opened the G20 summit in Johannesburg on Saturday. A, B, C and D were among those
// attending the two-day meeting", "Leaders of Mercosur closed their summit in Montevideo on Friday.
// The summit, hosted by A, brought together B, C and D": a list of three or more people at "the
// summit"/"the (two-day) meeting" just after a gathering is told are that gathering's attendees, not a
// new meeting with no time or place (and not one a later two-sided meeting of two of them folds into).
import type { Sentence } from '../../pipeline/types.ts';
import type { Draft } from './EventMerger.ts';

const DEFINITE_GATHERING = /\b[Tt]he\s+(?:[\p{L}\d-]+\s+){0,2}?(?:summit|meeting|gathering|conference|session)\b/u;

/** True when `d` was folded into the gathering told in this or the two sentences before. */
export function joinDefiniteSummit(text: string, sentence: Sentence, si: number, d: Draft, drafts: Draft[]): boolean {
  if (d.type !== 'meeting' || d.summit || d.participants.filter((p) => p.kind === 'person').length < 3) return false;
  if (!DEFINITE_GATHERING.test(text.slice(sentence.start, sentence.end))) return false;
  const g = [...drafts].reverse().find((x) => x.summit && x.status === d.status && x.sentences.some((s) => si - s >= 0 && si - s <= 2));
  if (!g) return false;
  // A date or town of its own that differs from the gathering's is another meeting.
  if (d.date?.value && g.date?.value && d.date.value !== g.date.value) return false;
  const org = g.participants.filter((p) => p.kind === 'organization');
  const rest = g.participants.filter((p) => p.kind !== 'organization');
  const added = d.participants.filter((p) => !g.participants.some((q) => q.id === p.id));
  g.participants = [...rest, ...added, ...org];
  g.date = g.date ?? d.date;
  g.location = g.location ?? d.location;
  if (!g.sentences.includes(si)) {
    g.sentences.push(si);
    g.evidence.push(...d.evidence);
  }
  if (d.salience === 'main') g.salience = 'main';
  g.confidence = Math.max(g.confidence, d.confidence);
  return true;
}
