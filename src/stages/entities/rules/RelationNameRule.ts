// "a Comprehensive Strategic Partnership", "the Special Relationship": the level of ties
// between two countries, written in capitals, is no organization. Only adjectives stand before
// the head; a partnership named by its purpose stays a body ("Global Partnership for
// Education" has "for" and a noun, "Partnership on AI" is not closed by the head).
import type { KindRule } from './KindRule.ts';

const HEAD = /^(?:Partnership|Relationship|Relations|Cooperation|Friendship|Alliance)$/;
const LEVEL = /^(?:Comprehensive|Strategic|Enhanced|Special|Privileged|Global|Cooperative|Extensive|Full|Fundamental|All-Round|All-Weather|Enduring|Deep|Deepened|Upgraded|Elevated|Multidimensional|Multifaceted|Long-Term|Mutually|Beneficial|Innovative|High-Level|Integrated|Broad|Close|Strong|Sustainable|Trusted)$/;

export const relationNameRule: KindRule = ({ toks, a, b }) => {
  if (b - a < 2 || !HEAD.test(toks[b - 1].text)) return null;
  if (!toks.slice(a, b - 1).every((t) => LEVEL.test(t.text))) return null;
  // "Global Partnership for Education", "Global Alliance for Vaccines": a purpose names a body.
  if (/^(?:for|of|on|to)$/.test(toks[b]?.text ?? '') && toks[b + 1]?.cap) return null;
  return { kind: 'none', reason: 'relation-level', strength: 2 };
};
