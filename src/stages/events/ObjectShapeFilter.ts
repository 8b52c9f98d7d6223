// "individuals that meet proteins", "met resistance", "meets the eye": a meeting verb whose
// object is a common noun, with no name close after it, tells no interaction. People are
// met by name, by pronoun, by title ("met senior officials") or "with" someone.
import type { Trigger } from './Candidate.ts';
import type { MentionIndex } from './MentionIndex.ts';

// Words that may follow a meeting verb when a person is being met.
const OPENERS = new Set(
  `with up again also later privately face behind twice once last first earlier over here there one-on-one until since separately briefly jointly today yesterday on in at for during after before
  him her them us me you his their its our your the a an this that these those both each all several many some two three
  four five other another senior top foreign visiting local new former fellow key leading
  officials leaders counterpart counterparts ministers minister representatives members delegates delegations delegation
  diplomats envoys envoy lawmakers senators legislators families relatives students residents troops soldiers workers survivors
  refugees victims journalists reporters executives investors activists farmers voters supporters donors advisers advisors
  heads chiefs president prime king queen pope emperor crown prince sheikh chancellor secretary ambassador governor mayor
  mr mrs ms dr`.split(/\s+/),
);

/** True when the verb trigger is followed by a common noun rather than someone to meet. */
export function meetsAThing(text: string, trigger: Trigger, mentions: MentionIndex): boolean {
  if (trigger.form !== 'verb' || !/^(?:meet|meets|met|meeting)$/i.test(trigger.text)) return false;
  const next = /^\s+([a-z][a-z'-]*)/.exec(text.slice(trigger.end, trigger.end + 40));
  if (!next || OPENERS.has(next[1]) || /ly$/.test(next[1])) return false;
  const near = mentions.within({ start: trigger.end, end: Math.min(text.length, trigger.end + 40) }).some((m) => m.entity.kind !== 'location');
  return !near;
}
