// "listened in on President Trump's July 25 call with Ukrainian President Zelensky": an event
// noun owned by a person and given its partner with "with" names both of its sides; the other
// people of the clause (the listener, those questioned about it) are outside the interaction.
import type { Entity, Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';
import type { MentionIndex } from './MentionIndex.ts';

/** The sides of "X's … <noun> with Y", or null when the trigger is not of that shape. */
export function possessiveSides(text: string, clause: Span, trigger: Trigger, mentions: MentionIndex, participants: Entity[]): Entity[] | null {
  if (trigger.form !== 'noun' || trigger.type === 'visit') return null;
  if (!/^\s+with\b/i.test(text.slice(trigger.end, trigger.end + 8))) return null;
  const owner = mentions
    .within({ start: Math.max(clause.start, trigger.start - 60), end: trigger.start })
    .filter((m) => m.entity.kind === 'person' && /^['’]s\s+(?:[\p{L}\p{N}-]+\s+){0,4}$/u.test(text.slice(m.end, trigger.start)))
    .pop();
  if (!owner) return null;
  const partners = mentions
    .within({ start: trigger.end, end: clause.end })
    .filter((m) => m.entity.kind !== 'location' && participants.some((p) => p.id === m.entity.id))
    .map((m) => m.entity);
  const sides = [owner.entity, ...partners.filter((p) => p.id !== owner.entity.id)];
  return sides.filter((e, i) => sides.findIndex((x) => x.id === e.id) === i);
}
