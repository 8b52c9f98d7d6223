// Last resort: what compromise guessed for a single word ("Person", "Place", "Organization").
import type { KindRule } from './KindRule.ts';

export const taggerKindRule: KindRule = ({ toks, a, b }) => {
  const tags = new Set(toks.slice(a, b).flatMap((t) => t.tags));
  const shouted = toks.slice(a, b).every((t) => /^[\p{Lu}\d.&-]+$/u.test(t.text));
  if (!shouted && (tags.has('Person') || tags.has('FirstName') || tags.has('LastName') || tags.has('MaleName') || tags.has('FemaleName')))
    return { kind: 'person', reason: 'tagger', strength: 0 };
  if (tags.has('Country') || tags.has('City') || tags.has('Region') || tags.has('Place')) return { kind: 'location', reason: 'tagger', strength: 0 };
  if (tags.has('Organization')) return { kind: 'organization', reason: 'tagger', strength: 0 };
  return null;
};
