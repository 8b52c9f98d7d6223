// The wire agency a dateline credits: "AMMAN, Feb. 19 (Petra) --", "NAIROBI, Kenya (AP) —",
// "KUALA LUMPUR, May 27 (Bernama) --". A name in brackets between a line's opening place (and
// date) and a dash is the agency that filed the story, an organization, whatever its shape
// says ("Petra" is also a given name, "Bernama" a person-shaped word).
import type { Candidate } from './Candidate.ts';
import type { Token } from './Tokenizer.ts';

const DASH = /^(?:-|–|—|―)$/;
// A dateline is short: the place, maybe its country and a date, then the credit.
const MAX_LEAD = 10;

export function applyDatelineAgencies(cands: Candidate[], toks: Token[]): void {
  for (const c of cands) {
    const open = toks[c.a - 1];
    const close = toks[c.b];
    if (open?.text !== '(' || close?.text !== ')' || !DASH.test(toks[c.b + 1]?.text ?? '')) continue;
    let s = c.a - 1;
    while (s > 0 && !toks[s].lineStart && c.a - s <= MAX_LEAD) s--;
    if (!toks[s].lineStart && s !== 0) continue;
    // The lead is a capitalized place, then commas, capitalized words, dates and numbers.
    const lead = toks.slice(s, c.a - 1);
    if (!lead.length || !lead[0].cap || !lead.every((t) => t.cap || !t.word || /^\d/.test(t.text) || /^(?:of|de|al|el)$/i.test(t.text))) continue;
    c.kind = 'organization';
    c.reason = 'dateline-agency';
    c.strength = 2;
  }
}
