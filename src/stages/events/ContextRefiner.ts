// Refiners that fill what only the surrounding events tell: a meeting held during a visit
// takes the visit's place; "earlier in the day" takes the date of the event it is set against.
import type { Draft } from './EventMerger.ts';
import { isVenue } from './LocationFinder.ts';
import { countryByName, countryOfPlace } from './CountryLexicon.ts';

/** A meeting with no place of its own, by someone whose visit was just reported, is at the visit's destination. */
export function inheritPlaces(drafts: Draft[], text = ''): void {
  for (const d of drafts) {
    // A venue alone ("at the Miraflores Palace") takes the town of the visit it happened on.
    if (d.type !== 'meeting' || (d.location && !isVenue(d.location.name))) continue;
    const first = d.sentences[0];
    // "arrived in Paris on Thursday ... is due to meet Bayrou on Saturday": a meeting a day to three after
    // an arrival, by the traveller, happens on that visit, whether it is still ahead or not.
    const during = (v: Draft) => {
      const a = v.date?.value;
      const b = d.date?.value;
      if (!a || !b || a.length !== 10 || b.length !== 10) return false;
      const days = (Date.parse(b) - Date.parse(a)) / 86400000;
      return days >= 0 && days <= 3 && v.sentences.some((s) => d.sentences.some((x) => Math.abs(s - x) <= 6));
    };
    const visits = drafts.filter((v) => v.type === 'visit' && v.location && v.agent && (v.status === d.status || during(v)));
    // A trip to several places does not tell which one the meeting was in.
    // "meet X on Wednesday before heading to Bishkek": a trip told as what follows the meeting is not where it is.
    const sameSentence = visits.filter((v) => v.sentences.includes(first) && !((v.at ?? 0) > (d.at ?? 0) && LATER_TRIP.test(text.slice(d.at ?? 0, (v.at ?? 0) + 20))));
    if (new Set(sameSentence.map((v) => v.location!.name)).size > 1) continue;
    // "held talks today ... The minister arrived in Astana on Tuesday": an arrival told just after, dated
    // before the meeting, is the visit the meeting happened on.
    // "Budrys also met X and held talks with Y" a few sentences after his only reported visit, with no time
    // or place of its own: it is part of that visit.
    const onlyTrip = (v: Draft) =>
      (!d.date?.value || !v.date?.value) &&
      v.sentences[0] < first &&
      first - v.sentences[0] <= 6 &&
      new Set(visits.filter((x) => x.agent?.id === v.agent!.id).map((x) => x.location!.name)).size === 1 &&
      d.participants.some((p) => p.id === v.agent!.id);
    const visit =
      sameSentence[0] ??
      visits
        .filter((v) => during(v) || onlyTrip(v) || v.sentences.some((s) => (s < first && first - s <= 1) || (v.frame && s === first + 1)))
        .find((v) => d.participants.some((p) => v.participants.some((q) => q.id === p.id)));
    // A venue is more precise than a whole country: "at Gudaibiya Palace" on a visit to Bahrain stays there.
    if (!visit || (d.location && (isVenue(visit.location!.name) || countryByName(visit.location!.name)))) continue;
    const siblings = visits.filter((v) => v.sentences[0] === visit.sentences[0]);
    if (new Set(siblings.map((v) => v.location!.name)).size > 1) continue;
    // A visit to a whole country: the town where the visitor's earlier meeting of the trip was held is nearer the mark.
    const country = countryByName(visit.location!.name)?.cca3;
    const town = country
      ? drafts.find((x) => x !== d && x.type === 'meeting' && x.location && !isVenue(x.location.name) && countryOfPlace(x.location.name) === country && !countryByName(x.location.name) && x.participants.some((p) => p.id === visit.agent!.id) && x.sentences[0] < first && first - x.sentences[0] <= 8)
      : undefined;
    d.location = town?.location ?? visit.location;
    // "He also met X during the trip": the meeting shares the trip's time when it states none.
    if (!d.date?.value && visit.date?.value && d.evidence.some((e) => DURING_TRIP.test(text.slice(e.start, e.end)))) d.date = visit.date;
  }
}

const LATER_TRIP = /\b(?:before|prior to)\s+\p{Ll}+ing\b|\b(?:then|later|afterwards|next)\s+(?:travel|head|fly|go|leave|continue|proceed)/u;
const DURING_TRIP = /\bduring (?:the|his|her|their|that) (?:trip|visit|tour|stay)\b/i;
const SAME_DAY = /\b(?:earlier|later) (?:on|in) the day\b|\bthe same day\b|\bthat day\b/i;

// "Kurti met Kallas on Thursday morning, while Vucic held talks with her in the afternoon": a part of the
// day told alone is the day of the event told just before it, in the same or the previous sentence.
const PART_OF_DAY = /\b(?:in|during) the (?:morning|afternoon|evening)\b|\b(?:that|later that|the same) (?:morning|afternoon|evening|night)\b/i;

export function inheritSameDay(text: string, drafts: Draft[]): void {
  drafts.forEach((d, i) => {
    if (d.date?.value) return;
    const ev = d.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
    const sameDay = SAME_DAY.test(ev);
    if (!sameDay && !PART_OF_DAY.test(ev)) return;
    const prior = drafts
      .slice(0, i)
      .reverse()
      .find((p) => p.date?.value && (sameDay || p.sentences.some((s) => d.sentences[0] - s >= 0 && d.sentences[0] - s <= 1)));
    if (prior?.date) d.date = { ...prior.date };
  });
}
