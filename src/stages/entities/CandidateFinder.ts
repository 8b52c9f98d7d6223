// Runs -> candidates: cut ordinary words off the edges, split a leading title off as the role,
// classify the name, and fall back to the known names inside a run no rule could type.
import type { Candidate } from './Candidate.ts';
import { classify } from './KindClassifier.ts';
import type { Lexicon } from './Lexicons.ts';
import { findRuns, isCommonWord } from './NameChunker.ts';
import { splitTitle, titleBefore } from './TitleRoleRule.ts';
import type { Token } from './Tokenizer.ts';

const span = (toks: Token[], a: number, b: number, text: string) => text.slice(toks[a].start, toks[b - 1].end);

export function findCandidates(text: string, toks: Token[], lex: Lexicon): Candidate[] {
  const out: Candidate[] = [];
  for (const run of findRuns(toks, lex)) {
    // Ordinary words inside a run ("Monday", "Meanwhile") split it.
    let a = run.a;
    for (let i = run.a; i <= run.b; i++) {
      if (i === run.b || lex.sets.nonNames.has(toks[i].text) || lex.sets.platforms.has(toks[i].text)) {
        if (i > a) addRun(text, toks, a, i, lex, out);
        a = i + 1;
      }
    }
  }
  return out;
}

function addRun(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): void {
  while (a < b && (isCommonWord(toks[a], lex) || ['of', 'the', 'and', 'for', '&'].includes(toks[a].text))) a++;
  while (b > a && ['of', 'the', 'and', 'for', '&'].includes(toks[b - 1].text)) b--;
  if (a >= b) return;
  const whole = span(toks, a, b, text);
  const lastIsHead = lex.sets.orgHeads.has(toks[b - 1].text) || lex.sets.companySuffixes.has(toks[b - 1].text);
  const known = lex.lookup(whole).length > 0;
  const t = lastIsHead || known ? { nameA: a, titled: false } : splitTitle(toks, a, b, lex);
  const na = t.nameA;
  const nameText = span(toks, na, b, text);
  // A lone demonym ("Russian") or a title with no name is not a mention.
  if (na === b - 1 && lex.demonym(toks[na].text) !== undefined && !lex.lookup(nameText).length) return;
  const before = t.titled ? null : titleBefore(toks, na, lex);
  const titled = t.titled || !!before;
  const v = classify({ toks, a: na, b, text: nameText, titled, lex });
  if (!v || v.kind === 'none') {
    if (b - na > 1) splitKnown(text, toks, na, b, lex, out);
    else out.push(cand(toks, na, b, text, null, 'unknown', 0));
    return;
  }
  if (v.kind === 'event') {
    if (v.sub) out.push({ ...cand(toks, v.sub.a, v.sub.b, text, 'organization', 'event-owner', 2), lex: v.sub.entry });
    return;
  }
  if (v.reason === 'person-shape' && b - na >= 3) {
    // "Ankara Hakan Fidan": a known place in front of a name is not part of it.
    const first = lex.lookup(toks[na].text).find((e) => e.kind !== 'person');
    if (first) {
      out.push({ ...cand(toks, na, na + 1, text, first.kind, 'lexicon', 2), lex: first });
      out.push(cand(toks, na + 1, b, text, 'person', 'person-shape', 1));
      return;
    }
  }
  const c = cand(toks, na, b, text, v.kind, v.reason, v.strength);
  c.lex = v.lex;
  if (v.kind === 'person') {
    c.role = t.role ?? before?.role;
    c.country = t.country ?? before?.country;
  }
  out.push(c);
}

/** No rule typed the run as a whole: take the known names inside it, longest first. */
function splitKnown(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): void {
  let i = a;
  let rest = a;
  while (i < b) {
    let hit = 0;
    for (let e = Math.min(b, i + lex.maxWords); e > i; e--) {
      const entry = lex.lookup(span(toks, i, e, text))[0];
      if (entry) {
        if (rest < i) out.push(cand(toks, rest, i, text, null, 'unknown', 0));
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
  if (rest < b && rest > a) addUnknown(text, toks, rest, b, lex, out);
  else if (rest === a) out.push(cand(toks, a, b, text, null, 'unknown', 0));
}

function addUnknown(text: string, toks: Token[], a: number, b: number, lex: Lexicon, out: Candidate[]): void {
  const v = classify({ toks, a, b, text: span(toks, a, b, text), titled: false, lex });
  if (v && (v.kind === 'person' || v.kind === 'organization' || v.kind === 'location')) out.push(cand(toks, a, b, text, v.kind, v.reason, v.strength));
  else out.push(cand(toks, a, b, text, null, 'unknown', 0));
}

export function cand(toks: Token[], a: number, b: number, text: string, kind: Candidate['kind'], reason: string, strength: number): Candidate {
  return { a, b, start: toks[a].start, end: toks[b - 1].end, text: span(toks, a, b, text), kind, reason, strength };
}
