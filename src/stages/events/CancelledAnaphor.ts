// "A and B were due to meet in Berlin, but the meeting was called off": a definite event noun
// that is cancelled takes back the plan it refers to. Only a planned event close before it can
// be called off; a meeting that already took place cannot.
import type { EventType } from '../../pipeline/types.ts';

interface Cancellable {
  type: EventType;
  status: string;
  sentences: number[];
  summit?: boolean;
}

const DEFINITE_BEFORE = /\b(?:the|this|that|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;

export function isDefiniteMention(lead: string): boolean {
  return DEFINITE_BEFORE.test(lead);
}

/** The index of the latest planned event of the type told in this or the sentence before, or -1. */
export function latestPlanned<T>(list: T[], of: (x: T) => Cancellable, type: EventType, sentence: number): number {
  for (let i = list.length - 1; i >= 0; i--) {
    const d = of(list[i]);
    if (d.type !== type || d.status !== 'planned' || d.summit) continue;
    if (d.sentences.some((s) => s === sentence || s === sentence - 1)) return i;
  }
  return -1;
}
