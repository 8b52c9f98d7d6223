// "his exclusion from some important meetings", "many meetings on the issue": a plural event noun
// under a quantifier speaks of meetings in general, not of one that took place. A reported
// interaction is definite ("the meetings"), counted ("two meetings") or has its partner ("meetings with X").
import type { Trigger } from './Candidate.ts';

const QUANTIFIER_BEFORE = /\b(?:some|any|many|several|numerous|various|countless|such|most|all|frequent|regular|occasional|routine|endless|multiple)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** True for a quantified plural event noun with no partner named right after it. */
export function isGenericPlural(text: string, trigger: Trigger): boolean {
  if (trigger.form !== 'noun' || !/s$/i.test(trigger.text) || /talks$/i.test(trigger.text)) return false;
  if (/^\s+(?:with|between)\b/i.test(text.slice(trigger.end, trigger.end + 12))) return false;
  return QUANTIFIER_BEFORE.test(text.slice(Math.max(0, trigger.start - 50), trigger.start));
}
