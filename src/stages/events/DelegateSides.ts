// "Ruto and Hassan agreed that their foreign ministers would meet in Arusha": unnamed officials
// of the people just named meet on their behalf. The sides are those people's states, not the
// people themselves.
import type { Entity, Span } from '../../pipeline/types.ts';
import { countryByCode, countryByName } from './CountryLexicon.ts';

const DELEGATES = /\b(?:their|both countries['’]?|the two countries['’]|both sides['’]?|the two sides['’]|the two governments['’])\s+(?:[\p{L}-]+\s+){0,2}(?:ministers|delegations|officials|negotiators|envoys|teams|representatives|diplomats|deputies|aides|advisers|advisors)\s+(?:(?:would|will|shall|should|could|can|are|were|also|later|soon|then|had|have|has|be|to|due|expected|set)\s+){0,3}$/iu;

function stateEntity(cca3: string, entities: Entity[]): Entity | undefined {
  const known = entities.find((e) => e.kind === 'location' && countryByName(e.name)?.cca3 === cca3);
  if (known) return known;
  const c = countryByCode(cca3);
  if (!c) return undefined;
  return { id: `location:${c.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`, kind: 'location', name: c.name, aliases: [], country: cca3, mentions: [] };
}

/** The states meeting through their delegates, or null when the clause does not say so. */
export function delegateSides(text: string, clause: Span, trigger: Span, entities: Entity[], participants: Entity[]): Entity[] | null {
  if (!DELEGATES.test(text.slice(clause.start, trigger.start))) return null;
  const codes = [...new Set(participants.filter((p) => p.kind === 'person' && p.country).map((p) => p.country!))];
  if (codes.length < 2 || participants.some((p) => p.kind === 'person' && !p.country)) return null;
  const states = codes.map((c) => stateEntity(c, entities)).filter((e): e is Entity => !!e);
  return states.length === codes.length ? states : null;
}
