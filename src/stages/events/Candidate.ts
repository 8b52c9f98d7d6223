// The working shapes shared by the event rules: a trigger found in a sentence, then a candidate
// event built around it, before merging turns candidates into EventRecords.
import type { Entity, EventDate, EventLocation, EventType, Span } from '../../pipeline/types.ts';

export interface Trigger extends Span {
  type: EventType;
  form: 'verb' | 'noun';
  text: string;
  host?: boolean;
  /** Counts only with its partner named right after it ('called Putin'). */
  guest?: boolean;
  passive?: boolean;
  weak?: boolean;
  anaphoric?: boolean;
}

/** One mention of an entity, with the entity it belongs to. */
export interface MentionRef extends Span {
  entity: Entity;
}

export interface Candidate {
  trigger: Trigger;
  sentenceIndex: number;
  sentence: Span;
  clause: Span;
  participants: Entity[];
  /** For visits and hosting: the side that travelled / the host, when known. */
  agent?: Entity;
  host?: Entity;
  location: EventLocation | null;
  date: EventDate | null;
  status: 'occurred' | 'planned';
  salience: 'main' | 'background';
  /** Refers back to an event already introduced ("the meeting", "the two ministers"). */
  anaphoric: boolean;
  /** "separately met A, B and C": one event per partner. */
  distributive: boolean;
  confidence: number;
}

/** Why a trigger did not become an event (for diagnostics). */
export type Rejection = 'negated' | 'hypothetical' | 'habitual' | 'cancelled' | 'no-participants';
