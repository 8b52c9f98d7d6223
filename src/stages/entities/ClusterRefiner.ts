// Refiners over linked clusters, where the whole article is in view (chrono's refiner step).
import type { Candidate } from './Candidate.ts';
import type { Cluster } from './CorefLinker.ts';
import { fold } from './Fold.ts';
import type { Lexicon } from './Lexicons.ts';

const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside']);
const firstWord = (s: string) => fold(s).split(' ')[0] ?? '';
const lastWord = (s: string) => fold(s).split(' ').pop() ?? '';

/**
 * - A name that only the person shape typed, and that the article shortens to its FIRST word
 *   ("Northrop Grumman" ... "Northrop", "Apple Computer" ... "Apple"), is an organization:
 *   people are shortened to their last name.
 * - A person-shaped name starting with an organization of the article ("Ford Taurus",
 *   "Boeing Commercial Airplanes") is a product or a division, not a person.
 * - A one-word "person" only the tagger guessed ("Everett", "Durango") is dropped: news
 *   introduces people by full name or title.
 */
export function refineClusters(clusters: Cluster[], lex: Lexicon): Cluster[] {
  // The rest of the name is a known region or country: "North America", "Europe", "Asia Pacific".
  const regionAfter = (full: string) => {
    const [head, ...rest] = full.split(' ');
    // the head may be a known company ("EADS North America"), not a known place
    return rest.length > 0 && !lex.lookup(head).some((e) => e.kind !== 'organization') && lex.lookup(rest.join(' ')).some((e) => e.type === 'region' || e.type === 'country');
  };
  // A one-word name no rule typed, that the article repeats and capitalizes mid-sentence
  // ("Airbus", "Chrysler"), is in news most often a company or a group: people are introduced
  // by their full name, which coreference has already joined.
  for (const k of clusters) {
    if (!k.kind && k.mentions.length === 1) {
      const m = k.mentions[0];
      // "in Jabalia", "near Avdiivka": an untyped name after a place preposition is a place.
      if (!m.text.includes(' ') && !m.ordinary && /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(m.text) && ['in', 'near', 'outside'].includes(m.prevWord ?? '')) {
        k.kind = 'location';
        k.strength = 0;
      }
      continue;
    }
    if (k.kind || k.mentions.length < 2 || k.mentions.some((m) => m.product)) continue;
    if (!k.mentions.every((m) => !m.text.includes(' ') && /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(m.text))) continue;
    if (k.mentions.filter((m) => !m.sentenceInitial).length < 1 || k.mentions.some((m) => m.ordinary)) continue;
    // ... unless the article puts it somewhere: "in Burbank", "near Jabalia" make it a place.
    const placed = k.mentions.filter((m) => PLACE_PREPOSITIONS.has(m.prevWord ?? '')).length;
    k.kind = placed * 2 > k.mentions.length ? 'location' : 'organization';
    k.strength = 0;
  }
  // "Stock markets fell": an ordinary word the tagger calls an organization, only ever at the
  // start of a sentence or headline, where every word is capitalized, is no name.
  for (const k of clusters) {
    if (k.kind !== 'organization' || k.strength > 0 || k.lexName) continue;
    if (k.mentions.every((m) => !m.text.includes(' ') && m.sentenceInitial && m.ordinary)) k.kind = null;
  }
  const orgWords = new Set(
    clusters.filter((k) => k.kind === 'organization' && k.strength >= 1).flatMap((k) => k.mentions.filter((m) => !m.text.includes(' ')).map((m) => fold(m.text))),
  );
  for (const k of clusters) {
    if (k.kind !== 'location' || k.strength > 0 || k.lexName) continue;
    const full = longest(k.mentions).text;
    // "DC-9", "F-16": a model number is no place, whatever the tagger guessed.
    if (/\d/.test(full)) {
      k.kind = null;
      continue;
    }
    // "GM Europe", "EADS North America": a company of the article, then a region, is its unit;
    // so is an acronym no place is called by, then a region ("BMW North America").
    const first = full.split(' ')[0];
    const acronymUnit = /^[A-Z][A-Z&]{1,5}$/.test(first) && !k.mentions.some((m) => m.lex) && regionAfter(full);
    if (full.includes(' ') && (orgWords.has(firstWord(full)) || acronymUnit)) {
      k.kind = 'organization';
      for (const m of k.mentions) m.kind = 'organization';
    }
  }
  for (const k of clusters) {
    if (k.kind !== 'person' || k.strength >= 2) continue;
    const full = longest(k.mentions);
    const multi = full.text.trim().includes(' ');
    if (!multi) {
      if (k.strength === 0 && !k.lexName) k.kind = null;
      continue;
    }
    const f = firstWord(full.text);
    const l = lastWord(full.text);
    const singles = k.mentions.filter((m) => !m.text.includes(' ')).map((m) => fold(m.text));
    // Short first words are often family names written first ("Li Jifeng" ... "Li").
    if (singles.includes(f) && !singles.includes(l) && !full.given && f.length > 4) {
      k.kind = 'organization';
      for (const m of k.mentions) m.kind = 'organization';
      continue;
    }
    if (orgWords.has(f) && !k.lexName) k.kind = null;
  }
  return clusters;
}

function longest(ms: Candidate[]): Candidate {
  return [...ms].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0];
}
