// One-off events ("BRICS Summit", "COP28 Conference", "Paris Agreement") are not organizations;
// an organization named inside one ("BRICS") still is.
import type { KindRule } from './KindRule.ts';

export const eventNameRule: KindRule = ({ toks, a, b, lex }) => {
  if (b - a < 2 || !lex.sets.eventHeads.has(toks[b - 1].text)) return null;
  for (let e = b - 1; e > a; e--) {
    const entry = lex.lookup(toks.slice(a, e).map((t) => t.text).join(' ')).find((x) => x.kind === 'organization');
    if (entry) return { kind: 'event', reason: 'event-name', strength: 2, sub: { a, b: e, entry } };
  }
  return { kind: 'event', reason: 'event-name', strength: 2 };
};
