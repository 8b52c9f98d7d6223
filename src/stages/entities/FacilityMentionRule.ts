// An institution named by its building is an organization only when it acts ("the White House
// said", "a statement from the Kremlin"); where something happens there ("talks at Hyderabad
// House", "a visit to the White House") it names the building, a place the events stage can
// use as the venue. Buildings: the lexicon's seats and unknown "X House" names.
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

// Prepositions of where; "from" is left out: "a statement from the White House" is the body speaking.
const LOCATIVE = /^(?:at|in|inside|outside|near|to|into|toward|towards|around)$/i;

export function applyFacilityMentions(cands: Candidate[], toks: Token[]): void {
  for (const c of cands) {
    if (c.kind !== 'organization') continue;
    const building = c.lex?.seat || (!c.lex && c.reason === 'org-head' && /\sHouse$/.test(c.text) && !/\bof\b/.test(c.text));
    if (!building) continue;
    let k = c.a - 1;
    if (toks[k] && /^the$/i.test(toks[k].text)) k--;
    const prev = toks[k];
    if (!prev || prev.sent !== toks[c.a].sent || !LOCATIVE.test(prev.text)) continue;
    // "according to the Pentagon", "thanks to the Kremlin": the body as a source or an agent.
    if (/^to$/i.test(prev.text) && /^(?:according|due|thanks|owing|close|loyal|letter|message|appeal|request|report|reported|said|told|wrote|replied|responded|belonging)$/i.test(toks[k - 1]?.text ?? '')) continue;
    c.kind = 'location';
    c.reason = 'facility';
    if (c.lex?.country) c.country ??= c.lex.country;
    c.lex = undefined;
  }
}
