// Resolves "he", "his" and role nouns ("the Turkish minister", "the emir") to a person already
// named. News text keeps its protagonist as the subject, so the topic person of the nearest
// earlier sentence (its first person mention) is the best guess for a pronoun; a role noun
// first looks for a person with that role or nationality.
import type { Entity, Sentence, Span } from '../../pipeline/types.ts';
import { countryByDemonym, countryByName } from './CountryLexicon.ts';
import type { MentionIndex } from './MentionIndex.ts';

const ROLE_NOUNS = 'foreign minister|prime minister|crown prince|secretary-general|secretary general|secretary of state|foreign secretary|vice president|minister|president|emir|amir|king|queen|prince|premier|chancellor|envoy|chief|head|leader|sheikh|sultan|diplomat|official|ambassador|chairman|spokesperson';
const PRONOUN = /\b(he|she|his|her)\b/i;
const THEY = /^\s*(?:(?:and|but|then|also|later|there|together)\s+)?they\b/i;
// "the Turkish minister", "the Pakistani defence minister", "the Crown Prince" (a capitalized title, not a nationality).
const ROLE = new RegExp(`\\b(?:the|his|her)\\s+(?:(\\p{Lu}[\\p{L}-]+)\\s+)?(?:(?:top|foreign|former|defen[cs]e|interior|finance|trade|visiting|new)\\s+)?(${ROLE_NOUNS})\\b`, 'iu');
// Capitalized words that are part of a title, not a nationality: "the Foreign Minister", "the Crown Prince".
const TITLE_PART = /^(?:foreign|prime|crown|vice|deputy|defen[cs]e|interior|finance|trade|head|chief|royal|grand|supreme|general)$/i;
const OBJECT_ROLE = new RegExp(`(?:^\\s*|\\bwith\\s+)(?:the\\s+|his\\s+|her\\s+)?(\\p{Lu}[\\p{L}-]+)(?:'s|’s)?\\s+(?:top\\s+)?(${ROLE_NOUNS.split('|').map((r) => r.replace(/\b\w/g, (c) => `[${c.toUpperCase()}${c}]`)).join('|')}|counterpart)\\b`, 'u');
const OTHER_TITLES = ['ambassador', 'envoy', 'spokesperson', 'spokesman', 'chairman', 'governor', 'mayor', 'king', 'emir', 'president', 'minister', 'secretary', 'prince'];
const TITLE_OF = /^(President|Prime Minister|King|Emir|Amir|Sultan|Crown Prince|Foreign Minister|Minister of Foreign Affairs|Chancellor|Premier)\s+of\s+(?:the\s+)?(\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?)/u;
const HONORIFIC = /\b(?:(?:His|Her) (?:Royal )?(?:Highness|Majesty|Excellency)|HRH|HH|HM|the Head of State)\b/;
const GROUP = /\b(?:the two|both)\s+((?:\w+\s+)?(?:ministers|leaders|sides|officials|presidents|heads|counterparts|diplomats|men|delegations|countries))\b/i;

/** A lower-case word as a pattern that also matches it capitalized (the pattern is case-sensitive for \p{Lu}). */
export function anyCase(word: string): string {
  return word.replace(/\p{L}/gu, (c) => `[${c.toUpperCase()}${c.toLowerCase()}]`);
}

// The office a role names, so that "Foreign Minister" and "Minister of Foreign Affairs" are one.
export function officeKey(role: string): string {
  const r = role.toLowerCase();
  if (/foreign|external affairs|secretary of state/.test(r)) return 'foreign';
  if (/defen[cs]e/.test(r)) return 'defence';
  if (/prime minister|premier/.test(r)) return 'prime minister';
  return r.replace(/\b(?:the|of|and)\b/g, ' ').replace(/\s+/g, ' ').trim();
}

export interface Reference extends Span {
  kind: 'pronoun' | 'role' | 'group';
  person?: Entity;
  /** For a group: its noun ("presidents", "foreign ministers"). */
  noun?: string;
}

export class ReferenceResolver {
  private quotes?: Span[];
  constructor(
    private readonly text: string,
    private readonly sentences: Sentence[],
    private readonly mentions: MentionIndex,
  ) {}

  /** The person an article is talking about just before `pos`. */
  topicPerson(pos: number): Entity | undefined {
    const idx = this.sentences.findIndex((s) => s.start <= pos && pos <= s.end);
    const from = idx >= 0 ? idx : this.sentences.filter((s) => s.end <= pos).length - 1;
    const quotedAt = this.inQuote(pos);
    for (let i = from; i >= 0 && i >= from - 4; i--) {
      const s = this.sentences[i];
      const upTo = Math.min(s.end, pos);
      // "Later, the Pakistani minister paid a call on X. He then ...": a role noun as the subject is the topic.
      if (i < from) {
        const subj = this.roleSubject(s, upTo);
        if (subj) return subj;
      }
      // In earlier sentences the topic is a subject-like mention: not a possessor ("Erdogan's visit") nor inside a prepositional phrase.
      // Nor someone named inside a quotation, when the pronoun is outside it: the speaker talks about them.
      const ms = this.mentions
        .within({ start: s.start, end: upTo })
        .filter((m) => m.entity.kind === 'person')
        .filter((m) => quotedAt || !this.inQuote(m.start))
        .filter((m) => i === from || !/^['’]s\b/.test(this.text.slice(m.end, m.end + 3)))
        .filter((m) => i === from || !/\b(?:of|for|to|from|by|about|against|on)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,4}$/u.test(this.text.slice(Math.max(s.start, m.start - 50), m.start)));
      if (ms.length) return ms[0].entity;
    }
    return undefined;
  }

  /**
   * Whether `e` carries the title `head` (lower case): as its role, or right before one of its mentions
   * ("Emir Sheikh Tamim", "the emir of Qatar, Sheikh Tamim") or in apposition after it ("Tamim, the emir");
   * a neighbour's title does not count ("King A and Prime Minister B").
   */
  private hasTitle(e: Entity, head: string, pos: number): boolean {
    if (e.role?.toLowerCase().includes(head)) return true;
    const h = anyCase(head);
    const ownBefore = new RegExp(`\\b${h}\\b(?:\\s+(?:of|the|for|to)|\\s+\\p{Lu}[\\p{L}.'’-]*)*,?\\s*$`, 'u');
    const ownAfter = new RegExp(`^,\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}${h}\\b`, 'u');
    return e.mentions.some((x) => x.start < pos && (ownBefore.test(this.text.slice(Math.max(0, x.start - 45), x.start)) || ownAfter.test(this.text.slice(x.end, x.end + 40))));
  }

  /** "His Majesty" is a monarch, "His Highness" an emir or prince: the latest person with such a title, else the topic. */
  private honoured(word: string, pos: number): Entity | undefined {
    const heads = /majesty/i.test(word) ? ['king', 'queen', 'sultan', 'emperor'] : /highness|hrh|hh/i.test(word) ? ['emir', 'amir', 'prince', 'sheikh', 'sultan'] : [];
    const prior = this.mentions.before(pos).filter((m) => m.entity.kind === 'person').reverse();
    const titled = heads.length ? prior.find((m) => heads.some((h) => this.hasTitle(m.entity, h, pos))) : undefined;
    return titled?.entity ?? this.topicPerson(pos);
  }

  /** A role noun opening the sentence (after an introductory phrase), resolved without guessing. */
  private roleSubject(s: Span, upTo: number): Entity | undefined {
    const head = this.text.slice(s.start, Math.min(upTo, s.start + 90));
    const r = ROLE.exec(head);
    if (!r) return undefined;
    const lead = head.slice(0, r.index);
    // Only the subject slot: nothing but an introductory phrase before it, and no person named before it.
    if (!/^(?:\s*|[^,]{0,40},\s*)$/.test(lead) || this.mentions.within({ start: s.start, end: s.start + r.index }).some((m) => m.entity.kind === 'person')) return undefined;
    return this.byRole(r[2], r[1], s.start + r.index, false);
  }

  /** Whether `pos` is inside quoted speech (a quotation left open runs to the end of its paragraph). */
  private inQuote(pos: number): boolean {
    if (!this.quotes) {
      this.quotes = [];
      const re = /[“"]([^“”"\n]*)([”"]|\n|$)/g;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) this.quotes.push({ start: m.index, end: m.index + m[0].length });
    }
    return this.quotes.some((q) => q.start < pos && pos < q.end);
  }

  private byRole(noun: string, demonym: string | undefined, pos: number, fallback = true): Entity | undefined {
    if (demonym && TITLE_PART.test(demonym) && !countryByDemonym(demonym)) {
      noun = `${demonym} ${noun}`;
      demonym = undefined;
    }
    const country = demonym ? countryByDemonym(demonym)?.cca3 : undefined;
    if (demonym && !country) return undefined; // "the Hamas leader": not a nationality, leave it
    const prior = this.mentions.before(pos).filter((m) => m.entity.kind === 'person').reverse();
    const lower = noun.toLowerCase();
    const head = lower.split(' ').pop()!;
    // The role as the entity states it, or as the text puts it next to a mention ("the emir of Qatar, Sheikh Tamim").
    // The title must be the mention's own: right before it ("Emir Sheikh Tamim", "the emir of Qatar, Sheikh
    // Tamim") or in apposition after it ("Tamim, the emir"), not a neighbour's ("King A and Prime Minister B").
    const described = (e: Entity) => this.hasTitle(e, head, pos);
    for (const m of prior) {
      const roleOk = described(m.entity);
      const countryOk = country ? (m.entity.country ? m.entity.country === country : this.describedAs(m.entity, country, pos)) : true;
      if (roleOk && countryOk) return m.entity;
    }
    if (country) return prior.find((m) => m.entity.country === country)?.entity;
    return fallback ? this.topicPerson(pos) : undefined;
  }

  /** An unnamed partner after the trigger: "with Turkey's foreign minister", "his Qatari counterpart". */
  findObject(span: Span, not: Entity): Entity | undefined {
    const s = this.text.slice(span.start, span.end);
    const m = OBJECT_ROLE.exec(s);
    if (!m) return undefined;
    const qualifier = m[1];
    const country = qualifier ? (countryByDemonym(qualifier) ?? countryByName(qualifier))?.cca3 : undefined;
    if (!country) return undefined;
    const head = m[2].toLowerCase().split(' ').pop()!;
    const start = span.start + m.index;
    // A known, different role rules a person out ("Turkey's foreign minister" is not its president).
    // The country may be told only next to a mention ("the Foreign Secretary of the United Kingdom, X").
    const fits = (e: Entity) =>
      e.kind === 'person' && e.id !== not.id && (e.country ? e.country === country : this.describedAs(e, country, span.end + 400)) && (!e.role || head === 'counterpart' || e.role.toLowerCase().includes(head));
    // "his Omani counterpart": someone in the same office, of that country, before anyone else of that
    // country (an ambassador, a monarch named in passing); the country may be told only next to a mention.
    if (head === 'counterpart' && not.role) {
      const office = officeKey(not.role);
      const peer = this.mentions
        .before(start)
        .filter((x) => x.entity.kind === 'person' && x.entity.id !== not.id && x.entity.role && officeKey(x.entity.role) === office && (x.entity.country ? x.entity.country === country : this.describedAs(x.entity, country, start)))
        .pop();
      if (peer) return peer.entity;
    }
    const prior = this.mentions.before(start).filter((x) => fits(x.entity));
    if (prior.length) {
      // "the British Foreign Secretary": one titled so beats one with another title ("the British Ambassador, X").
      const titled = prior.filter((x) => this.hasTitle(x.entity, head, start));
      if (titled.length) return titled[titled.length - 1].entity;
      const untitled = prior.filter((x) => !OTHER_TITLES.some((t) => t !== head && this.hasTitle(x.entity, t, start)));
      return (untitled.length ? untitled : prior)[(untitled.length ? untitled : prior).length - 1].entity;
    }
    // Cataphora: the name often follows a sentence or two later.
    const idx = this.sentences.findIndex((x) => x.start <= start && start <= x.end);
    const until = this.sentences[Math.min(this.sentences.length - 1, idx + 2)]?.end ?? span.end;
    return this.mentions.within({ start: span.end, end: until }).find((x) => fits(x.entity))?.entity;
  }

  /** "the President of Uzbekistan" at `pos`: the person named before who holds that office for that country. */
  titleOf(pos: number): Entity | undefined {
    const m = TITLE_OF.exec(this.text.slice(pos, pos + 80));
    if (!m) return undefined;
    const cca3 = countryByName(m[2])?.cca3;
    if (!cca3) return undefined;
    const head = m[1].toLowerCase().split(' ').pop()!;
    return this.mentions
      .before(pos)
      .filter((x) => x.entity.kind === 'person' && (x.entity.country ? x.entity.country === cca3 : this.describedAs(x.entity, cca3, pos)) && (x.entity.role ?? '').toLowerCase().includes(head))
      .pop()?.entity;
  }

  /** Whether the text names `cca3` right before a mention of `e` ("Oman's Minister of Foreign Affairs X"). */
  private describedAs(e: Entity, cca3: string, before: number): boolean {
    return this.mentions.all.some((m) => {
      if (m.entity.id !== e.id || m.start >= before) return false;
      const from = Math.max(0, m.start - 50);
      const lead = this.text.slice(from, m.start);
      const words = lead.match(/\p{Lu}[\p{L}]+(?:\s+\p{Lu}[\p{L}]+)?/gu) ?? [];
      if (words.some((w) => [w, ...w.split(/\s+/)].some((x) => (countryByName(x) ?? countryByDemonym(x))?.cca3 === cca3))) return true;
      // A place named there ("of the United Kingdom, X") that is that country.
      return this.mentions.within({ start: from, end: m.start }).some((x) => x.entity.kind === 'location' && (x.entity.country === cca3 || countryByName(x.entity.name)?.cca3 === cca3));
    });
  }

  /** A reference in `span` (the subject slot of a clause), resolved when possible. */
  find(span: Span): Reference | undefined {
    const s = this.text.slice(span.start, span.end);
    const g = GROUP.exec(s);
    if (g) return { start: span.start + g.index, end: span.start + g.index + g[0].length, kind: 'group', noun: g[1] };
    // "..., where they also held a trilateral meeting with X": "they" opening the clause is the pair just told.
    const t = THEY.exec(s);
    if (t) return { start: span.start + t.index, end: span.start + t.index + t[0].length, kind: 'group', noun: 'they' };
    const r = ROLE.exec(s);
    if (r) {
      const start = span.start + r.index;
      return { start, end: start + r[0].length, kind: 'role', person: this.byRole(r[2], r[1], start) };
    }
    const h = HONORIFIC.exec(s);
    if (h) {
      const start = span.start + h.index;
      return { start, end: start + h[0].length, kind: 'role', person: this.honoured(h[0], start) };
    }
    const p = PRONOUN.exec(s);
    if (p) {
      const start = span.start + p.index;
      return { start, end: start + p[0].length, kind: 'pronoun', person: this.topicPerson(start) };
    }
    return undefined;
  }
}
