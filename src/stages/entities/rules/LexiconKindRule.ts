// Known names (countries, cities, international bodies, agencies, world actors) take the
// lexicon's kind; after a personal title a name is a person whatever the lexicon says.
import type { KindRule } from './KindRule.ts';

export const lexiconKindRule: KindRule = ({ text, titled, lex }) => {
  const entries = lex.lookup(text);
  if (!entries.length) return null;
  const e = (titled && entries.find((x) => x.kind === 'person')) || entries[0];
  if (titled && e.kind !== 'person') return { kind: 'person', reason: 'title', strength: 2 };
  return { kind: e.kind, reason: 'lexicon', strength: 2, lex: e };
};
