// "is expected to meet X on Wednesday before heading to Bishkek for talks with Y": an adjunct
// "before/after + V-ing" (no comma before it) tells a second action of the same subject. Its
// place and time are its own, not the main verb's, and the main verb's are not its own.
import type { Span } from '../../pipeline/types.ts';

// Only a departure or a trip to a named place: "before visiting several companies in Ankara" tours the town
// the meeting is in, and is no second place. Not "on"/"upon": "talks on boosting trade" is a topic.
const ADJUNCT = /\s(?:before|after|prior\s+to)\s+(?=(?:heading|travell?ing|flying|leaving|departing|going|moving|continuing|proceeding|returning|arriving|visiting\s+(?:the\s+)?\p{Lu}|touring\s+(?:the\s+)?\p{Lu})\b)/gu;

export interface AdjunctPart {
  /** The trigger's own part of the clause. */
  span: Span;
  /** The trigger sits in the adjunct: it shares no time with the main verb before it. */
  inAdjunct: boolean;
}

export function adjunctPart(text: string, clause: Span, trigger: Span): AdjunctPart | null {
  const s = text.slice(clause.start, clause.end);
  ADJUNCT.lastIndex = 0;
  for (let m = ADJUNCT.exec(s); m; m = ADJUNCT.exec(s)) {
    const at = clause.start + m.index;
    if (at >= trigger.end) return { span: { start: clause.start, end: at }, inAdjunct: false };
    if (at + m[0].length <= trigger.start && trigger.start - (at + m[0].length) <= 30) return { span: { start: at, end: clause.end }, inAdjunct: true };
  }
  return null;
}
