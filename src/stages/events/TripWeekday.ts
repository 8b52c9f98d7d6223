// "will travel to Brazil and Argentina from 29 September to 2 October ... will hold talks with X on
// Wednesday": a bare weekday of a planned meeting told after a trip that spans a date range is the
// weekday inside that trip, not the first one after publication.
import type { Draft } from './EventMerger.ts';
import { isRange } from './TripLegs.ts';

const WEEKDAY = /^(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/i;
const DAY = 86400000;

export function weekdayInTrip(text: string, drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.type === 'visit' || d.status !== 'planned' || !d.date?.value || d.date.value.length !== 10 || !WEEKDAY.test(d.date.text.trim())) continue;
    const trip = drafts.find(
      (v) =>
        v.type === 'visit' &&
        v.status === 'planned' &&
        v.date?.value?.length === 10 &&
        isRange(text, v.date) &&
        d.participants.some((p) => p.id === v.agent?.id) &&
        v.sentences[0] <= d.sentences[0] &&
        d.sentences[0] - v.sentences[0] <= 6 &&
        // "meet X on Wednesday before travelling to Y": a meeting told before the trip in its sentence is not on it.
        !(v.sentences[0] === d.sentences[0] && (d.at ?? 0) < (v.at ?? 0)),
    );
    if (!trip) continue;
    const start = Date.parse(trip.date!.value!);
    let t = Date.parse(d.date.value);
    if (t >= start || start - t > 13 * DAY) continue;
    while (t < start) t += 7 * DAY;
    d.date = { ...d.date, value: new Date(t).toISOString().slice(0, 10) };
  }
}

// "Modi, Lula and Ramaphosa will also hold a meeting ... on Sunday": a bare weekday of a planned event that
// the time stage resolved to a day before publication (its past-tense default) is the next such weekday,
// when the story itself has already moved past that day (an event that occurred later than it). A story
// told days before its publication keeps its weekdays ("arrived on Thursday ... is due to meet X on Saturday").
export function plannedWeekdayForward(drafts: Draft[], publishedAt: string | null): void {
  if (!publishedAt || publishedAt.length < 10) return;
  const pub = Date.parse(publishedAt.slice(0, 10));
  for (const d of drafts) {
    if (d.status !== 'planned' || !d.date?.value || d.date.value.length !== 10 || !WEEKDAY.test(d.date.text.trim())) continue;
    const value = d.date.value;
    let t = Date.parse(value);
    if (!(t < pub) || pub - t > 7 * DAY) continue;
    if (!drafts.some((x) => x.status === 'occurred' && x.date?.value?.length === 10 && x.date.value > value)) continue;
    while (t < pub) t += 7 * DAY;
    d.date = { ...d.date, value: new Date(t).toISOString().slice(0, 10) };
  }
}
