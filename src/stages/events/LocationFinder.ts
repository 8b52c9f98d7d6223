// Finds where an event took place inside its clause: "in Doha", "in the Qatari capital Doha",
// "at Dolmabahce Palace in Istanbul", "on the sidelines of ... in X", and for visits the
// destination ("visit to Ankara", "visiting Bangladesh, India and Sri Lanka").
import type { EventLocation, Span } from '../../pipeline/types.ts';
import { capitalOfCountry, countryByCode, countryByDemonym, countryByName, countryOfPlace, officialName } from './CountryLexicon.ts';
import type { MentionIndex } from './MentionIndex.ts';
import { venueCity } from './VenueCity.ts';

// A proper name: capitalized words, with the small linking words names carry inside.
const TIME_WORD = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b`;
const WORD = String.raw`(?!${TIME_WORD})\p{Lu}[\p{L}'’.-]*(?:-(?:el|al|ad|as|ash|ar|an|ed|es|sur|on|upon|de)-?[\p{L}]*)?`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:of|de|al|el|du)\s+(?:the\s+)?|the\s+)?(?:${WORD}|(?:el|al|ad|as|ash|ar|an|ed)-\p{L}+)){0,4}`;
const CAPITAL = String.raw`(?:(?:\p{Lu}[\p{L}'’]*|\w+)\s+){0,2}(?:capital|city|town|port city|resort town|resort city|coastal city)(?:\s+of)?,?\s+`;
const VENUE_HEAD = /(?:Palace|House|Hall|Kremlin|Complex|Cent(?:re|er)|Hotel|Building|Residence|Mansion|Secretariat|Headquarters|Block|Office|Diwan|Summit)$/u;

const VENUE_PREFIX = new RegExp(String.raw`^.*?\b(?:Palace|House|Hall|Kremlin|Complex|Cent(?:re|er)|Hotel|Building|Residence|Mansion|Secretariat|Headquarters|Block|Office|Diwan|Summit)(?=\s|$)`, 'u');
const AT_IN = new RegExp(String.raw`\bat\s+(?:the\s+)?(${NAME})(?:,)?\s+in\s+(?:the\s+)?(?:${CAPITAL})?(${NAME})`, 'gu');
const IN_CAPITAL = new RegExp(String.raw`\bin\s+(?:the\s+)?(?:(?:${NAME})(?:'s|’s)\s+)?${CAPITAL}(${NAME})`, 'gu');
// "in the Great Hall of the People in Beijing": the city, not the hall.
const IN_IN = new RegExp(String.raw`\bin\s+(?:the\s+)?(?:${NAME})(?:,)?\s+in\s+(?:the\s+)?(?:${CAPITAL})?(${NAME})`, 'gu');
const IN = new RegExp(String.raw`\b[Ii]n\s+(?:the\s+)?(${NAME})`, 'gu');
const AT_VENUE = new RegExp(String.raw`\bat\s+(?:the\s+)?(${NAME})`, 'gu');
const DESTINATION = new RegExp(
  String.raw`\b(?:visit(?:s|ed|ing)?|trips?|tour(?:ing)?|travel(?:l)?(?:ed|ing|s)?|journey|stopover|arriv(?:al|ed|es|ing|e)|land(?:ed|s|ing)?|fl(?:ew|y|ies|ying)|head(?:ed|s|ing)?)\s+(?:on\s+)?(?:to|into|in|of|at)?\s*(?:the\s+)?(${NAME}(?:(?:,\s+|,?\s+and\s+)(?!the\b)${NAME})*)`,
  'gu',
);

// "will be in Hanoi from 9 to 11 June, where he will hold talks": a time phrase may sit between the place and "where".
const TITLE_START = /^(?:President|Prime|King|Queen|Emir|Amir|Sultan|Crown|Foreign|Minister|Chancellor|Premier|Vice|Deputy|Secretary|Chairman|Speaker|Head|Pope)\b/;
// "in the Indonesian capital" not followed by the capital's name.
const DEMONYM_CAPITAL = /\bin\s+the\s+(\p{Lu}[\p{L}'’]+)\s+capital\b(?!,?\s+\p{Lu})/u;
const DEMONYM_CAPITAL_DEST = /\b(?:arriv(?:ed|es|ing|e)\s+in|landed\s+in|travel(?:l)?(?:ed|s|ing)?\s+to|flew\s+to|visit(?:s|ed|ing)?|trip\s+to)\s+the\s+(\p{Lu}[\p{L}'’]+)\s+capital\b(?!,?\s+\p{Lu})/u;
const WHERE = new RegExp(String.raw`(${NAME})(?:\s+(?:from|on|between|until|in|for)\s+[^,;]{1,30}?)?,\s+where\s*$`, 'u');
// "will travel to Singapore on 12 June for his first formal meeting with X": the trip's destination is where the meeting is.
const TRIP_FOR = new RegExp(
  String.raw`\b(?:travel(?:l)?(?:ed|s|ing)?|fl(?:y|ies|ew|ying)|head(?:ed|s|ing)?|go(?:es|ing)?|went|c(?:o|a)me|arriv(?:e|ed|es|ing)|visit(?:s|ed|ing)?)\s+(?:on\s+)?(?:to\s+|in\s+)?(?:the\s+)?(${NAME})\b[^.;:]{0,60}?\bfor\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?(?:[\p{L}'’-]+\s+){0,4}$`,
  'u',
);

// Words that make "in X" describe something other than the meeting's place ("the situation in Gaza").
const NOT_PLACE_BEFORE = /\b(?:situation|war|wars|crisis|conflict|developments?|ceasefire|truce|peace|violence|attacks?|people|hostages|forces|operations?|fighting|offensive|aggression|killed|civilians|genocide|massacre|invasion|elections?|stability|security|settlements?|interests?|role|presence|relations|investments?|projects?|involvement|events|interest|death|deaths|bombing|strikes?|protests?|interested|participate|participation|efforts?|part|born|based|residing|living|stationed|detained|held|imprisoned)\s+$/i;
// "held talks on Friday, focusing on climate finance after the COP30 talks in Belém": a place told after
// "after/before/since the ... talks" is that other gathering's.
const OTHER_GATHERING_BEFORE = /\b(?:after|before|since|following|ahead of)\s+(?:the|last|this|a)\s+(?:[\p{L}\d-]+\s+){0,3}(?:talks|summit|meeting|conference|negotiations|session)\s+$/iu;
// "Talks between A and B were held in Nairobi": "held" of an event noun is hosting, not detention.
const EVENT_HELD = /\b(?:talks|meetings?|summit|consultations|discussions|negotiations|conference|session|round|dialogue)\b[^.;]{0,100}?\b(?:was|were|be|been|being|is|are)\s+(?:\w+\s+)?held\s+$/i;
const NOT_NAME = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|(?:The|A|An|His|Her|Their|Its|This|That)$|Order|Addition|Response|Particular|Turn|Return|Light|Line|Favor|Favour|Support|Accordance|Contrast|General|Recent|Total|English|Arabic|Turkish|Person|Office|Power|Charge|Public|Private|Practice|Principle|Short|Detail|Fact|Time|Today|Yesterday)\b/;

const STATE_STYLE = /^(?:Kingdom|Sultanate|Emirate|Republic|Principality|Grand Duchy)$/;

/** A building or venue rather than a town: a merged event prefers the town. */
export function isVenue(name: string): boolean {
  return VENUE_HEAD.test(name);
}

export interface FoundLocation extends EventLocation {
  span: Span;
  /** Where the whole phrase starts ("in the capital Ankara"). */
  phrase: Span;
}

function clean(name: string): string {
  return name.replace(/(?:'s|’s)$/, '').replace(/[.,]+$/, '').trim();
}

export class LocationFinder {
  constructor(
    private readonly text: string,
    private readonly mentions: MentionIndex,
  ) {}

  private acceptable(nameStart: number, name: string): boolean {
    // "the visiting Ukrainians": a people named by a plural demonym is no place either.
    if (!name || NOT_NAME.test(name) || countryByDemonym(name) || (/s$/.test(name) && countryByDemonym(name.slice(0, -1)))) return false;
    // "the U.S.-Mexico border", "India-Pakistan talks": two countries joined by a hyphen modify a noun; neither is the place.
    const halves = name.split(/[-–]/);
    if (halves.length === 2 && halves.every((h) => countryByName(h.trim()))) return false;
    const m = this.mentions.at(nameStart, nameStart + name.length);
    // A person or organization is not a place ("in Hamas" is never a venue).
    if (m && m.entity.kind !== 'location' && m.start <= nameStart) return false;
    return true;
  }

  /** "on an official visit to the Kingdom": the state of that style last placed in the text before it (Riyadh -> Saudi Arabia). */
  private styledState(nameStart: number, name: string): string | undefined {
    if (!STATE_STYLE.test(name) || !/\bthe\s+$/i.test(this.text.slice(Math.max(0, nameStart - 5), nameStart))) return undefined;
    const before = this.mentions.within({ start: Math.max(0, nameStart - 1500), end: nameStart }).filter((m) => m.entity.kind === 'location');
    for (let i = before.length - 1; i >= 0; i--) {
      const e = before[i].entity;
      const code = countryOfPlace(e.name) ?? (e.country && countryByCode(e.country) ? e.country : undefined);
      if (code && new RegExp(String.raw`\b${name}\b`, 'i').test(officialName(code) ?? '')) return countryByCode(code)?.name;
    }
    return undefined;
  }

  private make(phraseStart: number, phraseEnd: number, nameStart: number, raw: string): FoundLocation | null {
    const name = clean(raw);
    // "at the Planalto Palace", "in the Kremlin": a known venue is its city (even where the name also stands for a government).
    const city = venueCity(name) ?? this.styledState(nameStart, name);
    if (!city && !this.acceptable(nameStart, name)) return null;
    return {
      name: city ?? name,
      text: this.text.slice(phraseStart, nameStart + name.length),
      span: { start: phraseStart, end: nameStart + name.length },
      phrase: { start: phraseStart, end: phraseEnd },
    };
  }

  /** Place phrases in the span, in text order; a phrase inside another one is dropped. */
  find(span: Span): FoundLocation[] {
    const s = this.text.slice(span.start, span.end);
    const out: FoundLocation[] = [];
    const add = (re: RegExp, group: number) => {
      re.lastIndex = 0;
      for (let m = re.exec(s); m; m = re.exec(s)) {
        const phraseStart = span.start + m.index;
        if (out.some((o) => o.phrase.start <= phraseStart && phraseStart < o.phrase.end)) continue;
        // The event noun that is "held" may sit before the span searched ("the meeting of X, scheduled to be held in Y").
        const at = span.start + m.index;
        if (NOT_PLACE_BEFORE.test(s.slice(Math.max(0, m.index - 40), m.index)) && !EVENT_HELD.test(this.text.slice(Math.max(0, at - 160), at))) continue;
        if (OTHER_GATHERING_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) continue;
        let raw = m[group];
        // "at Gudaibiya Palace the Foreign Secretary": the venue ends at its head word.
        if (re === AT_VENUE) raw = VENUE_PREFIX.exec(raw)?.[0] ?? raw;
        const nameStart = span.start + m.index + m[0].lastIndexOf(raw);
        if (re === AT_VENUE && !VENUE_HEAD.test(clean(raw)) && !venueCity(clean(raw))) continue;
        const loc = this.make(phraseStart, phraseStart + m[0].length, nameStart, raw);
        if (loc) out.push(loc);
      }
    };
    add(AT_IN, 2);
    add(IN_IN, 1);
    add(IN_CAPITAL, 1);
    add(IN, 1);
    add(AT_VENUE, 1);
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  /** "in the Indonesian capital", "arrived in the Qatari capital" with no name after it: the capital the lexicon knows. */
  demonymCapital(span: Span, destination: boolean): FoundLocation | null {
    const s = this.text.slice(span.start, span.end);
    const re = destination ? DEMONYM_CAPITAL_DEST : DEMONYM_CAPITAL;
    const m = re.exec(s);
    if (!m) return null;
    const c = countryByDemonym(m[1]) ?? countryByName(m[1].replace(/['’]s$/, ''));
    const city = c ? capitalOfCountry(c.cca3) : undefined;
    if (!city) return null;
    const start = span.start + m.index + m[0].search(/the\s+\S+\s+capital/);
    const end = span.start + m.index + m[0].length;
    return { name: city, text: this.text.slice(start, end), span: { start, end }, phrase: { start: span.start + m.index, end } };
  }

  /** "flew to Cairo, where he held talks": the place a "where" clause hangs on. */
  whereAntecedent(sentenceStart: number, clauseStart: number): FoundLocation | null {
    const s = this.text.slice(sentenceStart, clauseStart);
    const m = WHERE.exec(s);
    if (!m) return null;
    const nameStart = sentenceStart + m.index;
    return this.make(nameStart, nameStart + m[1].length, nameStart, m[1]);
  }

  /** "travel to X ... for talks": the place of a meeting that is the purpose of a trip just told. */
  tripTarget(clauseStart: number, triggerStart: number): FoundLocation | null {
    const s = this.text.slice(clauseStart, triggerStart);
    const m = TRIP_FOR.exec(s);
    if (!m) return null;
    const nameStart = clauseStart + m.index + m[0].indexOf(m[1]);
    return this.make(nameStart, nameStart + m[1].length, nameStart, m[1]);
  }

  /** Visit destinations after the trigger: one per coordinated name. */
  destinations(span: Span, triggerStart: number): FoundLocation[] {
    const s = this.text.slice(span.start, span.end);
    DESTINATION.lastIndex = Math.max(0, triggerStart - span.start);
    let m = DESTINATION.exec(s);
    if (!m || span.start + m.index > triggerStart + 20) return [];
    // "the state visit of the President of Uzbekistan to Kazakhstan": "of" names the visitor; the place follows "to".
    if (/^\S+\s+of\s/i.test(m[0]) && TITLE_START.test(m[1])) {
      const to = new RegExp(String.raw`\bto\s+(?:the\s+)?(${NAME})`, 'u').exec(s.slice(m.index + m[0].length, m.index + m[0].length + 80));
      if (!to) return [];
      const at = m.index + m[0].length + to.index;
      m = Object.assign([to[0], to[1]], { index: at, input: s, groups: undefined }) as RegExpExecArray;
    }
    const list = m[1];
    const listStart = span.start + m.index + m[0].lastIndexOf(list);
    const out: FoundLocation[] = [];
    const partRe = new RegExp(NAME, 'gu');
    for (let p = partRe.exec(list); p; p = partRe.exec(list)) {
      const nameStart = listStart + p.index;
      const loc = this.make(nameStart, nameStart + p[0].length, nameStart, p[0]);
      if (loc) out.push(loc);
    }
    return out;
  }
}
