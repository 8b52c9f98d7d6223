// "will travel to Brazil and Argentina from 29 September to 2 October. In Brasília, he will meet
// X ... He will then travel on to Buenos Aires": a trip announced as a list of countries and then
// told leg by leg. Each leg is one visit, placed at its town; the dates of the whole trip begin
// with its first leg only.
import type { Draft } from './EventMerger.ts';
import { absorb } from './EventMerger.ts';
import { countryByName, countryOfPlace } from './CountryLexicon.ts';
import type { MentionIndex } from './MentionIndex.ts';

const RANGE = /\b(?:from|between)\b.*\b(?:to|until|and|till)\b|[–-]\s*\d/i;
// The time stage gives a range as two dates: "from 29 September to 2 October" is a range by its neighbours.
export function isRange(text: string, date: NonNullable<Draft['date']>): boolean {
  if (RANGE.test(date.text)) return true;
  const sp = date.span;
  return !!sp && (/\b(?:from|between)\s+$/i.test(text.slice(Math.max(0, sp.start - 9), sp.start)) || /^\s*(?:to|until|till|through|[–-])\s*\d/i.test(text.slice(sp.end, sp.end + 10)));
}
/** How far on a leg may be told after the list. */
const REACH = 6;

function townCountry(name: string, at: number, mentions: MentionIndex): string | undefined {
  if (countryByName(name)) return undefined;
  const m = mentions.at(at - name.length, at);
  return (m?.entity.kind === 'location' ? m.entity.country : undefined) ?? countryOfPlace(name);
}

export function placeTripLegs(text: string, drafts: Draft[], mentions: MentionIndex): void {
  const lists = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.type !== 'visit' || !d.location || !d.agent || d.at === undefined) continue;
    const key = `${d.agent.id}@${d.at}`;
    lists.set(key, [...(lists.get(key) ?? []), d]);
  }
  for (const legs of lists.values()) {
    if (legs.length < 2 || !legs.every((l) => countryByName(l.location!.name))) continue;
    legs.sort((a, b) => a.location!.span.start - b.location!.span.start);
    // The trip's dates start with its first country.
    for (const l of legs.slice(1)) if (l.date && isRange(text, l.date)) l.date = null;
    for (const leg of legs) {
      const country = countryByName(leg.location!.name)!.cca3;
      const first = leg.sentences[0];
      const near = (x: Draft) => x.sentences[0] > first && x.sentences[0] - first <= REACH && x.status === leg.status && !!x.location;
      // A later visit by the same traveller to a town of that country is this leg.
      const later = drafts.find((x) => x !== leg && x.type === 'visit' && x.agent?.id === leg.agent!.id && near(x) && townCountry(x.location!.name, x.location!.span.end, mentions) === country);
      if (later) {
        absorb(later, leg, true);
        if (!later.date?.value && leg.date?.value) later.date = leg.date;
        drafts.splice(drafts.indexOf(leg), 1);
        continue;
      }
      // Else the town where the traveller's meetings in that country are held, when they name one town.
      const towns = new Set(
        drafts
          .filter((x) => x.type === 'meeting' && near(x) && x.participants.some((p) => p.id === leg.agent!.id) && townCountry(x.location!.name, x.location!.span.end, mentions) === country)
          .map((x) => x.location!.name),
      );
      if (towns.size === 1) {
        const town = drafts.find((x) => x.type === 'meeting' && near(x) && x.location!.name === [...towns][0])!;
        leg.location = town.location;
      }
    }
  }
}
