// "…, a second person briefed on last weekend's phone call said.", "…, according to officials
// familiar with the meeting.": a trigger inside the description of a news source tells who the
// source is, not what happened; the interaction, if any, is told elsewhere.
import type { Sentence } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';

// The last comma-delimited chunk before the trigger opens the source's noun phrase…
const SOURCE_OPENING = /,\s+(according to\s+)?(?:a|an|the|one|two|three|several|other|some|people|officials|sources?|those)\b[^,;“”"]*$/i;
// …and runs to the end of the sentence, closed by its verb of saying (not needed after "according to").
const SAYS_AT_END = /\b(?:said|says|told\s+[\p{L}.\s]{1,30}|added|noted|confirmed)\s*[.”"]*\s*$/iu;

/** True when the trigger sits in a trailing source attribution. */
export function inSourceAttribution(text: string, sentence: Sentence, trigger: Trigger): boolean {
  const open = SOURCE_OPENING.exec(text.slice(sentence.start, trigger.start));
  if (!open) return false;
  const after = text.slice(trigger.end, sentence.end);
  if (/[,;“”"]/.test(after.replace(/[.”"\s]+$/, ''))) return false;
  return !!open[1] || SAYS_AT_END.test(after);
}
