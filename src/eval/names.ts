// Name comparison of the evaluation (../shared/corpus/ANNOTATION.md, "How output is scored").

/** Case, diacritics, apostrophes and punctuation folded: "Erdoğan's" → "erdogan". */
export function fold(s: string | null | undefined): string {
  return String(s ?? '')
    .replace(/ı/g, 'i')
    .replace(/İ/g, 'I')
    .replace(/ø/g, 'o')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

export const words = (s: string): string[] => fold(s).split(' ').filter(Boolean);

const PARTICLES = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'al', 'el', 'bin', 'ibn', 'bint', 'de', 'la', 'a', 'an', 'to', 'da', 'von', 'van', 'der']);

/** Head words many organizations share: equal last words prove nothing when they are these. */
const HEADS = new Set([
  'council', 'ministry', 'organization', 'organisation', 'agency', 'bureau', 'party', 'army', 'forces', 'committee',
  'union', 'bank', 'corporation', 'office', 'group', 'movement', 'court', 'parliament', 'assembly', 'commission',
  'authority', 'government', 'department', 'administration', 'service', 'news', 'times', 'post', 'forum', 'platform',
  'association', 'institute', 'foundation', 'company', 'front', 'league', 'house', 'palace', 'radio', 'television', 'tv', 'press',
]);

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

const near = (a: string, b: string) => a === b || (a.length >= 5 && b.length >= 5 && editDistance(a, b) <= 2);

function distinctive(ws: string[]): string | undefined {
  return ws.filter((w) => !PARTICLES.has(w) && !HEADS.has(w)).sort((x, y) => y.length - x.length)[0];
}

/** True when two names plainly denote the same actor. */
export function sameName(a: string, b: string): boolean {
  const A = words(a);
  const B = words(b);
  if (!A.length || !B.length) return false;
  if (A.join(' ') === B.join(' ')) return true;
  const setA = new Set(A.filter((w) => !PARTICLES.has(w)));
  const setB = new Set(B.filter((w) => !PARTICLES.has(w)));
  const within = (x: Set<string>, y: Set<string>) => x.size > 0 && [...x].every((w) => y.has(w));
  if (within(setA, setB) || within(setB, setA)) return true;
  const lastA = A[A.length - 1];
  const lastB = B[B.length - 1];
  if (HEADS.has(lastA) || HEADS.has(lastB)) {
    const ma = distinctive(A);
    const mb = distinctive(B);
    return !!ma && !!mb && near(ma, mb) && (lastA === lastB || !HEADS.has(lastA) || !HEADS.has(lastB));
  }
  if (PARTICLES.has(lastA) || !near(lastA, lastB)) return false;
  const [fa, fb] = [A[0], B[0]];
  if (A.length > 1 && B.length > 1 && fa.length >= 4 && fb.length >= 4 && !near(fa, fb)) return false;
  return true;
}

/** Greedy one-to-one matching of gold names to predicted names; the number matched. */
export function countMatches(gold: string[], pred: string[]): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && sameName(g, p));
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
}
