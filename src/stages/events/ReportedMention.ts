// "Volker and Morrison said that the call with Zelensky was improper", "Doctor asserts that talks
// have resumed between A and B": the people who report on an interaction named in the complement
// of their verb of saying are not its sides. A pronoun partner ("the meeting between them"), a possessive ("said that his meeting with Y") or a
// pronoun subject ("said he met Y") still makes the speaker a side, and the resolver finds it.
import type { Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';

const REPORT_THEN_NOUN = /\b(?:said|says|say|asserted|asserts|argued|argues|claimed|claims|testified|testifies|told\s+[\p{L}.\s]{1,30}?|noted|notes|insisted|insists|believes?|believed|thinks?|thought|added|stressed)\s+(?:that\s+)?(?:the\s+|this\s+|that\s+|those\s+|these\s+)?(?:[\p{L}\p{N}-]+\s+){0,3}$/iu;

/** The position of the reporting verb when the nominal trigger is in its complement, else -1. */
export function reportedFrom(text: string, clause: Span, trigger: Trigger): number {
  if (trigger.form !== 'noun') return -1;
  const lead = text.slice(clause.start, trigger.start);
  const m = REPORT_THEN_NOUN.exec(lead);
  if (!m || /\b(?:his|her|their|its|our|my)\s/i.test(m[0])) return -1;
  // "said the meeting between them was useful": a pronoun partner points back at the speakers.
  if (/^\s+(?:between|with)\s+(?:them|him|her|us|me|each other)\b/i.test(text.slice(trigger.end, trigger.end + 24))) return -1;
  return clause.start + m.index;
}
