// Runs -> candidates: cut ordinary words off the edges, split a leading title off as the role,
// classify the name, and fall back to the known names inside a run no rule could type.
import type { Candidate } from './Candidate.ts';
import { classify } from './KindClassifier.ts';
import type { Lexicon } from './Lexicons.ts';
import { lexiconTag } from './CompromiseTagger.ts';
import { findRuns, isCommonWord } from './NameChunker.ts';
import { opensAddress, splitTitle, titleBefore } from './TitleRoleRule.ts';
import { PORTFOLIO } from './TitleRoleRule.ts';
import type { Token } from './Tokenizer.ts';

const STRICT_SUFFIX = new Set(['Inc', 'Inc.', 'LLC', 'Ltd', 'Ltd.', 'Corp.', 'PLC', 'plc', 'GmbH', 'AG', 'S.A.', 'N.V.', 'Co.', 'L.L.C.', 'SpA', 'S.p.A.']);
const span = (toks: Token[], a: number, b: number, text: string) => text.slice(toks[a].start, toks[b - 1].end);

export function findCandidates(text: string, toks: Token[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const run of findRuns(toks, lex)) {
    // Ordinary words inside a run ("Monday", "Meanwhile") split it.
    let a = run.a;
    for (let i = run.a; i <= run.b; i++) {
      if (i === run.b || (breaksRun(toks[i], lex) && !inKnownPerson(text, toks, run.a, run.b, i, lex) && !middleName(toks, run.a, run.b, i))) {
        if (i > a) addRun(text, toks, a, i, lex, out);
        a = i + 1;
      } else if (i > a && opensAddress(toks, i) && !splitTitle(toks, a, i + 1, lex).titleOnly) {
        // "received at Qasr Al Shati His Excellency Dr. Abiy Ahmed": a form of address opens a
        // person's name; what stands before it (a venue, an organization) is a name of its own,
        // unless it is a title too ("Prime Minister Dr. ...", "President H.E. ...").
        if (!splitTitle(toks, a, i, lex).titleOnly) {
          addRun(text, toks, a, i, lex, out);
          a = i;
        }
      }
    }
  }
  findNumberedGroups(text, toks, lex, out);
  findTitleOffices(text, toks, lex, out);
  return out;
}

/** "General Secretary To Lam", "Mohammed Shia al-Sudani": a known person's name spanning token i keeps its ordinary-looking word. */
function inKnownPerson(text: string, toks: Token[], ra: number, rb: number, i: number, lex: Lexicon): boolean {
  for (let s = Math.max(ra, i - 3); s <= i; s++) {
    for (let e = Math.max(i + 1, s + 2); e <= Math.min(rb, s + 6); e++) if (lex.lookup(span(toks, s, e, text)).some((x) => x.kind === 'person')) return true;
  }
  return false;
}

/**
 * "Ali Shia al-Hakim": a word that is elsewhere a religion's name ("Shia", "Sunni") between a
 * name word and an Arabic surname with its article is a middle name. Weekdays, months and
 * function words still split ("Monday al-Sudani said").
 */
function middleName(toks: Token[], ra: number, rb: number, i: number): boolean {
  return i > ra && i + 1 < rb && MIDDLE_NAME.has(toks[i].text) && /^(?:al|el|Al|El)-\p{Lu}/u.test(toks[i + 1].text) && !!toks[i - 1].cap;
}
const MIDDLE_NAME = new Set(['Shia', 'Sunni']);

/** "the Group of 20", "Group of Seven": a known forum named with a number after "of". */
function findNumberedGroups(text: string, toks: Token[], lex: Lexicon, out: Candidate[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].text !== 'Group' || toks[i + 1].text !== 'of' || !/^(?:\d+|Seven|Eight|Twenty|Seventy-Seven)$/.test(toks[i + 2].text)) continue;
    const e = lex.lookup(span(toks, i, i + 3, text)).find((x) => x.kind === 'organization');
    if (!e) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].a < i + 3 && i < out[k].b) out.splice(k, 1);
    out.push({ ...cand(toks, i, i + 3, text, 'organization', 'lexicon', 2), lex: e });
  }
}

/**
 * "the Crown Prince's Diwan", "the Prime Minister's Office", "the President's Court": the
 * office of a title holder is a body of its own, named with the possessive.
 */
function findTitleOffices(text: string, toks: Token[], lex: Lexicon, out: Candidate[]): void {
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i];
    if (!head.cap || !toks[i - 1].possessive) continue;
    // "Office", "Diwan", or a short name closed by a head word ("Media Division", "Press Office").
    let b = -1;
    if (OFFICE_HEAD.test(head.text)) b = toks[i + 1]?.cap && OFFICE_HEAD.test(toks[i + 1].text) ? i + 2 : i + 1;
    else for (let e = i + 2; e <= Math.min(toks.length, i + 3); e++) if (toks.slice(i, e).every((t) => t.cap && t.word && !t.possessive) && OFFICE_HEAD.test(toks[e - 1].text) && !toks[e]?.cap) b = e;
    if (b < 0) continue;
    let a = -1;
    for (let n = 1; n <= 3 && i - n >= 0; n++) if (lex.sets.personTitles.has(span(toks, i - n, i, text).toLowerCase())) a = i - n;
    if (a < 0) continue;
    // "the Sri Lankan President's Media Division", "Ukrainian President's Office": a demonym
    // says whose; it belongs to the name.
    for (const n of [2, 1]) {
      if (a - n >= 0 && toks.slice(a - n, a).every((t) => t.cap && t.word) && lex.demonym(span(toks, a - n, a, text))) {
        a -= n;
        break;
      }
    }
    if (toks[a - 1]?.text.toLowerCase() !== 'the' && lex.demonym(toks[a].text) === undefined && lex.demonym(span(toks, a, Math.min(a + 2, i), text)) === undefined) continue;
    for (let k = out.length - 1; k >= 0; k--) if (out[k].a < b && a < out[k].b) out.splice(k, 1);
    const c = cand(toks, a, b, text, 'organization', 'title-office', 2);
    c.text = text.slice(toks[a].start, toks[b - 1].end);
    const d = lex.demonym(toks[a].text) ?? lex.demonym(span(toks, a, Math.min(a + 2, i), text));
    if (d) c.country = d;
    out.push(c);
  }
}
const OFFICE_HEAD = /^(?:Office|Diwan|Court|Bureau|Secretariat|Cabinet|Chancellery|Division|Department|Directorate|Unit)$/;

/** Words that cannot sit inside a name: weekdays and the like, platforms, "Pakistan-based", headline words. */
function breaksRun(t: Token, lex: Lexicon): boolean {
  if (lex.sets.nonNames.has(t.text) || lex.sets.platforms.has(t.text)) return true;
  // Contractions ("Can’t", "We’ll") are ordinary words.
  if (/['’](?:t|re|ve|ll|d|m)$/i.test(t.text)) return true;
  if (/-(?:based|led|backed|run|born|owned|made|style|era|linked|funded|controlled|brokered|sponsored|leading|affiliated|aligned|allied|bound|friendly|held|occupied|registered|listed|headquartered)$/i.test(t.text)) return true;
  return t.cap && t.titleCase && !t.first && isCommonWord(t, lex);
}

/**
 * "Hamas Shura Council Chairman Muhammad Darwish", "UN Secretary-General António Guterres": an
 * organization, then a title, then a name. The organization is its own mention; it and the
 * title make the person's role.
 */
function splitOrgTitle(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): boolean {
  for (let i = a + 1; i < b - 1; i++) {
    const prefix = span(toks, a, i, text);
    const t = splitTitle(toks, i, b, lex);
    // "Northrop Grumman CEO Ron Sugar": what stands before a corporate title is a company.
    const corporate = t.titled && !!t.role && lex.sets.corporateTitles.has(t.role) && !lex.lookup(prefix).some((e) => e.kind !== 'organization');
    const isOrg = corporate || lex.orgHeadOrSuffix(toks[i - 1].text) || lex.lookup(prefix).some((e) => e.kind === 'organization');
    // "South Dakota Gov. Kristi Noem", "Browns coach X": any name, then a full title, then a
    // person's name of two words or more.
    const strong = t.titled && !!t.role && lex.sets.personTitles.has(t.role.toLowerCase()) && b - t.nameA >= 2;
    if (!isOrg && !strong) continue;
    if (!t.titled || t.titleOnly || t.nameA >= b || ['of', 'for', 'the'].includes(toks[t.nameA].text)) continue;
    const before = out.length;
    addRun(text, toks, a, i, lex, out);
    if (corporate) for (const o of out.slice(before)) if (o.kind !== 'location') Object.assign(o, { kind: 'organization', reason: 'corporate-title', strength: 2 });
    const c = cand(toks, t.nameA, b, text, 'person', 'title', 2);
    c.role = t.role ? `${prefix} ${t.role}` : undefined;
    c.country = t.country;
    out.push(c);
    return true;
  }
  return false;
}

function addRun(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): void {
  // Trim ordinary words that only the sentence start capitalized, unless they open a known name
  // ("United Nations spokesman ...").
  const opensKnown = (i: number) => [2, 3, 4].some((n) => i + n <= b && lex.lookup(span(toks, i, i + n, text)).length > 0);
  while (a < b && ((isCommonWord(toks[a], lex) && !opensKnown(a)) || ['of', 'the', 'and', 'for', '&'].includes(toks[a].text))) a++;
  while (b > a && ['of', 'the', 'and', 'for', '&'].includes(toks[b - 1].text)) b--;
  if (a >= b) return;
  // "the North-South corridor", "South-South cooperation", "East-West ties": compass points
  // joined by a hyphen are a direction, not a name.
  if (b - a === 1 && COMPASS.test(toks[a].text)) return;
  // "Minister of Foreign Affairs and Emigration Badr Abdelatty", "Deputy Minister for Political
  // Affairs": a title's portfolio goes on after "and"/"for"; its words are nobody's name.
  if (/^(?:and|for)$/.test(toks[a - 1]?.text ?? '') && isTitleWord(toks[a - 2], lex)) {
    let k = a;
    while (k < b && isTitleWord(toks[k], lex)) k++;
    // "and Minister of Foreign Affairs Radosław Sikorski", "and Trade Minister X": a title of
    // its own is left to the title rule.
    const ownTitle = toks.slice(a, k).some((t) => lex.sets.personTitles.has(t.text.toLowerCase()));
    if (k > a && !ownTitle) {
      if (k < b) addRun(text, toks, k, b, lex, out);
      return;
    }
  }
  // "Israel-Hamas conflict", "Russia-Ukraine talks": hyphenated known names are each a mention.
  if (b - a === 1 && toks[a].text.includes('-')) {
    const parts = [...toks[a].text.matchAll(/[^-]+/g)];
    const entries = parts.map((p) => lex.lookup(p[0])[0]);
    if (parts.length >= 2 && entries.every((e) => e && e.type !== 'family')) {
      parts.forEach((p, i) => {
        const start = toks[a].start + p.index!;
        out.push({ ...cand(toks, a, b, text, entries[i]!.kind, 'lexicon', 2), start, end: start + p[0].length, text: p[0], lex: entries[i] });
      });
      return;
    }
  }
  // "ASEAN-Gulf Cooperation Council Summit", "EU-African Union talks": a known organization
  // hyphened to another's longer name is two bodies. Countries and demonyms on the left
  // ("Saudi-Egyptian Supreme Coordination Council", "Türkiye-Uzbekistan Joint Economic
  // Commission") name a bilateral body of its own and stay whole.
  if (b - a >= 2 && /^[^-]+-[^-]+$/.test(toks[a].text)) {
    const [left, right] = toks[a].text.split('-');
    const le = lex.lookup(left).find((e) => e.kind === 'organization');
    const restText = right + text.slice(toks[a].end, toks[b - 1].end);
    let rb = b;
    let re = lex.lookup(restText).find((e) => e.kind === 'organization');
    // the right body may be followed by an event word or more ("... Council Summit")
    while (!re && rb - 1 > a + 1) {
      rb--;
      re = lex.lookup(right + text.slice(toks[a].end, toks[rb - 1].end)).find((e) => e.kind === 'organization');
    }
    if (le && re) {
      const ls = toks[a].start;
      out.push({ ...cand(toks, a, a + 1, text, 'organization', 'lexicon', 2), start: ls, end: ls + left.length, text: left, lex: le });
      const rs = ls + left.length + 1;
      out.push({ ...cand(toks, a, rb, text, 'organization', 'lexicon', 2), start: rs, end: toks[rb - 1].end, text: text.slice(rs, toks[rb - 1].end), lex: re });
      if (rb < b) addRun(text, toks, rb, b, lex, out);
      return;
    }
  }
  // "the Palestinian Hamas", "Lebanese Hezbollah": a demonym before a known name only qualifies it.
  if (b - a >= 2 && lex.demonym(toks[a].text) !== undefined && !lex.lookup(span(toks, a, b, text)).length) {
    const rest = lex.lookup(span(toks, a + 1, b, text)).find((e) => e.kind === 'organization' || e.kind === 'person');
    if (rest) {
      out.push({ ...cand(toks, a + 1, b, text, rest.kind, 'lexicon', 2), lex: rest });
      return;
    }
  }
  // "Meeting of the Council of Heads of State": the body after a leading event word.
  if (b - a > 3 && lex.sets.eventHeads.has(toks[a].text) && toks[a + 1].text === 'of') {
    addRun(text, toks, toks[a + 2].text === 'the' ? a + 3 : a + 2, b, lex, out);
    return;
  }
  // "Leaders of the Association of Southeast Asian Nations concluded ...", "Members of the
  // European Parliament": people of a body, capitalized at the sentence start; the body is
  // the name. ("Council of Ministers" keeps its plural after "of".)
  if (b - a > 3 && GROUP_OF.test(toks[a].text) && toks[a + 1].text === 'of') {
    const s = toks[a + 2].text === 'the' ? a + 3 : a + 2;
    if (s < b && (lex.lookup(span(toks, s, b, text)).some((e) => e.kind === 'organization') || lex.orgHeadOrSuffix(toks[b - 1].text))) {
      addRun(text, toks, s, b, lex, out);
      return;
    }
  }
  // "the Chief Executive Officer of General Motors", "Chief Financial Officer of Ford": a
  // corporate title before "of" is the person's, the company after it the name.
  for (let n = Math.min(4, b - a - 2); n >= 1; n--) {
    if (toks[a + n].text === 'of' && lex.words.corporateTitles.includes(span(toks, a, a + n, text))) {
      const s = toks[a + n + 1].text === 'the' ? a + n + 2 : a + n + 1;
      // "President of the United States Darel Voss" is a title with its country (TitleRoleRule).
      if ([1, 2, 3].some((m) => s + m <= b && lex.lookup(span(toks, s, s + m, text)).some((e) => e.kind === 'location'))) break;
      if (s < b) addRun(text, toks, s, b, lex, out);
      return;
    }
  }
  // "Former National Security Council": a time word before an organization is no part of it.
  if (b - a >= 2 && /^(?:Former|Then|Ex|Ex-|Erstwhile|Defunct|Now-defunct)$/.test(toks[a].text) && lex.orgHeadOrSuffix(toks[b - 1].text)) {
    addRun(text, toks, a + 1, b, lex, out);
    return;
  }
  // "Group B", "Group D.": a head and a letter name a bracket, not a body.
  if (b - a === 2 && lex.orgHeadOrSuffix(toks[a].text) && /^\p{Lu}\.?$/u.test(toks[a + 1].text)) return;
  // "Chairperson of the African Union Commission": a title and "of" before a name.
  // "Deputy Chairman of the Presidential Court", "High Representative of the European Union": a
  // title, then "of": what follows is a name of its own, the title is nobody's name.
  const lead = splitTitle(toks, a, b, lex);
  if (lead.titled && !lead.titleOnly && lead.nameA < b && toks[lead.nameA].text === 'of') {
    const r = toks[lead.nameA + 1]?.text === 'the' ? lead.nameA + 2 : lead.nameA + 1;
    if (r < b) addRun(text, toks, r, b, lex, out);
    return;
  }
  // "Ministry of Foreign Affairs of Iran Hussein Amir Abdollahian": a place after "of" closes
  // the organization when two or more name words follow it.
  for (let i = a + 2; i < b - 2; i++) {
    if (toks[i - 1].text !== 'of') continue;
    for (let e = Math.min(b - 2, i + 3); e > i; e--) {
      const restLast = toks[b - 1].text;
      if (lex.orgHeadOrSuffix(restLast) || lex.sets.placeHeads.has(restLast) || lex.sets.eventHeads.has(restLast)) break;
      if (lex.lookup(span(toks, i, e, text)).some((x) => x.kind === 'location')) {
        addRun(text, toks, a, e, lex, out);
        addRun(text, toks, e, b, lex, out);
        return;
      }
    }
  }
  // "White House National Security Council Ukraine expert": a country right after an
  // organization's head word is no part of it (names put their country first or after "of").
  for (let i = a + 2; i < b; i++) {
    if (!lex.orgHeadOrSuffix(toks[i - 1].text) || toks[i - 1].possessive) continue;
    if (lex.lookup(span(toks, i, b, text)).some((x) => x.kind === 'location' && x.type === 'country')) {
      addRun(text, toks, a, i, lex, out);
      addRun(text, toks, i, b, lex, out);
      return;
    }
  }
  // "Chrysler LLC Jim Press": a legal-form suffix ends a company's name.
  for (let i = a + 1; i < b - 1; i++) {
    if (STRICT_SUFFIX.has(toks[i].text)) {
      addRun(text, toks, a, i + 1, lex, out);
      addRun(text, toks, i + 1, b, lex, out);
      return;
    }
  }
  const whole = span(toks, a, b, text);
  const known = lex.lookup(whole).length > 0;
  // "Amiri Diwan of Qatar", "Foreign Ministry of Egypt": a known body, then its country.
  const ofAt = toks.slice(a, b).findIndex((t) => t.text === 'of');
  if (!known && ofAt > 0 && a + ofAt + 1 < b) {
    const body = lex.lookup(span(toks, a, a + ofAt, text)).find((e) => e.kind === 'organization');
    const place = lex.lookup(span(toks, a + ofAt + 1, b, text)).find((e) => e.type === 'country');
    if (body && place) {
      out.push({ ...cand(toks, a, a + ofAt, text, 'organization', 'lexicon', 2), lex: body });
      out.push({ ...cand(toks, a + ofAt + 1, b, text, 'location', 'lexicon', 2), lex: place });
      return;
    }
  }
  // Words all in capitals ("NISSAN SENTRA", "SPACE VIZZION CONCEPT") are a shouted headline,
  // not a name, unless the lexicon knows them.
  if (!known && b - a >= 2 && toks.slice(a, b).every((t) => /^[\p{Lu}\d.&-]+$/u.test(t.text) && /\p{Lu}{2}/u.test(t.text))) {
    splitKnown(text, toks, a, b, lex, out, false);
    return;
  }
  // "House of Representatives Speaker": a title closing an organization's name is not part of
  // it, nor the words of a longer title ending there ("White House Press Secretary").
  if (!known && b - a >= 3 && lex.sets.personTitles.has(toks[b - 1].text.toLowerCase()) && toks.slice(a, b - 1).some((t) => lex.orgHeadOrSuffix(t.text))) {
    let e = b - 1;
    while (e > a + 1 && (lex.sets.personTitles.has(toks[e - 1].text.toLowerCase()) || lex.sets.personTitles.has(span(toks, e - 1, b, text).toLowerCase()))) e--;
    addRun(text, toks, a, e, lex, out);
    return;
  }
  if (!known && !splitTitle(toks, a, b, lex).titled && splitOrgTitle(text, toks, a, b, lex, out)) return;
  const lastIsHead = lex.sets.orgHeads.has(toks[b - 1].text) || lex.sets.companySuffixes.has(toks[b - 1].text);
  // A closing head word keeps the run whole ("Foreign Ministry"), unless a title leads a given
  // name and a head-like surname ("Analyst Jim Press").
  const st = splitTitle(toks, a, b, lex);
  const givenAfter = st.titled && b - st.nameA === 2 && toks[st.nameA].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName');
  const t = ((lastIsHead && !givenAfter) || known) && !(st.titleOnly && !known) ? { nameA: a, titled: false, titleOnly: false, role: undefined, country: undefined, countryAt: undefined } : st;
  // "the Prime Minister of Singapore", "U.S. Secretary of State ...": the country the title
  // names is a place mention; a demonym ("Kenyan President", "Saudi Foreign Minister") says whose.
  if (t.countryAt) {
    const [ca, cb] = t.countryAt;
    const words = span(toks, ca, cb, text);
    const entry = lex.lookup(words).find((e) => e.kind === 'location');
    if (entry && (lex.demonym(words) === undefined || /^[\p{Lu}.]+$/u.test(words))) out.push({ ...cand(toks, ca, cb, text, 'location', 'lexicon', 2), lex: entry });
  }
  if (t.titleOnly) return;
  let na = t.nameA;
  // "Chairman of the Presidential Court", "High Representative of the EU": the title is not the
  // name; what follows "of" is a name of its own.
  if (t.titled && ['of', 'for', 'and'].includes(toks[na].text)) {
    na++;
    if (toks[na]?.text === 'the') na++;
    if (na < b) addRun(text, toks, na, b, lex, out);
    return;
  }
  if (na === b - 1) {
    const w = toks[na].text;
    if (lex.sets.orgHeads.has(w) || lex.sets.placeHeads.has(w) || lex.sets.personTitles.has(w.toLowerCase()) || lex.sets.titleModifiers.has(w.toLowerCase()) || lex.sets.loneNonNames.has(w)) {
      if (!lex.lookup(w).length) return;
    }
  }
  // "Climate Change Conference of the Parties": an event named with "of".
  // "Ordinary Session of the Assembly of ...": the body after the event is a name of its own.
  for (let i = na + 1; i < b - 1; i++) {
    if (lex.sets.eventHeads.has(toks[i].text) && toks[i + 1].text === 'of') {
      const r = toks[i + 2]?.text === 'the' ? i + 3 : i + 2;
      if (r < b) addRun(text, toks, r, b, lex, out);
      return;
    }
  }
  if (!t.titled && portfolioPlace(text, toks, na, b, lex, out)) return;
  const nameText = span(toks, na, b, text);
  // A lone demonym ("Russian") or a title with no name is not a mention.
  if (lex.demonym(nameText) !== undefined && !lex.lookup(nameText).length) return;
  let v = classify({ toks, a: na, b, text: nameText, titled: t.titled, lex });
  // "intel chief Kalın", "his Russian counterpart Sergey Lavrov": a lowercase title before an
  // untyped or person-like name; never before a known place or organization.
  const before = t.titled ? null : titleBefore(toks, na, lex, out);
  if (before && (!v || v.kind === 'person' || v.reason === 'tagger' || v.reason === 'acronym')) {
    v = { kind: 'person', reason: 'title-before', strength: 2 };
  }
  if (!v || v.kind === 'none') {
    if (b - na > 1) splitKnown(text, toks, na, b, lex, out);
    else out.push(cand(toks, na, b, text, null, 'unknown', 0));
    return;
  }
  if (v.kind === 'event') {
    if (v.sub) out.push({ ...cand(toks, v.sub.a, v.sub.b, text, 'organization', 'event-owner', 2), lex: v.sub.entry });
    return;
  }
  if ((v.reason === 'person-shape' || (v.reason === 'tagger' && v.kind === 'person')) && b - na >= 3) {
    // "Ankara Hakan Fidan", "European Union Gordon Sondland": a known place or organization in
    // front of a name is not part of it.
    for (let e = Math.min(b - 2, na + lex.maxWords); e > na; e--) {
      const first = lex.lookup(span(toks, na, e, text)).find((x) => x.kind !== 'person');
      if (first) {
        out.push({ ...cand(toks, na, e, text, first.kind, 'lexicon', 2), lex: first });
        addRun(text, toks, e, b, lex, out);
        return;
      }
    }
  }
  const c = cand(toks, na, b, text, v.kind, v.reason, v.strength);
  c.lex = v.lex;
  // "Turkish Foreign Ministry", "Egyptian Presidency": a leading demonym or country says whose.
  if (v.kind === 'organization' && !v.lex && b - na >= 2) {
    const d = lex.demonym(toks[na].text) ?? lex.lookup(toks[na].text).find((e) => e.type === 'country')?.country;
    if (d) c.country = d;
  }
  // "Hamas Shura Council", "EU Commission": a known organization opening a body's name is
  // mentioned too (the body belongs to it).
  if (v.kind === 'organization' && !v.lex && b - na >= 2) {
    for (let e = Math.min(b - 1, na + 3); e > na; e--) {
      const entry = lex.lookup(span(toks, na, e, text)).find((x) => x.kind === 'organization');
      if (entry) {
        out.push({ ...cand(toks, na, e, text, 'organization', 'lexicon', 2), lex: entry });
        break;
      }
    }
  }
  // "... of the African Union": a known organization closing a long name is also a mention.
  if (v.kind === 'organization' && !v.lex) {
    for (let i = b - 2; i > na; i--) {
      if (toks[i].text !== 'of') continue;
      const s0 = toks[i + 1]?.text === 'the' ? i + 2 : i + 1;
      // Only organizations: "Bank of Canada" is no mention of Canada the place.
      const entry = s0 < b ? lex.lookup(span(toks, s0, b, text)).find((x) => x.kind === 'organization') : undefined;
      if (entry) out.push({ ...cand(toks, s0, b, text, entry.kind, 'lexicon', 2), lex: entry });
      break;
    }
  }
  if (v.kind === 'person') {
    c.role = t.role ?? before?.role;
    c.country = t.country ?? before?.country;
  }
  out.push(c);
}

/**
 * "senior adviser for Africa Massad Boulos", "the UN envoy to Yemen Hans Grundberg": a lowercase
 * title's portfolio place, then the holder's name. The place is a mention of its own and closes
 * the role; the name words after it are the person.
 */
function portfolioPlace(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): boolean {
  const prep = toks[a - 1];
  if (!prep || !/^(?:for|to|on)$/.test(prep.text) || b - a < 3) return false;
  const before = titleBefore(toks, a - 1, lex, out);
  if (!before?.role) return false;
  for (let e = Math.min(b - 2, a + lex.maxWords); e > a; e--) {
    const place = lex.lookup(span(toks, a, e, text)).find((x) => x.kind === 'location');
    if (!place) continue;
    const v = classify({ toks, a: e, b, text: span(toks, e, b, text), titled: true, lex });
    if (v && v.kind !== 'person' && v.reason !== 'tagger') return false;
    out.push({ ...cand(toks, a, e, text, 'location', 'lexicon', 2), lex: place });
    const c = cand(toks, e, b, text, 'person', 'title-before', 2);
    c.role = `${before.role} ${prep.text} ${span(toks, a, e, text)}`;
    c.country = before.country;
    out.push(c);
    return true;
  }
  return false;
}

/** No rule typed the run as a whole: take the known names inside it, longest first. */
function splitKnown(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[], keepRest = true): void {
  let i = a;
  let rest = a;
  while (i < b) {
    let hit = 0;
    for (let e = Math.min(b, i + lex.maxWords); e > i; e--) {
      const entry = lex.lookup(span(toks, i, e, text))[0];
      if (entry) {
        if (rest < i && keepRest) out.push(cand(toks, rest, i, text, null, 'unknown', 0));
        out.push({ ...cand(toks, i, e, text, entry.kind, 'lexicon', 2), lex: entry });
        hit = e;
        break;
      }
    }
    if (hit) {
      i = hit;
      rest = hit;
    } else i++;
  }
  if (!keepRest) return;
  if (rest < b && rest > a) addUnknown(text, toks, rest, b, lex, out);
  else if (rest === a) out.push(cand(toks, a, b, text, null, 'unknown', 0));
}

function addUnknown(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): void {
  const v = classify({ toks, a, b, text: span(toks, a, b, text), titled: false, lex });
  if (v && (v.kind === 'person' || v.kind === 'organization' || v.kind === 'location')) out.push(cand(toks, a, b, text, v.kind, v.reason, v.strength));
  else out.push(cand(toks, a, b, text, null, 'unknown', 0));
}

/** A word of a title or of a portfolio ("Minister", "Foreign", "Affairs", "Emigration"). */
function isTitleWord(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.word || !t.cap) return false;
  const low = t.text.toLowerCase();
  return lex.sets.titleModifiers.has(low) || PORTFOLIO.has(low) || lex.sets.personTitles.has(low);
}
const COMPASS = /^(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest)(?:-(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest))+$/;
const GROUP_OF = /^(?:Leaders|Members|Heads|Officials|Representatives|Delegates|Delegations|Envoys|Ministers|Staff|Employees|Workers|Troops|Soldiers|Fighters|Lawmakers)$/;
const QUOTE = /^["“'‘]$/;
const DETERMINER = /^(?:the|a|an)$/i;
// "Tiger, the newest version of Mac OS X", "Lion, the new release": what an apposition calls a product.
const VERSION_NOUN = /^(?:version|versions|model|models|edition|release|successor|update|upgrade|generation|variant)$/i;

export function cand(toks: Token[], a: number, b: number, text: string, kind: Candidate['kind'], reason: string, strength: number): Candidate {
  const before = QUOTE.test(toks[a - 1]?.text ?? '') ? toks[a - 2] : toks[a - 1];
  let k = QUOTE.test(toks[b]?.text ?? '') ? b + 1 : b;
  let versionApposition = false;
  if (toks[k]?.text === ',' && DETERMINER.test(toks[k + 1]?.text ?? '')) {
    for (k += 2; k < b + 6 && toks[k]?.word && !toks[k].cap; k++) if (VERSION_NOUN.test(toks[k].text)) versionApposition = true;
  }
  return {
    a, b, start: toks[a].start, end: toks[b - 1].end, text: span(toks, a, b, text), kind, reason, strength,
    sentenceInitial: toks[a].first,
    ordinary: b - a === 1 && (toks[a].seenLower || lexiconTag(toks[a].text) !== undefined),
    given: toks[a].tags.some((g) => g === 'FirstName' || g === 'MaleName' || g === 'FemaleName'),
    prevWord: toks[a - 1]?.word ? toks[a - 1].text.toLowerCase() : undefined,
    determined: !!before && before.sent === toks[a].sent && DETERMINER.test(before.text),
    versionApposition,
  };
}
