// "His Highness the Amir received a written message from Sultan X, handed over by the Omani
// minister": the courier of a message meets the one who receives it; the sender is not there.
import type { Entity, Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';
import type { MentionIndex } from './MentionIndex.ts';
import type { ReferenceResolver } from './ReferenceResolver.ts';

const COURIER = /^(?:handed over|delivered|conveyed) by$/i;
const RECEIVED = /\b(?:received|receives|receiving)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:message|letter)\b/iu;

/** The receiver and the courier, or null when the sentence is not of that shape (or `trigger` is no courier). */
export function messageSides(text: string, sentence: Span, trigger: Trigger, mentions: MentionIndex, resolver: ReferenceResolver): Entity[] | null {
  if (!COURIER.test(trigger.text)) return null;
  const lead = text.slice(sentence.start, trigger.start);
  const r = RECEIVED.exec(lead);
  if (!r) return [];
  const slot = { start: sentence.start, end: sentence.start + r.index };
  const named = mentions.within(slot).filter((m) => m.entity.kind === 'person').pop()?.entity;
  const receiver = named ?? resolver.find(slot)?.person;
  const after = { start: trigger.end, end: Math.min(sentence.end, trigger.end + 80) };
  const courier = mentions.within(after).find((m) => m.entity.kind === 'person')?.entity ?? resolver.find(after)?.person;
  if (!receiver || !courier || receiver.id === courier.id) return [];
  return [receiver, courier];
}
