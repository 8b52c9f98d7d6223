// The working shapes shared by the event rules: a trigger found in a sentence and the entity
// mentions around it. Candidates become `Draft`s (EventMerger) and then EventRecords.
import type { Entity, EventType, Span } from '../../pipeline/types.ts';

export interface Trigger extends Span {
  type: EventType;
  form: 'verb' | 'noun';
  text: string;
  host?: boolean;
  /** Counts only with its partner named right after it ('called Putin'). */
  guest?: boolean;
  /** What follows it is a topic, not a venue ('discussed the situation in Gaza'). */
  placeless?: boolean;
  passive?: boolean;
  weak?: boolean;
  anaphoric?: boolean;
}

/** One mention of an entity, with the entity it belongs to. */
export interface MentionRef extends Span {
  entity: Entity;
}

/** Why a trigger did not become an event (for diagnostics). */
export type Rejection = 'negated' | 'hypothetical' | 'habitual' | 'cancelled' | 'no-participants';
