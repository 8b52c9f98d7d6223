// What rules pass between each other inside the time stage.
import type { Granularity, TimeAnchor, TimeType } from '../../pipeline/types.ts';

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type Direction = 'past' | 'future' | 'neutral';
export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';

/**
 * What the text said, before it is resolved. Fields the text stated are set; anything left
 * out (the year of "Feb. 3") is filled by the resolver from the publication date or the event.
 */
export type Spec =
  /** Calendar components as written: "Feb. 3", "December 2021", "2008", "Monday". */
  | { kind: 'calendar'; year?: number; yearOffset?: number; month?: number; day?: number; weekday?: number; weekdayShift?: -1 | 0 | 1; part?: DayPart; clock?: string }
  /** Counted from the publication date: "yesterday" (day -1), "last week" (week -1), "next year". */
  | { kind: 'offset'; unit: 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade'; n: number; part?: DayPart; clock?: string }
  /** Counted from the date of the event in context: "the day before", "the same day". */
  | { kind: 'event'; n: number; unit?: 'day' | 'week' | 'month' | 'year'; part?: DayPart; needsContext?: boolean }
  /** "the same month a year ago", "the same period last year": the event's period, n years off. */
  | { kind: 'samePeriod'; years: number; unit: 'period' | 'month' | 'quarter' | 'week' | 'day' }
  /** "for the quarter", "earlier in the year", "by that time": the period told before it. */
  | { kind: 'anaphor'; unit: 'quarter' | 'year' | 'month' | 'any' }
  /** "for a third straight day": the day its sentence names, else the publication day. */
  | { kind: 'streakDay' }
  /** "the weekend", "last weekend": which weekend depends on tense like a weekday. */
  | { kind: 'weekend'; shift?: -1 | 0 | 1 }
  | { kind: 'quarter'; quarter: number; year?: number; yearOffset?: number }
  | { kind: 'season'; season: Season; year?: number; yearOffset?: number }
  /** "the last week of March": a week of a month (the ISO week whose Thursday is in it). */
  | { kind: 'monthWeek'; month: number; nth: number; year?: number; yearOffset?: number }
  /** "Christmas", "last Thanksgiving": a holiday's rule (lexicon.json), a year or a shift. */
  | { kind: 'holiday'; rule: string; year?: number; shift?: -1 | 0 | 1 }
  | { kind: 'decade'; decade: number } // 198 for "the 1980s"
  /** A value that needs no anchor: PRESENT_REF, P3D, a clock time without a day. */
  | { kind: 'literal'; value: string | null; granularity: Granularity; anchor?: TimeAnchor };

/** A proposal from a parser; refiners filter, merge and resolve them. */
export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: 'DATE' | 'TIME' | 'DURATION' | 'SET';
  spec: Spec;
  rule: string; // the parser that proposed it (for debugging and tests)
  /** Higher wins when two candidates cover the same text. */
  priority: number;
  direction?: Direction;
  /** "had spoken on Monday": told relative to the event in context, not to publication. */
  pastPerfect?: boolean;
  /** Set by the resolver. */
  value?: string | null;
  anchor?: TimeAnchor;
  granularity?: Granularity;
  /** The day this expression points at, when it points at one (event anchoring uses it). */
  day?: { year: number; month: number; day: number };
  /** The year (and month) it points into, for "the previous year" / "that month" after it. */
  ym?: { year: number; month?: number };
  /** Why the value is null, when it is (reported as a diagnostic). */
  unresolved?: 'no-anchor' | 'invalid';
}

export interface Context {
  text: string;
  sentences: { start: number; end: number }[];
  published: { year: number; month: number; day: number } | null;
}

export interface Parser {
  name: string;
  parse(ctx: Context): Candidate[];
}

export interface Refiner {
  name: string;
  refine(ctx: Context, candidates: Candidate[]): Candidate[];
}

export type { Granularity, TimeAnchor, TimeType };
