// "the upcoming meeting of the Joint Committee, which is scheduled to be held in Muscat next
// month": a relative clause that says where or when an event noun is held is part of that event,
// though the clause of the noun ends at the comma before "which".
import type { Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';

const HELD_RELATIVE = /^,?\s+(?:which|that)\s+(?:(?:is|are|was|were|will|would|has|have|had)\s+)?(?:\w+\s+){0,3}?(?:be\s+held|been\s+held|take\s+place|took\s+place|held|convene[sd]?)\b/i;
const FUTURE = /\b(?:will|would|shall|scheduled|set|due|expected|planned|slated|to be held|to take place)\b/i;

export interface HeldTail {
  span: Span;
  /** The relative clause announces the event ("is scheduled to be held"). */
  future: boolean;
}

export function heldTail(text: string, sentence: Span, clause: Span, trigger: Trigger): HeldTail | null {
  if (trigger.form !== 'noun' || trigger.anaphoric) return null;
  // Only for the noun the relative clause hangs on: nothing but its complement between them.
  if (/[,;]/.test(text.slice(trigger.end, clause.end))) return null;
  const m = HELD_RELATIVE.exec(text.slice(clause.end, sentence.end));
  if (!m) return null;
  const start = clause.end + m[0].length;
  const stop = /[,;]|\s(?:and|but)\s/.exec(text.slice(start, sentence.end));
  return { span: { start, end: stop ? start + stop.index : sentence.end }, future: FUTURE.test(m[0]) };
}
