// "The two leaders" / "the two presidents" / "both ministers": which pair of people the group
// noun stands for. A generic noun (leaders, sides, officials) means the article's first pair,
// its protagonists, also when that pair was introduced by a meeting that did not happen ("a
// meeting between A and B ... was called off ... the last time the two leaders met").
// A noun that names an office (presidents, ministers, kings) means a pair who both hold it: the
// first such pair told together, else the last two people of that office named before.
import type { Entity } from '../../pipeline/types.ts';
import type { MentionIndex } from './MentionIndex.ts';
import { anyCase } from './ReferenceResolver.ts';

/** The office a group noun names, as the head word an entity's role carries; null for generic nouns. */
export function officeOf(noun: string | undefined): string | null {
  const n = (noun ?? '').toLowerCase();
  const m = /(president|minister|king|emir|premier|chancellor|prince|secretar(?:y|ies))s?$/.exec(n.replace(/\s+/g, ' ').trim());
  if (!m) return null;
  return m[1].startsWith('secretar') ? 'secretary' : m[1];
}

// A "Vice President" or a former one does not hold the office.
const LESSER = /\b(?:vice|former|ex)\b/i;

function holds(e: Entity, office: string, text: string, mentions: MentionIndex, before: number): boolean {
  if (e.kind !== 'person') return false;
  const re = new RegExp(`\\b${office}\\b`, 'i');
  if (e.role) {
    const at = e.role.toLowerCase().search(re);
    return at >= 0 && !LESSER.test(e.role.slice(0, at));
  }
  // No role on the entity: the title the text puts right before one of its mentions.
  return mentions.all.some((m) => {
    if (m.entity.id !== e.id || m.start >= before) return false;
    const lead = text.slice(Math.max(0, m.start - 40), m.start);
    const hit = lead.search(new RegExp(`\\b${anyCase(office)}\\s+(?:[\\p{Lu}][\\p{L}.-]*\\s+)*$`, 'u'));
    return hit >= 0 && !LESSER.test(lead.slice(Math.max(0, hit - 12), hit));
  });
}

/**
 * `pairs`: the people of every interaction told so far, in text order, including those that were
 * negated or called off (they still introduce their sides).
 */
export function resolveGroup(pairs: Entity[][], noun: string | undefined, text: string, mentions: MentionIndex, pos: number): Entity[] | undefined {
  const office = officeOf(noun);
  if (office) {
    const fit = pairs.find((p) => p.length >= 2 && p.every((e) => holds(e, office, text, mentions, pos)));
    if (fit) return fit;
    const last: Entity[] = [];
    for (const m of mentions.before(pos).reverse()) {
      if (m.entity.kind !== 'person' || last.some((e) => e.id === m.entity.id)) continue;
      if (holds(m.entity, office, text, mentions, pos)) last.push(m.entity);
      if (last.length === 2) return last.reverse();
    }
  }
  return pairs.find((p) => p.length >= 2);
}
