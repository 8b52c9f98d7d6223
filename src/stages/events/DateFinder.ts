// The date of an event: the time expression inside the trigger's clause nearest to the
// trigger. Never the publication date by default: no time word in the clause means null.
import type { EventDate, Granularity, Span, TimeExpr } from '../../pipeline/types.ts';

/** TIMEX3 value → the event date value and its granularity ("2024-W05" keeps no value). */
export function toEventDate(t: TimeExpr, text: string): EventDate {
  const v = t.value ?? '';
  let value: string | null = null;
  let granularity: Granularity = t.granularity ?? 'other';
  if (/^\d{4}-\d{2}-\d{2}/.test(v)) {
    value = v.slice(0, 10);
    granularity = 'day';
  } else if (/^\d{4}-\d{2}$/.test(v)) {
    value = v;
    granularity = 'month';
  } else if (/^\d{4}$/.test(v)) {
    value = v;
    granularity = 'year';
  } else if (/^\d{4}-W\d{2}/.test(v)) {
    granularity = 'week';
  } else {
    granularity = 'other';
  }
  return { value, text: text.slice(t.start, t.end), granularity, span: { start: t.start, end: t.end } };
}

const PARTICIPLE_BEFORE = /(?<!\b(?:was|were|is|are|be|been|being|has|have|had)\s)\b(?:set up|signed|established|founded|built|created|launched|formed|adopted|introduced|opened|ratified|enacted|concluded|reached|struck|sealed|unveiled)\s+(?:(?:in|on|at|during)\s+)?(?:(?:the|last|this|early|late)\s+)?$/i;

// Times that cannot date an interaction: durations, frequencies, clock-only times and
// present/past references ("now", "recently").
function usable(t: TimeExpr, text: string): boolean {
  if (t.type === 'DURATION' || t.type === 'SET') return false;
  if (t.value && /_REF$/.test(t.value)) return false;
  // A clock whose own sentence names no day ("talks began at 3 p.m."): TIMEX3 puts it on the day
  // in context or the publication day (granularity 'other'), which the text does not say of the event.
  if (t.type === 'TIME' && t.granularity !== 'day') return false;
  // "the first talks since December 2019": that time belongs to the earlier event.
  if (/\b(?:since|until|till|before)\s+(?:the\s+|early\s+|late\s+|mid-?)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) return false;
  // "a military hotline set up in 2023", "an agreement signed last year": a participle after a noun dates that thing.
  if (PARTICIPLE_BEFORE.test(text.slice(Math.max(0, t.start - 40), t.start))) return false;
  // The " date YYYY-MM-DD" header line states publication, not an event.
  if (/^\s*date\s*$/.test(text.slice(Math.max(0, t.start - 8), t.start)) && t.start < 16) return false;
  return true;
}

export function findDate(text: string, times: TimeExpr[], clause: Span, trigger: Span): EventDate | null {
  // "...has taken place since a trilateral meeting in December 2019": past a "since", times date something else.
  const inClause = times.filter(
    (t) => t.start >= clause.start && t.end <= clause.end && usable(t, text) && !(t.start >= trigger.end && /\b(?:since|until|till)\b/i.test(text.slice(trigger.end, t.start))),
  );
  if (!inClause.length) return null;
  const dist = (t: TimeExpr) => (t.end <= trigger.start ? trigger.start - t.end : t.start >= trigger.end ? t.start - trigger.end : 0);
  // Prefer resolved values over unresolved ones at similar distance.
  const best = [...inClause].sort((a, b) => dist(a) - dist(b) || a.start - b.start)[0];
  return toEventDate(best, text);
}
