// "Langone discusses how hardworking Home Depot employees…", "the ministers discussed Iran":
// what follows a bare "discussed" is its topic, so the names there are no partners. Only the
// subject side ("A and B discussed") or a partner brought by "with" ("discussed X with Y") counts.
import type { Entity, Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';
import type { MentionIndex } from './MentionIndex.ts';

export function weakSides(text: string, clause: Span, trigger: Trigger, mentions: MentionIndex, participants: Entity[]): Entity[] {
  if (!trigger.weak) return participants;
  const withPartner = new Set<string>();
  for (const m of mentions.within({ start: trigger.end, end: clause.end })) {
    if (/\b(?:with|between|and)\s+(?:[\p{L}.'’-]+\s+){0,5}$/u.test(text.slice(Math.max(trigger.end, m.start - 60), m.start)) && /\b(?:with|between)\b/i.test(text.slice(trigger.end, m.start))) withPartner.add(m.entity.id);
  }
  const topical = new Set(mentions.within({ start: trigger.end, end: clause.end }).map((m) => m.entity.id));
  const before = new Set(mentions.within({ start: clause.start, end: trigger.start }).map((m) => m.entity.id));
  return participants.filter((e) => withPartner.has(e.id) || before.has(e.id) || !topical.has(e.id));
}
