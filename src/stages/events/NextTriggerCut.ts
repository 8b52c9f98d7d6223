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
