// The events stage: meetings, phone calls and visits an article reports.
// Order (chrono style): triggers propose candidates sentence by sentence; each candidate gets
// its clause, place, participants, date, status and salience; the merger folds repeats and
// anaphora into one event; refiners then fill places and dates that only the context gives.
import { originalSpan } from '../../pipeline/record.ts';
import { report } from '../../pipeline/diagnostics.ts';
import type { ArticleRecord, Entity, EventRecord, Span, Stage } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';
import { clauseAround, verbPhraseAround } from './ClauseWindow.ts';
import { consultCodes } from './ConsultCoder.ts';
import { findDate } from './DateFinder.ts';
import { absorb, attach, compatible, compatibleTimePlace, type Draft, place } from './EventMerger.ts';
import { inheritPlaces, inheritSameDay } from './ContextRefiner.ts';
import { type FoundLocation, isVenue, LocationFinder } from './LocationFinder.ts';
import { ledeAntecedent } from './LedeAntecedent.ts';
import { MentionIndex } from './MentionIndex.ts';
import { meetsAThing } from './ObjectShapeFilter.ts';
import { namesRatherThanCalls } from './NamingCallFilter.ts';
import { isGenericPlural } from './GenericPluralFilter.ts';
import { inSourceAttribution } from './SourceAttribution.ts';
import { possessiveSides } from './PossessiveSides.ts';
import { reportedFrom } from './ReportedMention.ts';
import { weakSides } from './WeakTopicSides.ts';
import { isDefiniteMention, latestPlanned } from './CancelledAnaphor.ts';
import { affiliationCountry } from './AffiliationCountry.ts';
import { cutAtNextTrigger, cutAtPreviousTrigger, cutPreviousObjects } from './NextTriggerCut.ts';
import { inheritMarginPlaces, inheritSidelinesPlaces } from './MarginPlace.ts';
import { mergeNestedVisits } from './VisitScope.ts';
import { placeTripLegs } from './TripLegs.ts';
import { plannedWeekdayForward, weekdayInTrip } from './TripWeekday.ts';
import { messageSides } from './MessageDelivery.ts';
import { inheritScene } from './SceneSetting.ts';
import { ParticipantFinder } from './ParticipantFinder.ts';
import { heldTail } from './HeldTail.ts';
import { adjunctPart } from './GerundAdjunct.ts';
import { delegateSides } from './DelegateSides.ts';
import { resolveGroup } from './GroupReferent.ts';
import { ReferenceResolver } from './ReferenceResolver.ts';
import { classifySalience } from './SalienceClassifier.ts';
import { refineSalience } from './SalienceRefiner.ts';
import { classifyStatus } from './StatusClassifier.ts';
import { tagTopics } from './TopicTagger.ts';
import { findSummits, standsWithoutAttendees } from './SummitFinder.ts';
import { joinDefiniteSummit } from './SummitAttendees.ts';
import { findTriggers } from './TriggerMatcher.ts';

export interface EventsOptions {
  /** Events below this confidence are dropped. */
  minConfidence: number;
}

const STAGE = 'events';
// "the first talks", "the last meeting": an ordinal picks out another interaction, not the one just told.
const ORDINAL_BEFORE = /\b(?:first|last|previous|next|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|earlier|latest|recent|former|past|upcoming|previous)\s+(?:[\w-]+\s+){0,2}$/i;
const DETERMINER_BEFORE = /\b(?:the|this|that|these|those|its|their|his|her|during|after|at|in)\s+(?:[\w-]+\s+){0,2}$/i;
const PHONE_MEDIUM = /\b(?:by|over|on|via|through|in)\s+(?:the\s+|a\s+)?(?:tele)?phone\b|\b(?:via|by|through)\s+video(?:\s?(?:link|conference|call))?\b|\bvirtually\b/i;
const HEADER = /^\s*date \d{4}-\d{2}-\d{2}\s*/;
const RESTATED_TRIP = /^\s*(?:It|This|That|The (?:trip|visit|tour|journey))\s+(?:will\s+be|would\s+be|is|was|marks|will\s+mark|marked|is\s+to\s+be)\s+(?:the|a|an|his|her|their|its|(?:the\s+)?(?:\p{Lu}[\p{L}.-]*\s+){1,4}?\p{Lu}[\p{L}.-]*['’]s)\s+(?:[\p{L}-]+\s+){0,3}$/u;
const SITE_OBJECT = /^\s+(?:several|a|an|the|some|two|three|four|local|various|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,2}(?:companies|company|factory|factories|plants?|sites?|facilities|facility|firms?|schools?|hospitals?|camps?|museums?|exhibitions?|universities|university|projects?|farms?|ports?|bases?|shipyards?|production lines?)\b/u;

function evidenceSpan(text: string, s: Span): Span {
  const m = HEADER.exec(text.slice(s.start, s.end));
  return m && s.start + m[0].length < s.end ? { start: s.start + m[0].length, end: s.end } : { start: s.start, end: s.end };
}

function chooseLocation(found: FoundLocation[], trigger: Span, text = '', sentenceStart = -1): FoundLocation | null {
  // "In Brasília, the minister will meet X for talks on ... COP30 in Belém": a fronted place sets the scene of the whole clause.
  const fronted = found.find((l) => l.phrase.start === sentenceStart && l.span.end <= trigger.start && /^,/.test(text.slice(l.span.end, l.span.end + 1)) && /^In\s/.test(text.slice(l.phrase.start, l.phrase.start + 3)));
  if (fronted) return fronted;
  const after = found.find((l) => l.span.start >= trigger.start);
  return after ?? found.filter((l) => l.span.end <= trigger.start).pop() ?? null;
}

export function extractEvents(
  record: ArticleRecord,
  options: EventsOptions,
  /** Development hook: sees every candidate before merging. */
  trace?: (message: string) => void,
): { events: EventRecord[]; notes: { span: Span; message: string; code: string }[] } {
  const text = record.text;
  const sentences = record.sentences ?? [];
  const entities = record.entities ?? [];
  const times = (record.times ?? []).filter((t) => Number.isInteger(t.start) && Number.isInteger(t.end) && t.start >= 0 && t.end <= text.length && t.start < t.end);
  const mentions = new MentionIndex(entities, text.length);
  const resolver = new ReferenceResolver(text, sentences, mentions);
  const locator = new LocationFinder(text, mentions);
  const partFinder = new ParticipantFinder(text, mentions, resolver, entities);
  const publishedAt = record.meta.publishedAt;
  const drafts: Draft[] = [];
  const notes: { span: Span; message: string; code: string }[] = [];

  // Gives an antecedent-less anaphor the sides of the lede; true when it found them.
  const fromLede = (d: Draft): boolean => {
    // Only a first mention has no antecedent: once an event is told, an unresolved anaphor stays unresolved.
    if (drafts.some((x) => x.type !== 'visit')) return false;
    const lede = ledeAntecedent(text, sentences, mentions, times, d.sentences[0], d.at);
    if (!lede) return false;
    // A mention that names its own sides leans on the lede only when the lede names the same people.
    if (d.participants.length >= 2 && !d.participants.every((p) => lede.participants.some((x) => x.id === p.id))) return false;
    const keep = d.participants.filter((p) => !lede.participants.some((x) => x.id === p.id));
    d.participants = [...lede.participants, ...keep];
    d.evidence = [evidenceSpan(text, sentences[lede.sentence]), ...d.evidence];
    d.sentences = [lede.sentence, ...d.sentences];
    d.date = d.date ?? lede.date;
    return true;
  };

  // "the Istanbul meeting", "the Doha talks": a place named right before the event noun.
  const premodifierPlace = (trigger: Trigger): FoundLocation | null => {
    if (trigger.form !== 'noun') return null;
    const m = mentions.at(Math.max(0, trigger.start - 2), trigger.start - 1);
    if (!m || m.entity.kind !== 'location' || !/^\s?$/.test(text.slice(m.end, trigger.start))) return null;
    const span = { start: m.start, end: m.end };
    return { name: text.slice(m.start, m.end), text: text.slice(m.start, m.end), span, phrase: span };
  };

  let lastSummitOrg: Entity | undefined;
  // The people of every interaction told, in text order, also those negated or called off.
  const pairs: Entity[][] = [];
  sentences.forEach((sentence, si) => {
    const pending: { d: Draft; anaphoric: boolean; weak: boolean; group: boolean; groupNoun?: string; nominalRef: boolean; indefinite?: boolean }[] = [];
    const sentenceTriggers = findTriggers(text, sentence);
    for (let trigger of sentenceTriggers) {
      if (meetsAThing(text, trigger, mentions)) continue;
      if (namesRatherThanCalls(text, trigger) || isGenericPlural(text, trigger) || inSourceAttribution(text, sentence, trigger)) continue;
      const clause = clauseAround(text, sentence, trigger);
      if ((trigger.host || trigger.guest) && !partFinder.hostHasGuest(clause, trigger)) continue;
      // "spoke with X by phone", "held talks via video link": the medium makes a meeting a call.
      if (trigger.type === 'meeting' && PHONE_MEDIUM.test(text.slice(clause.start, clause.end))) trigger = { ...trigger, type: 'phone_call' };
      const adjunct = adjunctPart(text, clause, trigger);
      const ownClause = adjunct?.span ?? clause;
      let places = trigger.type === 'visit' ? locator.destinations(clause, trigger.start) : locator.find(ownClause);
      if (!places.length) {
        const cap = locator.demonymCapital(trigger.type === 'visit' ? { start: trigger.start, end: clause.end } : clause, trigger.type === 'visit');
        if (cap) places = [cap];
      }
      // "is in Moscow on a two-day official visit": a visit with no "to X" takes the place right around it;
      // not "visiting several defence companies in Ankara", a tour of sites named by a common noun.
      if (trigger.type === 'visit' && !places.length && !SITE_OBJECT.test(text.slice(trigger.end, trigger.end + 40))) {
        places = locator.find(clause).filter((p) => Math.min(Math.abs(trigger.start - p.span.end), Math.abs(p.span.start - trigger.end)) <= 40).slice(0, 1);
      }
      const allPlaces = trigger.type === 'visit' ? [...places, ...locator.find(clause)] : places;
      const parts = partFinder.find(clause, trigger, allPlaces.map((p) => p.span));
      const owned = possessiveSides(text, clause, trigger, mentions, parts.participants);
      if (owned && owned.length >= 2) {
        const ids = new Set(owned.map((e) => e.id));
        parts.participants = owned;
        parts.subjects = parts.subjects.filter((e) => ids.has(e.id));
        parts.objects = parts.objects.filter((e) => ids.has(e.id));
      }
      if (trigger.type !== 'visit') {
        // "a ministerial meeting jointly hosted by A and B": a participle with "by" describes this event, it is no new one.
        const next = sentenceTriggers.find((t) => t.start >= trigger.end && t.type !== 'visit' && !t.anaphoric && !/^\s+by\b/i.test(text.slice(t.end, t.end + 6)));
        parts.participants = cutAtNextTrigger(parts.participants, clause, trigger.end, next?.start, mentions);
        if (trigger.form === 'noun' && !trigger.anaphoric) {
          const previous = sentenceTriggers.filter((t) => t.end <= trigger.start && t.type !== 'visit' && !t.anaphoric).pop();
          parts.participants = cutAtPreviousTrigger(parts.participants, clause, trigger, !!previous && previous.start >= clause.start, mentions);
        }
      }
      if (trigger.type !== 'visit' && trigger.form === 'verb') {
        const previousVerb = sentenceTriggers.filter((t) => t.end <= trigger.start && t.start >= clause.start && t.type !== 'visit' && t.form === 'verb').pop();
        if (previousVerb) parts.participants = cutPreviousObjects(parts.participants, clause, previousVerb.end, verbPhraseAround(text, clause, trigger).start, mentions);
      }
      // "meet X on Thursday before heading to Y for talks with Z": the main verb's object is no side of the adjunct's event.
      if (adjunct?.inAdjunct && trigger.type !== 'visit') {
        // The shared subject is named before the clause's first trigger, or resolved from a pronoun (named nowhere in it).
        const inside = new Set(mentions.within(adjunct.span).map((m) => m.entity.id));
        const firstVerb = sentenceTriggers.find((t) => t.start >= clause.start) ?? trigger;
        const before = new Set(mentions.within({ start: clause.start, end: firstVerb.start }).map((m) => m.entity.id));
        const named = new Set(mentions.within(clause).map((m) => m.entity.id));
        parts.participants = parts.participants.filter((e) => inside.has(e.id) || before.has(e.id) || !named.has(e.id));
        parts.objects = parts.objects.filter((e) => inside.has(e.id));
      }
      parts.participants = weakSides(text, clause, trigger, mentions, parts.participants);
      if (trigger.type !== 'visit' && trigger.form === 'verb') {
        const states = delegateSides(text, clause, trigger, entities, parts.participants);
        if (states) {
          parts.participants = states;
          parts.subjects = states;
          parts.objects = [];
        }
      }
      const reportAt = reportedFrom(text, clause, trigger);
      if (reportAt >= 0) {
        const named = new Set(mentions.within({ start: reportAt, end: clause.end }).map((m) => m.entity.id));
        parts.participants = parts.participants.filter((e) => named.has(e.id));
        parts.subjects = parts.subjects.filter((e) => named.has(e.id));
      }
      const delivered = messageSides(text, sentence, trigger, mentions, resolver);
      if (delivered) {
        if (delivered.length < 2) continue;
        parts.participants = delivered;
        parts.subjects = [delivered[0]];
        parts.objects = [delivered[1]];
      }
      const sides = parts.participants.filter((e) => e.kind === 'person');
      if (trigger.type !== 'visit' && sides.length >= 2) pairs.push(sides);
      const vp0 = verbPhraseAround(text, clause, trigger);
      const vp = { start: Math.max(vp0.start, ownClause.start), end: Math.min(vp0.end, ownClause.end) };
      // "visited Damascus on January 3 and met al-Sharaa": a verb phrase with no time shares the one before it.
      // "visited Beirut in February, where he held talks": the "where" clause shares the time of what it hangs on.
      // "visited Vilnius in January, when he met Nauseda": so does a "when" clause whose own verb is the trigger.
      const lead = text.slice(Math.max(sentence.start, clause.start - 9), clause.start);
      const lightVerb = /\b(?:held|had|hold|holds|conducted)\s+(?:[\p{L}'’-]+\s+){0,3}$/u.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start));
      const whereClause = /,\s+where\s+$/.test(lead) || ((trigger.form === 'verb' || lightVerb) && /,\s+when\s+$/.test(lead));
      const held = heldTail(text, sentence, clause, trigger);
      // "the upcoming visit of X to Y and the fourth meeting of Z, scheduled for November": a time after a
      // second event noun joined by "and the" is that event's.
      const nextNoun = sentenceTriggers.find((t) => t.start > trigger.end && t.start < vp.end && t.form === 'noun' && /\band\s+(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i.test(text.slice(trigger.end, t.start)));
      const ownVp = nextNoun ? { start: vp.start, end: nextNoun.start } : vp;
      // "X, who arrived in the capital late on Wednesday, held talks": the time of a closed relative clause is its own verb's.
      const asides = [...text.slice(clause.start, trigger.start).matchAll(/,\s+(?:who|which)\s[^,;]{1,120},/g)].map((r) => ({ start: clause.start + r.index!, end: clause.start + r.index! + r[0].length }));
      const ownTimes = asides.length ? times.filter((t) => !asides.some((a) => a.start <= t.start && t.end <= a.end)) : times;
      const date =
        findDate(text, ownTimes, ownVp, trigger) ??
        (vp.start > clause.start && !adjunct?.inAdjunct ? findDate(text, ownTimes, { start: clause.start, end: vp.start }, trigger) : null) ??
        (whereClause ? findDate(text, times, { start: sentence.start, end: clause.start }, trigger) : null) ??
        (held ? findDate(text, times, held.span, trigger) : null);
      if (held && !places.length) places = locator.find(held.span);
      let status = classifyStatus(text, clause, trigger, date?.value ?? null, publishedAt);
      if (held?.future && status === 'occurred') status = 'planned';
      if (status !== 'occurred' && status !== 'planned') {
        notes.push({ span: trigger, code: `events/${status}`, message: `"${trigger.text}" not emitted: ${status}` });
        if (status === 'cancelled' && trigger.form === 'noun' && isDefiniteMention(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) {
          const inSentence = latestPlanned(pending, (p) => p.d, trigger.type, si);
          if (inSentence >= 0) pending.splice(inSentence, 1);
          else {
            const earlier = latestPlanned(drafts, (d) => d, trigger.type, si);
            if (earlier >= 0) drafts.splice(earlier, 1);
          }
        }
        continue;
      }
      const salience = classifySalience(text, clause, trigger, date?.value ?? null, publishedAt, si);
      // "the meeting" refers back; "talks with other world leaders" brings its own (unnamed) partner.
      const nominalRef =
        trigger.form === 'noun' &&
        DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) &&
        !ORDINAL_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)) &&
        !/^\s*(?:with|between)\b/i.test(text.slice(trigger.end, trigger.end + 12));
      // "The meeting was attended by X and Y": the attendees join an event already told.
      const attendedBy = nominalRef && /^\s+(?:was|were)\s+(?:also\s+)?attended\s+by\b/i.test(text.slice(trigger.end, trigger.end + 30));
      if (attendedBy) parts.participants = [];
      const anaphoric = attendedBy || !!trigger.anaphoric || (parts.group && !parts.participants.length) || (!!(nominalRef || trigger.weak) && parts.participants.length < 2);
      if (trigger.weak && !anaphoric && parts.participants.length < 2) continue;
      const base = {
        type: trigger.type,
        status,
        salience,
        date,
        evidence: [evidenceSpan(text, sentence)],
        sentences: [si],
        hosted: !!trigger.host,
        host: parts.host,
        at: trigger.start,
        confidence: (trigger.weak ? 0.5 : 0.7) + (parts.participants.filter((p) => p.kind === 'person').length >= 2 ? 0.15 : 0),
      } satisfies Partial<Draft>;
      const drafts0: Draft[] = [];
      // Each draft owns its arrays: merging appends to them.
      const own = () => ({ ...base, evidence: [...base.evidence], sentences: [...base.sentences] });
      if (trigger.type === 'visit') {
        if (!parts.agent) continue;
        // "It will be the minister's first trip to South America": a predicate that describes the trip just told, no new one.
        if (trigger.form === 'noun' && RESTATED_TRIP.test(text.slice(sentence.start, trigger.start)) && drafts.some((x) => x.type === 'visit' && si - x.sentences[x.sentences.length - 1] <= 6)) continue;
        // "during his visit", "on his latest trip": the visit frames what the sentences around it tell.
        const frame = /\b(?:during|on|while on|in the course of|as part of)\s+(?:his|her|their|the|a|an|\p{Lu}[\p{L}-]*['’]s)\s+(?:[\p{L}\d-]+\s+){0,3}$/iu.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
        // "met Y in Baku on Wednesday as part of his two-day visit": the time before the frame is the meeting's.
        // A month or year before the frame ("met in April, during X's visit") holds for the visit as well.
        const when = frame && date?.span && date.span.end <= trigger.start && date.granularity === 'day' ? null : date;
        if (!places.length) {
          drafts0.push({ ...own(), date: when, participants: parts.participants, agent: parts.agent, location: null, frame });
        } else {
          for (const p of places) drafts0.push({ ...own(), date: when, participants: parts.participants, agent: parts.agent, location: p, frame });
        }
      } else {
        // A mention that refers back places the event only when the place follows it ("the meeting in Doha").
        // "discussed ... in Gaza": what is discussed is not where.
        const near = trigger.weak || trigger.placeless ? [] : anaphoric && !parts.group ? places.filter((p) => p.span.start >= trigger.end && p.span.start - trigger.end <= 25) : places;
        // "flew to Cairo, where he held talks"; "met in Tirana ..., on the sidelines of the X summit, where they held";
        // "will travel to Y for talks with Z".
        const fromContext = (): FoundLocation | null => {
          if (anaphoric) return null;
          const where = locator.whereAntecedent(sentence.start, clause.start);
          if (where) return where;
          if (/,\s+where\s+$/.test(lead)) {
            const before = locator.find({ start: sentence.start, end: clause.start });
            if (before.length) return before[before.length - 1];
          }
          return locator.tripTarget(clause.start, trigger.start);
        };
        const location = trigger.type === 'phone_call' ? null : premodifierPlace(trigger) ?? chooseLocation(near, trigger, text, sentence.start) ?? fromContext();
        const ps = parts.participants;
        const { subjects, objects } = parts;
        if (parts.distributive && ps.length >= 3 && subjects.length >= 1 && objects.length >= 1 && (subjects.length === 1 || objects.length === 1)) {
          // "A separately met B, C and D" pairs A with each; "A and B each met C" pairs each with C.
          const [one, many] = subjects.length === 1 ? [subjects[0], objects] : [objects[0], subjects];
          for (const other of many) drafts0.push({ ...own(), participants: [one, other], location });
        } else {
          drafts0.push({ ...own(), participants: ps, location });
        }
      }
      // "chaired a cabinet meeting", "to attend the 12th Meeting of the Council": some other gathering.
      const indefinite = trigger.form === 'noun' && /\b(?:a|an|another|the\s+\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start));
      for (const d of drafts0) pending.push({ d, anaphoric, weak: !!trigger.weak, group: parts.group, groupNoun: parts.groupNoun, nominalRef, indefinite });
    }
    const summits = findSummits(text, sentence, mentions, lastSummitOrg);
    if (summits.length) lastSummitOrg = summits[summits.length - 1].org;
    for (const summit of summits) {
      const pseudo: Trigger = { ...summit.phrase, type: 'meeting', form: 'noun', text: text.slice(summit.phrase.start, summit.phrase.end) };
      const clause = clauseAround(text, sentence, pseudo);
      const status = classifyStatus(text, clause, pseudo, null, publishedAt);
      if (status !== 'occurred' && status !== 'planned') continue;
      // The gathering's own time and place follow it ("which will be held on 10-11 February in Addis Ababa").
      const tail = { start: summit.phrase.end, end: verbPhraseAround(text, { start: clause.start, end: sentence.end }, pseudo).end };
      const places = locator.find(tail);
      const place0 = places[0] ?? (summit.attended ? locator.find({ start: clause.start, end: summit.phrase.start }).pop() ?? null : null);
      const date = findDate(text, times, tail, pseudo) ?? (summit.attended ? findDate(text, times, verbPhraseAround(text, clause, pseudo), pseudo) : null);
      let attendees: Entity[] = [];
      if (summit.attended) {
        const parts = partFinder.find({ start: clause.start, end: summit.phrase.start }, pseudo, places.map((p) => p.span));
        attendees = parts.group ? (resolveGroup(pairs, parts.groupNoun, text, mentions, summit.phrase.start) ?? []) : parts.subjects.length ? parts.subjects : parts.participants.filter((p) => p.kind === 'person');
        // "Leaders of Brazil, Argentina and Uruguay gathered ... for the summit": with no one named, the states attend.
        if (!attendees.length) {
          const states = parts.participants.filter((p) => p.kind === 'location');
          if (states.length >= 2) attendees = states;
        }
      }
      // "On the sidelines of the APEC summit, X held a meeting with Y": those who meet on its sidelines attend it.
      if (!attendees.length && summit.sidelines) {
        const met = pending.filter((p) => p.d.type === 'meeting' && !p.d.summit).flatMap((p) => p.d.participants.filter((e) => e.kind === 'person'));
        attendees = met.filter((e, i) => met.findIndex((x) => x.id === e.id) === i);
      }
      // "the meeting of the Supreme Interstate Council chaired by the two presidents": its chairs attend it.
      // "The X summit in Montevideo on Monday was attended by A, B and C": a place and time may come between.
      const by = /^(?:\s+(?:in|on|at)\s+[^.;,]{1,50}?)?(?:,)?\s+(?:(?:was|were|is|are|will\s+be)\s+(?:also\s+)?)?(?:(?:co-)?chaired|hosted|attended|led)\s+by\s+/i.exec(text.slice(summit.phrase.end, summit.phrase.end + 100));
      if (by) {
        const from = summit.phrase.end + by[0].length;
        const ref = resolver.find({ start: from, end: Math.min(sentence.end, from + 40) });
        attendees = ref?.kind === 'group' ? (resolveGroup(pairs, ref.noun, text, mentions, from) ?? []) : mentions.within({ start: from, end: Math.min(sentence.end, from + 80) }).filter((m) => m.entity.kind === 'person').map((m) => m.entity);
      }
      if (!attendees.length && (!date && !place0 || !standsWithoutAttendees(text, summit))) continue;
      // "On the sidelines of the summit, Lula met Orsi": a gathering named again with no time or place of its own
      // is the one already told; those said to be there join its attendees.
      const told = !date && !place0 ? [...drafts].reverse().find((x) => x.summit && x.status === status && x.participants.some((p) => p.id === summit.org.id)) : undefined;
      if (told) {
        const orgs = told.participants.filter((p) => p.kind === 'organization');
        const added = attendees.filter((a) => a.id !== summit.org.id && !told.participants.some((p) => p.id === a.id));
        told.participants = [...told.participants.filter((p) => p.kind !== 'organization'), ...added, ...orgs];
        continue;
      }
      pending.push({
        d: {
          type: 'meeting',
          status,
          salience: classifySalience(text, clause, pseudo, date?.value ?? null, publishedAt, si),
          participants: [...attendees.filter((a) => a.id !== summit.org.id), summit.org],
          date,
          location: place0,
          evidence: [evidenceSpan(text, sentence)],
          sentences: [si],
          confidence: attendees.length ? 0.7 : 0.55,
          hosted: false,
          summit: true,
        },
        anaphoric: false,
        weak: false,
        group: false,
        nominalRef: false,
      });
    }
    // A call's light verb ("received a phone call", "discussed ... in a phone call") is not a second, in-person event.
    const calls = pending.filter((p) => p.d.type === 'phone_call' && p.d.participants.length);
    const kept = pending.filter((p) => p.d.type !== 'meeting' || !calls.some((c) => p.d.participants.every((x) => c.d.participants.some((y) => y.id === x.id))));
    for (const { d, anaphoric, weak, group, groupNoun, nominalRef, indefinite } of kept) {
      trace?.(`s${si} ${d.type} [${d.participants.map((p) => p.name).join(' + ')}] loc=${d.location?.name ?? '-'} date=${d.date?.value ?? '-'} ${d.status}${anaphoric ? ' anaphoric' : ''}${weak ? ' weak' : ''}`);
      if (!group && joinDefiniteSummit(text, sentence, si, d, drafts)) continue;
      if (group) {
        // "The two leaders held their first meeting ...": a new interaction of the sides already named,
        // unless it only repeats the latest one (then the merger folds it in).
        // "they" is the pair of the event told just before, in this sentence or the one before.
        const sides =
          groupNoun === 'they'
            ? [...drafts].reverse().find((x) => x.type !== 'visit' && !x.summit && x.participants.filter((p) => p.kind === 'person').length >= 2 && x.sentences.some((s) => si - s >= 0 && si - s <= 1))?.participants.filter((p) => p.kind === 'person')
            : resolveGroup(pairs, groupNoun, text, mentions, d.evidence[0].start);
        // "they also held a trilateral meeting with X": the pair and a new partner are a meeting of their own.
        const joined = !!sides && d.participants.some((p) => p.kind === 'person' && !sides.some((q) => q.id === p.id));
        if (joined) {
          d.participants = [...sides, ...d.participants.filter((p) => !sides.some((x) => x.id === p.id))];
          if (!drafts.some((x) => compatible(x, d) && x.participants.length === d.participants.length)) drafts.push(d);
          else place(drafts, d);
          continue;
        }
        // "The two top diplomats ... during the meeting": the article's pair, not the latest aside;
        // "the two ministers last met in April" is another meeting of that pair when its time or place differs.
        const ofPair = sides && anaphoric
          ? drafts.find(
              (x) =>
                x.type === d.type &&
                !x.summit &&
                x.participants.length === sides.length &&
                sides.every((p) => x.participants.some((q) => q.id === p.id)) &&
                compatibleTimePlace(x, d) &&
                // "The two leaders last met in November": a recalled meeting is not the news event.
                !(d.salience === 'background' && x.salience === 'main' && !nominalRef),
            )
          : undefined;
        if (ofPair && (!nominalRef ? ofPair.status === d.status : true)) {
          absorb(ofPair, d, true);
          continue;
        }
        // Once the pair is known, the mention refers back only to an event of that pair.
        if (sides) d.participants = [...sides, ...d.participants.filter((p) => !sides.some((x) => x.id === p.id))];
        if (anaphoric && attach(drafts, d, weak, !nominalRef)) continue;
        if (sides) place(drafts, d);
        else if (!weak && fromLede(d)) place(drafts, d);
        continue;
      }
      const single = d.type === 'visit' || d.summit ? d.participants.length < 1 : d.participants.length < 2;
      // A mention that names nobody and does not refer back has no referent.
      if (!anaphoric && d.participants.length === 0) continue;
      // "hosted in Warsaw X, who was on his first foreign visit": a visit with no destination of its own
      // is to the town where the sentence has its traveller received.
      if (d.type === 'visit' && !d.location && d.agent && d.frame) {
        const stay = drafts.find((x) => x.type === 'meeting' && x.sentences.includes(si) && x.location && !isVenue(x.location.name) && x.participants.some((p) => p.id === d.agent!.id));
        if (stay) {
          d.location = stay.location;
          d.date = d.date ?? stay.date;
        }
      }
      const visitNoPlace = d.type === 'visit' && !d.location;
      if (anaphoric || single || visitNoPlace) {
        // A lone named side that does not refer back ("Erdogan also met Darwish", an unknown partner)
        // may add its sentence to an event of that person, but not its time or place.
        if (!anaphoric && single && !visitNoPlace) {
          // "chaired a cabinet meeting": an indefinite noun introduces some other gathering.
          if (indefinite) continue;
          d.date = null;
          d.location = null;
        }
        if (attach(drafts, d, weak, !nominalRef)) continue;
        // "the meeting between X and Y" names both sides: a mention in its own right.
        if (!single && !visitNoPlace) {
          if (anaphoric && !weak) fromLede(d);
          place(drafts, d);
        } else if (anaphoric && !weak && d.type !== 'visit' && fromLede(d)) place(drafts, d);
        continue;
      }
      // "X and Y discussed ..." usually continues the call or meeting just reported.
      if (weak && attach(drafts, d, true)) continue;
      // "In telephone talks, X told Y ...": the lede that named them without a trigger is the same call.
      if (nominalRef && !drafts.some((x) => compatible(x, d))) fromLede(d);
      place(drafts, d);
    }
  });

  mergeNestedVisits(drafts, mentions);
  weekdayInTrip(text, drafts);
  plannedWeekdayForward(drafts, publishedAt);
  placeTripLegs(text, drafts, mentions);
  // Dates first: a meeting "later in the day" is then placed by the visit of that day.
  inheritSameDay(text, drafts);
  inheritScene(text, sentences, drafts, mentions);
  inheritPlaces(drafts, text);
  inheritMarginPlaces(drafts);
  inheritSidelinesPlaces(text, drafts);
  refineSalience(drafts);

  const kept = drafts
    .filter((d) => (d.type === 'visit' ? d.participants.length >= 1 && !!d.location : d.participants.length >= (d.summit ? 1 : 2)))
    .filter((d) => d.confidence >= options.minConfidence)
    .sort((a, b) => a.evidence[0].start - b.evidence[0].start || a.evidence[0].end - b.evidence[0].end);

  const events: EventRecord[] = kept.map((d) => {
    const evidenceText = d.evidence.map((e) => text.slice(e.start, e.end)).join(' ');
    const locEntity = d.location ? mentions.at(d.location.span.end - d.location.name.length, d.location.span.end)?.entity : undefined;
    const sides = d.participants.map((e) => (e.kind === 'person' && !e.country ? { ...e, country: affiliationCountry(text, e, mentions, entities) } : e));
    const codes = consultCodes(d.type, sides, d.location?.name ?? null, locEntity?.kind === 'location' ? locEntity.country : undefined, d.hosted);
    return {
      type: d.type,
      status: d.status,
      salience: d.salience,
      participants: d.participants.map((e: Entity) => {
        const known = entities.some((x) => x.id === e.id);
        return known ? { name: e.name, kind: e.kind, entityId: e.id } : { name: e.name, kind: e.kind };
      }),
      date: d.date,
      location: d.location ? { name: d.location.name, text: d.location.text, span: d.location.span } : null,
      topics: tagTopics(evidenceText),
      plover: codes.plover,
      cameo: codes.cameo,
      evidence: d.evidence,
      confidence: Math.round(d.confidence * 100) / 100,
    };
  });
  return { events, notes };
}

export const eventsStage: Stage<EventsOptions> = {
  name: STAGE,
  description: 'meetings, phone calls and visits with participants, date, place and evidence',
  requires: ['text', 'sentences', 'entities', 'times'],
  assigns: ['events'],
  defaults: { minConfidence: 0 },
  run(record: ArticleRecord, options: EventsOptions): ArticleRecord {
    if (record.skipNlp) return { ...record, events: [] };
    const { events, notes } = extractEvents(record, { ...eventsStage.defaults, ...options });
    let out: ArticleRecord = { ...record, events };
    for (const n of notes) out = report(out, STAGE, 'info', n.code, n.message, originalSpan(record, n.span.start, n.span.end));
    return out;
  },
};
