// Clusters -> Entity records: the fullest form is the name, the other forms are aliases, role
// and country come from the text first and the lexicon second; sorted by first mention.
import type { Entity, Span } from '../../pipeline/types.ts';
import type { Candidate } from './Candidate.ts';
import type { Cluster } from './CorefLinker.ts';
import { fold, slug } from './Fold.ts';
import type { Lexicon } from './Lexicons.ts';

const nameOf = (m: Candidate) => m.name ?? m.text;

/** "Saudi", "Thai" are demonyms before they are places: a country called so goes by its name. */
function countryByDemonymName(name: string, lex: Lexicon): string {
  const entry = lex.lookup(name).find((e) => e.kind === 'location' && e.type === 'country');
  // Short forms ("US", "Us" in "Contact Us") are no demonym names.
  if (!entry?.country || lex.demonym(name) === undefined || name.length <= 3 || /^[\p{Lu}.]+$/u.test(name)) return name;
  return lex.countryName.get(entry.country) ?? name;
}

function pickName(k: Cluster, lex: Lexicon): string {
  // Organizations and places go by their lexicon name when the article writes it ("Hamas"
  // rather than "Islamic Resistance Movement"); people by their fullest form.
  // An acronym is never preferred to the spelled-out name ("TRT" / "Turkish Radio and Television Corporation").
  if (k.kind !== 'person' && k.lexName && !/^[\p{Lu}\d.&-]+$/u.test(k.lexName)) {
    const canon = fold(k.lexName);
    const hits = k.mentions.filter((m) => fold(m.name ?? m.text) === canon);
    const hit = hits.find((m) => /\p{Ll}/u.test(m.text));
    if (hit) return nameOf(hit);
    // Only written in capitals (a dateline "ANKARA"): the lexicon's spelling is the name.
    if (hits.length) return k.lexName;
  }
  const ms = k.mentions.filter((m) => m.kind === k.kind || !m.kind);
  const pool = ms.length ? ms : k.mentions;
  if (k.kind === 'location') {
    // Places: the form the article uses most, the first on a tie.
    const count = new Map<string, number>();
    for (const m of pool) count.set(m.text, (count.get(m.text) ?? 0) + 1);
    // A dateline's capitals ("DOHA") are the last choice for a name.
    const shouted = (m: Candidate) => (/\p{Ll}/u.test(m.text) ? 0 : 1);
    return [...pool].sort((a, b) => shouted(a) - shouted(b) || count.get(b.text)! - count.get(a.text)! || a.start - b.start)[0].text;
  }
  const words = (m: Candidate) => fold(nameOf(m)).split(' ').length;
  return nameOf([...pool].sort((a, b) => words(b) - words(a) || nameOf(b).length - nameOf(a).length || a.start - b.start)[0]);
}

export function buildEntities(clusters: Cluster[], lex: Lexicon, year: number | null = null): Entity[] {
  const byId = new Map<string, Entity & { first: number }>();
  // Name words that two or more people of the article share.
  const seen = new Map<string, number>();
  for (const k of clusters) {
    if (k.kind !== 'person') continue;
    for (const w of new Set(k.words)) seen.set(w, (seen.get(w) ?? 0) + 1);
  }
  const shared = new Set([...seen].filter(([, n]) => n > 1).map(([w]) => w));
  for (const k of clusters) {
    if (!k.kind) continue;
    const picked = pickName(k, lex).replace(/\s+/g, ' ');
    const name = k.kind === 'location' ? countryByDemonymName(picked, lex) : picked;
    const id = `${k.kind}:${slug(name)}`;
    const lexEntry = k.lexName ? lex.lookup(k.lexName).find((e) => e.kind === k.kind) : undefined;
    const sorted = [...k.mentions].sort((a, b) => a.start - b.start);
    // The text's own title first; else the role the lexicon actor held in the article's year.
    const held = lexEntry ? lex.roleIn(lexEntry, year) : {};
    // A one-word mention's title may belong to another holder of that name ("Vice President
    // Biden" in an article about Joe and Hunter Biden): trust it only when the name is unshared.
    const own = sorted.filter((m) => m.text.includes(' ') || !shared.has(fold(m.text)));
    const role = own.find((m) => m.role)?.role ?? (k.kind === 'person' ? held.role : undefined);
    const country = lex.countryCode(own.find((m) => m.country)?.country ?? held.country ?? lexEntry?.country);
    const aliases = [...new Set([...sorted.flatMap((m) => [nameOf(m), m.text].map((x) => x.replace(/\s+/g, ' '))), ...sorted.flatMap((m) => m.aliases ?? [])])].filter((a) => a !== name);
    const mentions: Span[] = sorted.map((m) => ({ start: m.start, end: m.end }));
    const prev = byId.get(id);
    if (prev) {
      prev.mentions.push(...mentions);
      prev.aliases = [...new Set([...prev.aliases, ...aliases])].filter((a) => a !== prev.name);
      prev.role ??= role;
      prev.country ??= country;
      continue;
    }
    const e: Entity & { first: number } = { id, kind: k.kind, name, aliases, mentions, first: sorted[0].start };
    if (role) e.role = role;
    if (country) e.country = country;
    byId.set(id, e);
  }
  const out: Entity[] = [];
  for (const e of [...byId.values()].sort((a, b) => a.first - b.first || (a.id < b.id ? -1 : 1))) {
    const seen = new Set<string>();
    // "General Motors Corporation" and the known "General Motors" inside it are one mention of
    // one entity: a mention inside a longer mention of the same entity is no second mention.
    const mentions = e.mentions
      .filter((m) => (seen.has(`${m.start}:${m.end}`) ? false : (seen.add(`${m.start}:${m.end}`), true)))
      .filter((m, _, all) => !all.some((o) => o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start))
      .sort((a, b) => a.start - b.start || a.end - b.end);
    const { first: _first, ...rest } = e;
    out.push({ ...rest, mentions });
  }
  return out;
}
