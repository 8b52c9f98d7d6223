// Whether a trigger reports an interaction that happened, one that is planned, or none at all
// (negated, hypothetical, cancelled, habitual). Looks at the words of the clause before the
// trigger (and a few after, for "slated for August") since English marks these on the verb group.
import type { Span } from '../../pipeline/types.ts';
import type { Rejection, Trigger } from './Candidate.ts';

const PLANNED_BEFORE = /\b(?:will|shall|'ll|would|to be|is to|are to|were to|was to|(?:is|are|was|were) (?:(?:also|now|still|then) )?(?:expected|set|scheduled|due|slated|going|planning|preparing|poised) to|plans? to|planned to|intends? to|(?:plans?|planning|intends?|preparing|agreed|decided|invitation) to (?:hold|have|pay|make|meet|visit|travel|host|receive|attend))\b|\b(?:upcoming|forthcoming|planned|proposed|expected|scheduled|next|future|coming)\s+(?:\w+\s+){0,2}$/i;
// "the AU summit will be held on 10 February": the future sits after an event noun that opens the clause.
const FUTURE_PREDICATE = /^\s*(?:[\w-]+\s+){0,2}?(?:will|is to|are to|is due to|are due to)\s+(?:be\s+held|take\s+place|convene|open|begin|start)\b/i;
const PLANNED_AFTER = /^[^.;]{0,100}?,\s+(?:scheduled|set|due|slated|planned|expected)\s+to\s+(?:be\s+held|take\s+place|convene|open)\b|^\s*(?:[\w-]+\s+){0,3}?(?:which|that)\s+will\b|^\W*(?:\w+\W+){0,6}?(?:is|are|was|were) (?:expected|set|scheduled|due|slated|planned)\b|^\s*(?:\w+\s+){0,4}(?:slated|scheduled) (?:for|to)\b/i;
const NEGATED = /\b(?:not|n't|never|no|neither|nor|without|refused to|declined to|failed to|rejected|ruled out|denied)\b(?:\s+\S+){0,3}\s*$/i;
const CANCELLED = /\b(?:cancel(?:l)?ed|called off|postponed|scrapped|suspended|canceling|cancelling)\b/i;
// "A planned meeting between A and B was cancelled": an event noun's own predicate, however long its
// "between …" phrase, can call it off.
const NOUN_CALLED_OFF = /^[^,;]*?\b(?:was|were|has been|have been|had been|is|are|got)\s+(?:\w+\s+)?(?:cancel(?:l)?ed|called off|postponed|scrapped|shelved|put off|delayed indefinitely)\b/i;
const HYPOTHETICAL = /\b(?:if|unless|could|might|should|would like to|wants? to|wanted to|hopes? to|hoped to|ready to|willing to|offered to|proposed to|calls? for|called for|urged|invited\b.*\bto)\b/i;
const HABITUAL = /\b(?:regularly|frequently|often|usually|routinely|repeatedly|every (?:year|month|week)|annually|(?<!\b(?:the|this|next|upcoming|its|their|his|her)\s)annual|in contact with)\b/i;

// "may" is a modal only in lower case; "in May" is a month.
const MAY = /\bmay\b/;

const NO_PLANS = /\b(?:no plans?|not (?:planning|expected|scheduled|going|likely)|never)\b/i;
// Strong announcements of a future event, wherever they sit before the trigger in its clause.
const ANNOUNCED = /\b(?:will|(?:is|are|was|were|been|being) (?:(?:also|now|still|then) )?(?:expected|set|scheduled|due|slated|poised) to|plans? to|planning to)\b/i;

export type Status = 'occurred' | 'planned' | Rejection;

export function classifyStatus(text: string, clause: Span, trigger: Trigger, dateValue: string | null, publishedAt: string | null): Status {
  const before = text.slice(clause.start, trigger.start);
  const near = before.slice(-60);
  const after = text.slice(trigger.end, clause.end);
  // The negation must govern the trigger: "X, whose country had no president, arrived in Paris" is no denial.
  const own = before.slice(-30).split(/[,;—–]/).pop()!;
  // "had no meeting planned with Li", "held no talks": the negation may sit inside the trigger itself.
  if (NEGATED.test(own) || NO_PLANS.test(before) || /\b(?:no|never)\b/i.test(trigger.text)) return 'negated';
  if (CANCELLED.test(before) || CANCELLED.test(after.slice(0, 40))) return 'cancelled';
  if (trigger.form === 'noun' && NOUN_CALLED_OFF.test(after)) return 'cancelled';
  if (HABITUAL.test(near) || /^\s*(?:[\p{L}.-]+\s+){0,3}?(?:regularly|frequently|often|annually|every\s+(?:year|month|week))\b/iu.test(after)) return 'habitual';
  if (HYPOTHETICAL.test(near) || MAY.test(near.slice(-25))) return 'hypothetical';
  // The announcement must govern the trigger: not a "will" of an earlier clause ("X will visit in July, Y said after a call").
  const ownPart = before.slice(before.lastIndexOf(',') + 1);
  if (PLANNED_BEFORE.test(ownPart.slice(-60)) || PLANNED_AFTER.test(after) || ANNOUNCED.test(ownPart) || (trigger.form === 'noun' && FUTURE_PREDICATE.test(after))) return 'planned';
  // A date after publication can only be a plan, unless the verb itself says it happened
  // ("held talks on Wednesday" resolved forward is a resolution slip, not a plan).
  const past = /(?:ed|^met|^held|^had|^spoke|^made|^paid|^sat|^went|^flew|^took|^was|^were)\b/i.test(trigger.text.split(/\s+/)[0]) || /\b(?:had|was|were)\s+(?:\w+\s+)?$/i.test(near);
  if (!past && dateValue && publishedAt && dateValue.length >= 7 && dateValue > publishedAt.slice(0, dateValue.length)) return 'planned';
  return 'occurred';
}
