// Folding shared by lookups, coreference and ids: names written with or without diacritics,
// dotless/dotted i, curly apostrophes and possessives must meet on one key.

const foldCache = new Map<string, string>();

/** Lowercase ASCII words separated by single spaces ("İbrahim Kalın's" -> "ibrahim kalin"). */
export function fold(s: string): string {
  // Lookups and coreference fold the same few hundred strings many times per article.
  let f = foldCache.get(s);
  if (f === undefined) {
    if (foldCache.size > 100_000) foldCache.clear();
    f = foldUncached(s);
    foldCache.set(s, f);
  }
  return f;
}

function foldUncached(s: string): string {
  return s
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/[øØ]/g, 'o')
    .replace(/ß/g, 'ss')
    .replace(/[đĐ]/g, 'd')
    .replace(/[łŁ]/g, 'l')
    .replace(/[æÆ]/g, 'ae')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´ʼ]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/** Slug for entity ids: folded words joined by hyphens. */
export function slug(s: string): string {
  // Ids allow [a-z0-9-] only: "3+3 Platform" -> "3-3-platform".
  const ascii = fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (ascii) return ascii;
  // Names with no Latin letters ("Олег Ильин") still need distinct ids: a stable hash.
  let h = 0x811c9dc5;
  for (const ch of s) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `x${h.toString(36)}`;
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
  const m = a.length;
  const n = b.length;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[n];
}

/**
 * Transliteration-tolerant key for one name word: Haniyeh / Haniyye / Heniyye, Kalın / Kalin,
 * Mohammed / Muhammad / Mohamed meet, because vowels and doubled letters vary across
 * romanizations while the consonant skeleton mostly does not.
 */
const skeletonCache = new Map<string, string>();
export function skeleton(word: string): string {
  let k = skeletonCache.get(word);
  if (k === undefined) {
    if (skeletonCache.size > 100_000) skeletonCache.clear();
    k = skeletonUncached(word);
    skeletonCache.set(word, k);
  }
  return k;
}

function skeletonUncached(word: string): string {
  const f = fold(word).replace(/ /g, '');
  if (f.length <= 2) return f;
  const body = f.slice(1).replace(/[aeiouy]+/g, '').replace(/h$/, '').replace(/(.)\1+/g, '$1');
  return f[0].replace(/[aeiou]/, 'a') + body;
}

/** Two name words that plainly spell the same name. */
export function sameNameWord(a: string, b: string): boolean {
  const fa = fold(a);
  const fb = fold(b);
  if (fa === fb) return true;
  if (fa.length < 4 || fb.length < 4) return false;
  const sa = skeleton(a);
  // Short skeletons ("hn") collide too easily; they count only for longer words.
  if (sa === skeleton(b) && (sa.length >= 3 || (fa.length >= 6 && fb.length >= 6))) return true;
  return fa.length >= 5 && fb.length >= 5 && fa[0] === fb[0] && editDistance(fa, fb) <= 2;
}
