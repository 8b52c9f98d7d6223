// One event per interaction: a candidate that repeats an event already found (same type and
// status, the same people or a subset, no clash of date or place) adds its sentence to that
// event's evidence; an anaphoric one ("the meeting", "the two ministers") attaches to the most
// recent event of its type. Different dates or places keep two meetings of a pair apart.
import type { Entity, EventDate, EventType, Span } from '../../pipeline/types.ts';
import { countryByName } from './CountryLexicon.ts';
import { type FoundLocation, isVenue } from './LocationFinder.ts';

export interface Draft {
  type: EventType;
  status: 'occurred' | 'planned';
  salience: 'main' | 'background';
  participants: Entity[];
  agent?: Entity;
  host?: Entity;
  date: EventDate | null;
  location: FoundLocation | null;
  evidence: Span[];
  sentences: number[];
  confidence: number;
  hosted: boolean;
  /** A gathering of an organization (SummitFinder): never the same event as a bilateral meeting. */
  summit?: boolean;
  /** A visit told as the frame of other events ("during their visit to the UAE"). */
  frame?: boolean;
  /** Where its trigger starts. */
  at?: number;
}

const people = (list: Entity[]) => list.filter((e) => e.kind === 'person');

// A state stands for its people: "US, Egyptian presidents" (the states) and "Sisi and Biden"
// (people whose country is known) describe the same sides.
export function same(a: Entity, b: Entity): boolean {
  if (a.id === b.id) return true;
  const state = (x: Entity) => (x.kind === 'location' ? (countryByName(x.name)?.cca3 ?? x.country) : undefined);
  const sa = state(a);
  const sb = state(b);
  return (!!sa && b.kind !== 'location' && b.country === sa) || (!!sb && a.kind !== 'location' && a.country === sb);
}

function subsetRelated(a: Entity[], b: Entity[]): boolean {
  const sub = (x: Entity[], y: Entity[]) => x.length > 0 && x.every((e) => y.some((f) => same(e, f)));
  // "Ministers from A, B, C and D joined Fidan": a gathering of three or more sides is another meeting
  // (states standing for their delegates) than a two-sided one it shares a person or a state's minister with.
  const statesGathering = (x: Entity[]) => x.length >= 3 && x.some((e) => e.kind === 'location');
  if ((statesGathering(a) && b.length === 2) || (statesGathering(b) && a.length === 2)) return false;
  const pa = people(a);
  const pb = people(b);
  if (pa.length && pb.length) return sub(pa, pb) || sub(pb, pa);
  return sub(a, b) || sub(b, a);
}

function placesAgree(a: FoundLocation | null, b: FoundLocation | null): boolean {
  if (!a || !b || isVenue(a.name) || isVenue(b.name)) return true;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x === y || x.includes(y) || y.includes(x);
}

function datesAgree(a: EventDate | null, b: EventDate | null): boolean {
  if (!a?.value || !b?.value) return true;
  return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

/** No clash of stated date or place between two mentions. */
export function compatibleTimePlace(d: Draft, c: Draft): boolean {
  return datesAgree(d.date, c.date) && placesAgree(d.location, c.location);
}

// "The two leaders last met in November": a recalled mention with a time of its own is another event than
// the undated news event of the same pair.
function recalledApart(d: Draft, c: Draft): boolean {
  return !!c.date?.value && !d.date?.value && c.salience === 'background' && d.salience === 'main';
}

export function compatible(d: Draft, c: Draft): boolean {
  if (d.type !== c.type || d.status !== c.status || !!d.summit !== !!c.summit) return false;
  if (!datesAgree(d.date, c.date) || recalledApart(d, c)) return false;
  if (!placesAgree(d.location, c.location)) return false;
  // "attended the BRICS summit" is not the G20 summit told before it: gatherings of different organizations stay apart.
  if (d.summit && c.summit) {
    const orgs = (x: Draft) => x.participants.filter((p) => p.kind === 'organization');
    if (orgs(d).length && orgs(c).length && !orgs(d).some((p) => orgs(c).some((q) => q.id === p.id))) return false;
  }
  if (d.type === 'visit') {
    if (d.location && c.location && d.location.name.toLowerCase() !== c.location.name.toLowerCase()) return false;
    return !!d.agent && !!c.agent && d.agent.id === c.agent.id;
  }
  return subsetRelated(d.participants, c.participants);
}

function mergeParticipants(a: Entity[], b: Entity[]): Entity[] {
  const all: Entity[] = [];
  for (const e of [...a, ...b]) if (!all.some((x) => x.id === e.id)) all.push(e);
  // People first: once both sides are named people, the group and state placeholders go.
  return people(all).length >= 2 ? people(all) : all;
}

export function absorb(into: Draft, c: Draft, anaphoric: boolean): void {
  if (!anaphoric) into.participants = into.summit ? [...into.participants, ...c.participants.filter((p) => !into.participants.some((q) => q.id === p.id))] : mergeParticipants(into.participants, c.participants);
  for (const e of c.evidence) if (!into.evidence.some((x) => x.start === e.start)) into.evidence.push(e);
  into.evidence.sort((a, b) => a.start - b.start);
  into.sentences = [...new Set([...into.sentences, ...c.sentences])].sort((a, b) => a - b);
  // A repeated mention fills a missing time, or one stated only vaguely ("next week", then "on 12 June").
  if (c.date && (!into.date || (into.date.value == null && c.date.value))) into.date = c.date;
  if (c.location && into.type !== 'phone_call' && (!into.location || (isVenue(into.location.name) && !isVenue(c.location.name)))) into.location = c.location;
  if (c.salience === 'main') into.salience = 'main';
  into.hosted = into.hosted || c.hosted;
  into.host = into.host ?? c.host;
  into.confidence = Math.min(0.95, Math.max(into.confidence, c.confidence) + 0.05);
}

/**
 * Attaches an anaphoric mention to the most recent event of its type that it can refer to.
 * `sameStatus` is off for noun anaphors: "will strive ... during the meeting" is about the striving.
 */
export function attach(drafts: Draft[], c: Draft, anyTalk = false, sameStatus = true): boolean {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i];
    if (c.sentences[0] - d.sentences[d.sentences.length - 1] > 6) return false;
    // "they discussed" fits a call as well as a meeting.
    const typeOk = d.type === c.type || (anyTalk && d.type !== 'visit');
    // "During the talks" after "met on the sidelines of the X summit" means the bilateral talks.
    if (!typeOk || (sameStatus && d.status !== c.status) || d.summit) continue;
    if (c.date?.value && d.date?.value && !datesAgree(d.date, c.date)) continue;
    if (recalledApart(d, c)) continue;
    if (c.location && d.location && !placesAgree(d.location, c.location)) continue;
    // Whoever the mention names must already be part of the event it refers to.
    if (!c.participants.every((p) => d.participants.some((q) => q.id === p.id))) continue;
    absorb(d, c, true);
    return true;
  }
  return false;
}

/** Adds a candidate to the drafts, merged into the latest event it repeats or as a new one. */
export function place(drafts: Draft[], c: Draft): void {
  // "A and B each met C ... A and B received C": a joint mention of meetings already told apart
  // repeats each of them; it does not turn one of them into a three-sided meeting.
  const ps = people(c.participants);
  if (ps.length >= 3) {
    const parts = drafts.filter((d) => compatible(d, c) && people(d.participants).length >= 2 && people(d.participants).length < ps.length && people(d.participants).every((p) => ps.some((q) => q.id === p.id)));
    if (parts.length >= 2 && ps.every((p) => parts.some((d) => d.participants.some((q) => q.id === p.id)))) {
      for (const d of parts) absorb(d, c, true);
      return;
    }
  }
  for (let i = drafts.length - 1; i >= 0; i--) {
    if (compatible(drafts[i], c)) {
      absorb(drafts[i], c, false);
      return;
    }
  }
  drafts.push(c);
}
