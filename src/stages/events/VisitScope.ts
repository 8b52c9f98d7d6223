// "arrived in Paris on Thursday on his first visit to Europe", "arrived in Kuala Lumpur for a
// three-day visit to Malaysia": one trip told twice in a sentence, once by the town and once by
// the country or region around it. The two mentions are one visit, placed at the town.
import type { Draft } from './EventMerger.ts';
import { absorb } from './EventMerger.ts';
import { countryByName, countryOfPlace } from './CountryLexicon.ts';
import type { MentionIndex } from './MentionIndex.ts';

const REGION = /^(?:the\s+)?(?:Europe|Asia|Africa|Latin America|South America|North America|the Americas|Middle East|Gulf|Southeast Asia|South Asia|Central Asia|East Asia|the Balkans|Balkans|Caucasus|South Caucasus|Scandinavia|the Pacific|Pacific|Caribbean|the region|region)$/i;

function countryOf(d: Draft, mentions: MentionIndex): string | undefined {
  const loc = d.location!;
  const m = mentions.at(loc.span.end - loc.name.length, loc.span.end);
  return (m?.entity.kind === 'location' ? m.entity.country : undefined) ?? countryOfPlace(loc.name);
}

/** Whether `wide` is a region, or the country that holds the town of `narrow`. */
function around(wide: Draft, narrow: Draft, mentions: MentionIndex): boolean {
  const w = wide.location!.name;
  if (REGION.test(w)) return !REGION.test(narrow.location!.name) && !countryByName(narrow.location!.name);
  const c = countryByName(w)?.cca3;
  return !!c && !countryByName(narrow.location!.name) && countryOf(narrow, mentions) === c;
}

export function mergeNestedVisits(drafts: Draft[], mentions: MentionIndex): void {
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i];
    if (a.type !== 'visit' || !a.location || !a.agent) continue;
    for (let j = 0; j < drafts.length; j++) {
      const b = drafts[j];
      if (i === j || b.type !== 'visit' || !b.location || b.agent?.id !== a.agent.id || b.status !== a.status) continue;
      if (!a.sentences.some((s) => b.sentences.includes(s))) continue;
      if (a.date?.value && b.date?.value && a.date.value !== b.date.value) continue;
      // a is the town, b the country or region around it.
      if (!around(b, a, mentions)) continue;
      absorb(a, b, true);
      a.date = a.date?.value ? a.date : b.date ?? a.date;
      drafts.splice(j, 1);
      if (j < i) i--;
      j--;
    }
  }
}
