// "a July 10 meeting at the White House when Sondland told officials … before they would agree to a
// meeting Zelenskiy wanted with Trump": the people named after a second trigger are that trigger's
// partners, not the first one's. The subject may be shared ("X met Y and then held talks with Z"),
// so only the object side is cut at the next trigger; a participle with "by" ("a meeting hosted
// by A and B") describes the first event and cuts nothing (the caller skips it).
import type { Entity, Span } from '../../pipeline/types.ts';
import type { MentionIndex } from './MentionIndex.ts';

/** The participants that are named somewhere before `cut` in the clause, or before the trigger. */
export function cutAtNextTrigger(participants: Entity[], clause: Span, triggerEnd: number, cut: number | undefined, mentions: MentionIndex): Entity[] {
  if (cut === undefined || cut >= clause.end || cut <= triggerEnd) return participants;
  const beyond = mentions.within({ start: cut, end: clause.end }).map((m) => m.entity.id);
  const earlier = new Set(mentions.within({ start: clause.start, end: cut }).map((m) => m.entity.id));
  return participants.filter((e) => earlier.has(e.id) || !beyond.includes(e.id));
}

// The other way, for an event noun only ("… a July 10 meeting with Sand before the White House would
// agree to a meeting Zelensky wanted with Trump"): a noun shares no subject with a trigger before it,
// so people named before it (beyond a possessor right before it: "Sand's meeting") drop out when
// the noun keeps two sides of its own.
export function cutAtPreviousTrigger(participants: Entity[], clause: Span, trigger: Span, hasPrevious: boolean, mentions: MentionIndex): Entity[] {
  if (!hasPrevious) return participants;
  const later = new Set(mentions.within({ start: Math.max(clause.start, trigger.start - 25), end: clause.end }).map((m) => m.entity.id));
  const own = participants.filter((e) => later.has(e.id) || !mentions.within(clause).some((m) => m.entity.id === e.id));
  return own.length >= 2 ? own : participants;
}

// "Budrys also met the Head of the Bureau, X, and held talks with the Speaker, Y": the object of the
// first verb of a coordinated pair is not a side of the second; only the shared subject is.
export function cutPreviousObjects(participants: Entity[], clause: Span, previousEnd: number, vpStart: number, mentions: MentionIndex): Entity[] {
  if (vpStart <= previousEnd) return participants;
  const between = new Set(mentions.within({ start: previousEnd, end: vpStart }).map((m) => m.entity.id));
  const elsewhere = new Set([...mentions.within({ start: clause.start, end: previousEnd }), ...mentions.within({ start: vpStart, end: clause.end })].map((m) => m.entity.id));
  const own = participants.filter((e) => !between.has(e.id) || elsewhere.has(e.id));
  return own.length >= 2 ? own : participants;
}
