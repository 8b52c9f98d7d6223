// "Mohammad Darwish, Chairman of Hamas' Shura Council", "Hamas leader X": a person the entities
// stage gave no country speaks for the organization named in his title, so for CAMEO (043 at
// home, 044 in a third country) his side's home is that organization's country (Hamas → PSE).
import type { Entity } from '../../pipeline/types.ts';
import type { MentionIndex } from './MentionIndex.ts';

// The organization and the person must be in one title phrase: no sentence end or second name between.
const TITLE_GAP = /^[^.;!?()]{0,60}$/;

// "Hamas Shura Council" speaks for Hamas: a sub-body without a country takes its parent's.
function orgCountry(org: Entity, entities: Entity[]): string | undefined {
  if (org.country) return org.country;
  const parent = entities.find((e) => e.kind === 'organization' && e.country && e.id !== org.id && org.name.startsWith(e.name + ' '));
  return parent?.country;
}

export function affiliationCountry(text: string, person: Entity, mentions: MentionIndex, entities: Entity[]): string | undefined {
  if (person.kind !== 'person' || person.country) return person.country;
  for (const m of person.mentions) {
    const near = mentions
      .within({ start: Math.max(0, m.start - 60), end: Math.min(text.length, m.end + 60) })
      .filter((o) => o.entity.kind === 'organization' && !!orgCountry(o.entity, entities) && orgCountry(o.entity, entities) !== 'IGO');
    for (const o of near) {
      const gap = o.end <= m.start ? text.slice(o.end, m.start) : text.slice(m.end, o.start);
      if (!TITLE_GAP.test(gap)) continue;
      // "X, Chairman of Hamas' Shura Council" (after, through a comma) or "Hamas leader X" (before, no comma).
      if (o.end <= m.start ? !/,/.test(gap) : /^,?\s+(?:the\s+)?[\p{L}\s'’-]*\b(?:of|for|at)\s+(?:the\s+)?$/iu.test(gap) || /^\s*,\s+(?:a\s+|the\s+)?(?:senior\s+|top\s+)?[\p{L}'’-]+\s+(?:of|in|at)\s+(?:the\s+)?$/iu.test(gap)) return orgCountry(o.entity, entities);
    }
  }
  return undefined;
}
