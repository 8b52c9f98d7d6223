// Who took part: the named people of the trigger's clause (subject and objects, "with X",
// "between X and Y", coordinated lists, passives), a pronoun or role noun in the subject slot
// resolved to a person already named, then, only when people do not fill both sides, a group
// named as a side ("a Hamas delegation") and then states ("Turkish and American officials").
import type { Entity, Span } from '../../pipeline/types.ts';
import type { MentionRef, Trigger } from './Candidate.ts';
import { countryByCode, countryByDemonym, countryByName, countryOfPlace } from './CountryLexicon.ts';
import type { MentionIndex } from './MentionIndex.ts';
import type { ReferenceResolver } from './ReferenceResolver.ts';

export interface ParticipantResult {
  participants: Entity[];
  /** The named people before and after the trigger (for distributive splits). */
  subjects: Entity[];
  objects: Entity[];
  /** The visitor of a visit; the host of a hosting verb. */
  agent?: Entity;
  host?: Entity;
  /** The subject is "the two ministers" / "both leaders": the event is one already introduced. */
  group: boolean;
  /** The group's noun ("the two presidents"), which may tell which pair it is. */
  groupNoun?: string;
  distributive: boolean;
}

// A mention that is the source of a report, not a party: "..., Erdogan said", "according to X".
// Only an attribution set off from the report counts ("X met Y, Z said"); "X told Y" inside the
// clause of a call is the call itself.
const SPEAKER_AFTER = /^\s*(?:,\s*)?(?:said|says|added|noted|stated|reported|announced|wrote|tweeted)\b/i;
const ATTRIBUTION_BEFORE = /[,"”]\s*(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/u;
const SPEAKER_PARTY = /^\s*(?:on\s+\w+\s+|\w+day\s+)?(?:after|during|in|following|at the end of)\s+(?:a|an|the|their|his|her)\s+(?:[\w-]+\s+){0,2}$/i;
const SPEAKER_BEFORE = /\b(?:according to|quoted|cited)\s+(?:the\s+)?$/i;
// An organization counts as a side only when the text makes it one.
const SIDE_AFTER = /^\s*(?:'s\s+|’s\s+)?(?:\w+\s+)?(?:delegation|delegations|leaders|leadership|officials|representatives|team|negotiators|members|envoys|chiefs)\b/i;
const SIDE_BEFORE = /\b(?:delegation|leaders|leadership|officials|representatives|members|envoys)\s+(?:of|from)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}']*\s+){0,6}(?:\(\s*)?$/iu;
const DIRECT_BEFORE = /\b(?:with|between|and|met|meets|received|hosted|welcomed)\s+(?:the\s+|a\s+)?$/i;
const STATE_NOUN = /^\s*(?:(?:,\s*|\s+and\s+|,\s+and\s+)(?:the\s+)?\p{Lu}\p{L}+\s*)*\s*(?:\w+\s+)?(?:officials|delegations?|leaders|ministers|counterparts|sides|governments?|presidents|diplomats|envoys|negotiators|representatives|authorities|teams|heads)\b/iu;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8 };
const STATE_DELEGATES = /\b(?:ministers?|officials|delegations?|representatives|envoys|counterparts|delegates)\s+(?:from|of)\s+(?:the\s+)?\p{Lu}/u;
const COUNTED = /\bthe\s+(two|three|four|five|six|seven|eight|\d)\s+(?:\w+\s+)?(?:leaders|presidents|ministers|heads of state|officials|dignitaries|guests)\b/i;
// Sub-bodies that stand for their group when a group is a side.
const BODY = /^(.+?)\s+(?:Political Bureau|Politburo|Shura Council|Leadership Council|political wing|military wing|Political Office|leadership|delegation)$/i;
const PREP_OBJECT = /\b(?:preparations?|plans?|arrangements?|agenda|date|venue)\s+(?:for|of)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const GERUND_LEAD = /\b(?:before|after|while|when|ahead of|following|besides)\s+$/i;
const POSSESSIVE_ROLE_BEFORE = /\bthe\s+(?:\p{Lu}[\p{L}-]+\s+)?\p{L}+['’]s\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$/u;
const POSSESSIVE_BEFORE = /\b([Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+){0,3}$/u;

// "received today at Gudaibiya Palace the Foreign Secretary of the United Kingdom, the Rt Hon X",
// "hosted in Warsaw the newly appointed Minister of Foreign Affairs of Lithuania, X": the guest is
// named after the time and place of the reception and a title in apposition to the name.
const LEAD_ADVERBIAL = /^\s*(?:today|yesterday|tonight|this (?:morning|afternoon|evening)|on \p{Lu}\p{L}+(?: \d{1,2})?|(?:at|in) (?:the )?(?:\p{Lu}[\p{L}'’.-]*(?:\s+|$))+)/u;
const TITLE_WORD = /\b(?:Minister|Secretary|President|Ambassador|Envoy|Chairman|Chairperson|Speaker|Governor|Chief|Head|Director|Commissioner|Prince|Princess|King|Queen|Emir|Amir|Sultan|Premier|Chancellor|Representative|Mayor)\b/;
const TITLE_FILLER = new Set(['of', 'the', 'and', 'for', 'newly', 'appointed', 'new', 'incoming', 'outgoing', 'visiting', 'acting', 'deputy', 'vice', 'his', 'her']);
const APPOSITION_END = /,\s+(?:the\s+)?(?:(?:Rt\.?|Right)\s+Hon(?:ourable|\.)?\s+|H\.?\s?E\.?\s+|Dr\.?\s+|Mr\.?\s+|Mrs\.?\s+|Ms\.?\s+|Sheikh\s+|Sayyid\s+|Prof\.?\s+)?$/;

function titledGuest(between: string): boolean {
  if (between.length > 180 || /;/.test(between)) return false;
  let rest = between;
  for (let i = 0; i < 3; i++) {
    const m = LEAD_ADVERBIAL.exec(rest);
    if (!m || !m[0].trim()) break;
    rest = rest.slice(m[0].length);
  }
  const end = APPOSITION_END.exec(rest);
  if (!end) return false;
  const title = rest.slice(0, end.index);
  if (title.includes(',') || !TITLE_WORD.test(title)) return false;
  return title.trim().split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || TITLE_FILLER.has(w.toLowerCase()));
}

function uniq(list: Entity[]): Entity[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

function overlaps(a: Span, list: Span[]): boolean {
  return list.some((b) => a.start < b.end && b.start < a.end);
}

export class ParticipantFinder {
  constructor(
    private readonly text: string,
    private readonly mentions: MentionIndex,
    private readonly resolver: ReferenceResolver,
    private readonly entities: Entity[],
  ) {}

  private isSpeaker(m: MentionRef, trigger: Span): boolean {
    const before = this.text.slice(Math.max(0, m.start - 40), m.start);
    if (SPEAKER_BEFORE.test(before)) return true;
    const said = SPEAKER_AFTER.exec(this.text.slice(m.end, m.end + 20));
    if (!said || !ATTRIBUTION_BEFORE.test(before)) return false;
    // "..., Erdogan said on Sunday after a phone call with Putin": the speaker is a party of that call.
    if (m.end <= trigger.start && SPEAKER_PARTY.test(this.text.slice(m.end + said[0].length, trigger.start))) return false;
    return true;
  }

  // "Yoon's predecessor, Moon": the possessor is not a party, unless what it owns is the event ("Erdogan's visit").
  private isPossessor(m: MentionRef, trigger: Span): boolean {
    if (!/^['’]s\b/.test(this.text.slice(m.end, m.end + 3))) return false;
    return !(trigger.start >= m.end && trigger.start - m.end <= 30);
  }

  private isSide(m: MentionRef, clause: Span, trigger: Span): boolean {
    const before = this.text.slice(Math.max(clause.start, m.start - 80), m.start);
    const after = this.text.slice(m.end, Math.min(clause.end + 20, m.end + 40));
    if (SIDE_AFTER.test(after) || SIDE_BEFORE.test(before)) return true;
    // "met with Hamas" is a side; "met with Hamas leader X" (or "Home Depot co-founder X") uses it as a title.
    const titleUse = /^\s+\p{Lu}/u.test(after) || /^\s*(?:'s|’s)?\s*(?:[\p{Ll}-]+\s+)?(?:co-|vice[- ])?(?:chief|head|leader|chairman|president|minister|spokesman|spokesperson|official|commander|founder|member|envoy|secretary|ceo|executive|owner)\b/iu.test(after);
    if (titleUse) return false;
    if (DIRECT_BEFORE.test(before)) return true;
    // An organization as the subject of the clause ("Hamas received ...").
    return m.end <= trigger.start && this.text.slice(clause.start, m.start).trim().replace(/^(?:the|a)\s*/i, '') === '';
  }

  /** The people joined by "and" or commas right before the verb, nearest last. */
  private coordinated(before: MentionRef[]): Entity[] {
    if (!before.length) return [];
    const chain = [before[before.length - 1]];
    for (let i = before.length - 2; i >= 0; i--) {
      const gap = this.text.slice(before[i].end, chain[0].start);
      if (!/^\s*(?:,|,?\s+and)\s+(?:(?:his|her|their)\s+)?(?:[\p{L}.'’-]+\s+){0,5}$/u.test(gap)) break;
      chain.unshift(before[i]);
    }
    return uniq(chain.map((m) => m.entity));
  }

  /** "the four leaders": the last N distinct people named before the sentence. */
  private counted(clause: Span, before: number): Entity[] | undefined {
    const m = COUNTED.exec(this.text.slice(clause.start, before));
    if (!m) return undefined;
    const n = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
    if (!n || n < 2) return undefined;
    const prior = this.mentions.before(clause.start).filter((x) => x.entity.kind === 'person').reverse();
    const out: Entity[] = [];
    for (const x of prior) if (!out.some((e) => e.id === x.entity.id)) out.push(x.entity);
    return out.length >= n ? out.slice(0, n).reverse() : undefined;
  }

  /** "the Political Bureau of the Islamic Resistance Movement (Hamas)", "Hamas' Political Bureau": the side is Hamas. */
  private parentOrg(m: MentionRef): Entity {
    const after = /^\s*\(\s*/.exec(this.text.slice(m.end, m.end + 4));
    if (after) {
      const inner = this.mentions.at(m.end + after[0].length, m.end + after[0].length + 1);
      if (inner && inner.entity.kind === 'organization' && inner.entity.id !== m.entity.id && /^\s*\)/.test(this.text.slice(inner.end, inner.end + 3))) return inner.entity;
    }
    const body = BODY.exec(m.entity.name);
    if (body) {
      const head = body[1].replace(/['’]s?$/, '').trim().toLowerCase();
      const parent = this.entities.find((e) => e.kind === 'organization' && e.id !== m.entity.id && (e.name.toLowerCase() === head || e.aliases.some((a) => a.toLowerCase() === head)));
      if (parent) return parent;
    }
    return m.entity;
  }

  /** The states named as the sides: "Turkish, American and Ukrainian officials", "Iran and Russia". */
  private states(clause: Span, trigger: Span, ms: MentionRef[], excluded: Span[]): Entity[] {
    const out: Entity[] = [];
    const s = this.text.slice(clause.start, clause.end);
    const entityFor = (cca3: string): Entity | undefined => {
      const known = this.entities.find((e) => e.kind === 'location' && (e.country === cca3 || countryByName(e.name)?.cca3 === cca3) && countryByName(e.name)?.cca3 === cca3);
      if (known) return known;
      const c = countryByCode(cca3);
      if (!c) return undefined;
      return { id: `location:${c.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, kind: 'location', name: c.name, aliases: [], country: cca3, mentions: [] };
    };
    // Demonyms that qualify the sides ("between Turkish, American and Ukrainian officials").
    const demRe = /\b(\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}]+)?)(?=(?:,\s*|\s+and\s+|,\s+and\s+|\s+))/gu;
    for (let m = demRe.exec(s); m; m = demRe.exec(s)) {
      const c = countryByDemonym(m[1]);
      if (!c) continue;
      if (!STATE_NOUN.test(s.slice(m.index + m[0].length))) continue;
      const e = entityFor(c.cca3);
      if (e) out.push(e);
    }
    // Country names that stand as sides: "the foreign ministers of Iran and Russia", "Türkiye-Greece";
    // only near the trigger, so "negotiations between Israel and Palestine" later on does not count.
    for (const m of ms) {
      if (m.entity.kind !== 'location' || overlaps(m, excluded)) continue;
      if (m.start > trigger.end + 50 || m.end < trigger.start - 100) continue;
      const c = countryByName(m.entity.name) ?? (m.entity.country && countryByName(this.text.slice(m.start, m.end)));
      if (!c) continue;
      const before = this.text.slice(Math.max(clause.start, m.start - 40), m.start);
      const after = this.text.slice(m.end, m.end + 30);
      const sideLike = /\b(?:of|between|with|and)\s+(?:the\s+)?$/i.test(before) || /^[-–]\p{Lu}/u.test(after) || /\p{L}[-–]$/u.test(before) || /^\s*(?:and|,)/.test(after);
      if (sideLike) out.push(m.entity);
    }
    // "the Kuwaiti-Omani Joint Committee", "Indo-Pakistani talks": two demonyms joined by a hyphen name both sides.
    const pairRe = /(?<![\p{L}-])(\p{Lu}\p{L}+)[-–](\p{Lu}\p{L}+)(?![\p{L}-])/gu;
    for (let m = pairRe.exec(s); m; m = pairRe.exec(s)) {
      const at = clause.start + m.index;
      if (at > trigger.end + 50 || at + m[0].length < trigger.start - 100) continue;
      const a = countryByDemonym(m[1]);
      const b = countryByDemonym(m[2]);
      if (!a || !b || a.cca3 === b.cca3) continue;
      for (const c of [a, b]) {
        const e = entityFor(c.cca3);
        if (e) out.push(e);
      }
    }
    return uniq(out);
  }

  /** "received X" / "was received by X": a hosting verb needs its guest (or host) right after it. */
  hostHasGuest(clause: Span, trigger: Trigger): boolean {
    const next = this.mentions.within({ start: trigger.end, end: clause.end }).find((m) => m.entity.kind !== 'location');
    if (!next) return false;
    const between = this.text.slice(trigger.end, next.start);
    if ((between.length > 70 || /[,;]/.test(between)) && !titledGuest(between)) return false;
    // "received a suspension for shoving X": a guest is received directly, not through a reason or cause.
    if (/\b(?:for|after|over|because|against|despite)\b/i.test(between)) return false;
    if (trigger.passive && !/\bby\b/i.test(between)) return false;
    // "called on Israel and Hamas to stop": an appeal, not a courtesy call; the one called on is asked to do something.
    if (/^call\w*\s+(?:on|upon)$/i.test(trigger.text) && (next.entity.kind !== 'person' || /^[^.;]{0,60}?\bto\s+(?!discuss\b|review\b|exchange\b)\p{Ll}+/u.test(this.text.slice(next.end, clause.end)))) return false;
    // "called Raisi 'a true friend'": naming someone, not phoning them.
    if (/^call/i.test(trigger.text) && /^\s*(?:["“‘']|(?:a|an|the|his|her|its|their)\s)/i.test(this.text.slice(next.end, next.end + 8))) return false;
    return !/\b(?:decision|move|announcement|efforts?|initiative|proposal|news|step|agreement|statement|call|calls|offer|results?|progress|outcome|resolution|ceasefire|truce|deal|support|opportunity|letter|message|invitation|congratulations|report|plan|talks|dialogue|approval|request|assurances?|phone|telephone)\b/i.test(between);
  }

  find(clause: Span, trigger: Trigger, excluded: Span[]): ParticipantResult {
    // "Wong, who is travelling with Albanese, held talks with X": a closed relative clause names no side of the main verb.
    const asides: Span[] = [];
    for (const r of this.text.slice(clause.start, clause.end).matchAll(/,\s+(?:who|which)\s[^,;]{1,120},/g)) {
      const sp = { start: clause.start + r.index!, end: clause.start + r.index! + r[0].length };
      if (sp.end <= trigger.start) asides.push(sp);
    }
    const ms = this.mentions.within(clause).filter((m) => !overlaps(m, excluded) && !overlaps(m, asides) && !this.isSpeaker(m, trigger) && !this.isPossessor(m, trigger));
    const persons = ms.filter((m) => m.entity.kind === 'person');
    const before = persons.filter((m) => m.end <= trigger.start);
    const after = persons.filter((m) => m.start >= trigger.end);
    // "separately met A, B and C", "first with A and then with B": one interaction per partner.
    const clauseText = this.text.slice(clause.start, clause.end);
    const distributive = /\bseparately\b|\bthen\s+with\b|\bfirst\s+with\b|\beach\s+(?:met|held|received|hosted|spoke|talked)\b/i.test(clauseText);
    // "held separate meetings with A and B" (one each); "held separate talks with his counterpart" is apart from another event.
    const separateEach = /\bseparate\s+(?:bilateral\s+)?(?:meetings|talks|calls|phone\s+calls|conversations|discussions)\b/i.test(clauseText);
    let group = false;
    let groupNoun: string | undefined;
    let relativeSubject: Entity | undefined;
    let subject: Entity | undefined = before.length ? before[before.length - 1].entity : undefined;
    // "X, who is visiting Ankara, ...": a clause opened by "who" has the person before it as subject.
    if (!before.length) {
      // An appositive may sit between: "To Lam, general secretary of the party, who is on a visit".
      const last = /,\s+who\s+$/.test(this.text.slice(Math.max(0, clause.start - 8), clause.start))
        ? this.mentions.before(clause.start).filter((m) => m.entity.kind === 'person').pop()
        : undefined;
      const antecedent = last && clause.start - last.end <= 90 && !/[;.]/.test(this.text.slice(last.end, clause.start)) ? last : undefined;
      if (antecedent) subject = relativeSubject = antecedent.entity;
    }
    if (!before.length && !subject) {
      const ref = this.resolver.find({ start: clause.start, end: trigger.start });
      if (ref?.kind === 'group') {
        group = true;
        groupNoun = ref.noun;
      }
      else if (ref?.person) subject = ref.person;
    }

    if (trigger.type === 'visit') {
      let agent = subject;
      // "He is due to meet X before visiting Y": a gerund after "before/after/while" has the clause's subject.
      if (GERUND_LEAD.test(this.text.slice(Math.max(clause.start, trigger.start - 20), trigger.start)) && /ing\b/i.test(trigger.text) && before.length) {
        const lead = { start: clause.start, end: before[0].start };
        const ref = lead.end > lead.start ? this.resolver.find(lead) : undefined;
        agent = ref?.kind !== 'group' && ref?.person ? ref.person : relativeSubject ?? before[0].entity;
      }
      // "A and her French counterpart B visited Damascus": coordinated subjects travel together.
      const travellers = this.coordinated(before);
      const poss = POSSESSIVE_BEFORE.exec(this.text.slice(Math.max(clause.start, trigger.start - 40), trigger.start));
      // "A met B on his latest trip": the nearest person before the possessive is its owner.
      // "X, who was on his first visit": the relative clause's subject owns it.
      if (poss && poss[1].toLowerCase() !== 'their') {
        agent = before.length ? before[before.length - 1].entity : relativeSubject ?? this.resolver.topicPerson(trigger.start) ?? agent;
        // "X met Azerbaijani President Y in Baku as part of his visit to the country": nobody visits their
        // own country, so the owner is the other person named before.
        const hereCountries = new Set(excluded.map((sp) => countryOfPlace(this.text.slice(sp.start, sp.end).replace(/^(?:in|at|to)\s+(?:the\s+)?(?:capital\s+)?/i, ''))).filter(Boolean));
        if (agent?.country && hereCountries.has(agent.country)) {
          const other = [...before].reverse().find((m) => m.entity.country && !hereCountries.has(m.entity.country));
          if (other) agent = other.entity;
        }
      }
      // "during the King's visit to Spain": a role noun owns the visit.
      const ownerRole = POSSESSIVE_ROLE_BEFORE.exec(this.text.slice(Math.max(clause.start, trigger.start - 50), trigger.start));
      if (ownerRole) {
        const ref = this.resolver.find({ start: trigger.start - ownerRole[0].length, end: trigger.start });
        if (ref?.person) agent = ref.person;
      }
      const by = /^\s*(?:\w+\s+){0,3}?(?:by|of)\s+(?:the\s+)?/i.exec(this.text.slice(trigger.end, clause.end));
      if (!before.length && by) {
        const next = after.find((m) => m.start <= trigger.end + by[0].length + 40);
        // "the state visit of the President of Uzbekistan": a title with its country stands for the person.
        const titled = next ? undefined : this.resolver.titleOf(trigger.end + by[0].length);
        if (next) agent = next.entity;
        else if (titled) agent = titled;
      }
      // "welcomed the four leaders during their visit": the travellers are the people just listed.
      if (poss && poss[1].toLowerCase() === 'their') {
        const travellers = this.counted(clause, trigger.start) ?? (after.length ? [] : []);
        const objects = uniq(persons.filter((m) => m.end <= trigger.start).map((m) => m.entity)).slice(1);
        const group = travellers.length ? travellers : objects;
        if (group.length) return { participants: group, subjects: [], objects: [], agent: group[0], group: false, distributive: false };
      }
      if (!agent) {
        const sideOrg = ms.filter((m) => m.entity.kind === 'organization' && m.end <= trigger.start).pop();
        if (sideOrg) agent = sideOrg.entity;
      }
      const together = !poss && travellers.length > 1 && agent === travellers[travellers.length - 1] ? travellers : agent ? [agent] : [];
      return { participants: together, subjects: [], objects: [], agent, group, distributive: false };
    }

    // "The two ministers discussed preparations for the upcoming meeting of X": an event noun
    // governed by a preposition is another event, with sides of its own.
    if (group && trigger.form === 'noun' && !trigger.anaphoric && PREP_OBJECT.test(this.text.slice(Math.max(clause.start, trigger.start - 40), trigger.start))) {
      group = false;
      groupNoun = undefined;
    }
    // "The two leaders discussed ...": the sides are those of the event already introduced.
    if (group) return { participants: uniq(after.map((m) => m.entity)), subjects: [], objects: [], group, groupNoun, distributive: false };
    // "His Majesty and Sánchez had met", "the minister and Y held talks": a role noun or honorific
    // coordinated with a name in the subject is a side too.
    let partner: Entity | undefined;
    if (before.length) {
      const lead = { start: clause.start, end: before[0].start };
      if (lead.end - lead.start <= 50 && /\s(?:and|&)\s+$/.test(this.text.slice(lead.start, lead.end))) {
        const ref = this.resolver.find(lead);
        if (ref?.person && ref.kind !== 'pronoun' && !persons.some((m) => m.entity.id === ref.person!.id)) partner = ref.person;
      }
    }
    const people = uniq([...(subject && !before.length ? [subject] : []), ...(partner ? [partner] : []), ...persons.map((m) => m.entity)]);
    let host: Entity | undefined;
    if (trigger.host) host = trigger.passive ? after[0]?.entity : subject;
    const subjects = uniq([...(subject && !before.length ? [subject] : []), ...(partner ? [partner] : []), ...before.map((m) => m.entity)]);
    const objects = uniq(after.map((m) => m.entity)).filter((e) => !subjects.some((x) => x.id === e.id));
    const each = distributive || (separateEach && subjects.length === 1 && objects.length >= 2);
    if (people.length >= 2) return { participants: people, subjects, objects, host, group, distributive: each };
    const orgs = ms.filter((m) => m.entity.kind === 'organization' && this.isSide(m, clause, trigger)).map((m) => this.parentOrg(m));
    let parts = uniq([...people, ...orgs]);
    // States stand as sides only when no person is named ("talks between Turkish and US officials").
    if (!people.length && parts.length < 2) parts = uniq([...parts, ...(trigger.weak ? [] : this.states(clause, trigger, ms, excluded))]);
    // "met Turkey's foreign minister": an unnamed partner resolved by role and country.
    if (people.length === 1 && parts.length < 2) {
      const other = this.resolver.findObject({ start: trigger.end, end: clause.end }, people[0]);
      if (other) parts = uniq([...people, other, ...orgs]);
    }
    // "Foreign ministers from Azerbaijan, Armenia, Iran and Russia joined Fidan": unnamed delegates
    // stand for the states they come from, beside the one person named.
    if (people.length === 1 && parts.length < 2 && !trigger.weak && STATE_DELEGATES.test(this.text.slice(clause.start, clause.end))) {
      const states = this.states(clause, trigger, ms, excluded).filter((e) => e.country !== people[0].country);
      if (states.length) parts = uniq([...people, ...states, ...orgs]);
    }
    return { participants: parts, subjects, objects, host, group, distributive: each };
  }
}
