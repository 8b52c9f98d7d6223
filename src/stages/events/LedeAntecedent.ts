// An anaphor with nothing before it ("During the phone call, the two leaders also discussed ...")
// refers to the interaction the lede states without a trigger word ("X and Y on Thursday
// reaffirmed ..."): the first sentence naming two people gives the sides and the time.
import type { Entity, EventDate, Sentence, TimeExpr } from '../../pipeline/types.ts';
import { findDate } from './DateFinder.ts';
import type { MentionIndex } from './MentionIndex.ts';

/** How far into the article an anaphor may still lean on the lede. */
const MAX_SENTENCE = 5;

export interface LedeSides {
  sentence: number;
  participants: Entity[];
  date: EventDate | null;
}

// `anaphorAt`: where the anaphor is; the people its own sentence names before it may be the sides too
// ("X and Y pledged on Tuesday to reset ties, after talks in Pretoria").
export function ledeAntecedent(text: string, sentences: Sentence[], mentions: MentionIndex, times: TimeExpr[], anaphorSentence: number, anaphorAt?: number): LedeSides | undefined {
  if (anaphorSentence > MAX_SENTENCE) return undefined;
  for (let i = 0; i < anaphorSentence || (i === anaphorSentence && anaphorAt !== undefined); i++) {
    const span = i === anaphorSentence ? { start: sentences[i].start, end: anaphorAt! } : sentences[i];
    const ms = mentions.within(span).filter((m) => m.entity.kind === 'person');
    const people: Entity[] = [];
    for (const m of ms) if (!people.some((p) => p.id === m.entity.id)) people.push(m.entity);
    if (people.length < 2) continue;
    const anchor = { start: ms[0].start, end: ms[ms.length - 1].end };
    return { sentence: i, participants: people.slice(0, 4), date: findDate(text, times, sentences[i], anchor) };
  }
  return undefined;
}
