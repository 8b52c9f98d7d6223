// Products are no organizations, and business news names many: "the 787 “Dreamliner”", "the
// Ford Taurus", "Mac OS X Tiger". A name the article gives as a product is no entity:
// - once named right after a model number ("787 Dreamliner": NonActorMentionFilter marks it;
//   ClusterRefiner then leaves it untyped);
// - a maker of the article, then a name, that only the tagger typed: "Ford Taurus", "Apple
//   Macintosh"; the name after the maker is the product alone too ("the Taurus"). A maker's
//   unit is no product: a head word, a plural or a region closes it ("Boeing Commercial
//   Airplanes", "United Auto Workers", "Ford Australia"), and a company's short form opens a
//   longer name of the article ("China Eastern" ... "China Eastern Airlines");
// - an apposition calls it a version or a model ("Tiger, the newest version of Mac OS X").
// Only names no rule stated and no lexicon knows; places and people are left alone.
import type { Cluster } from './CorefLinker.ts';
import { fold } from './Fold.ts';
import type { Lexicon } from './Lexicons.ts';

const longest = (k: Cluster) => [...k.mentions].sort((a, b) => b.text.length - a.text.length || a.start - b.start)[0].text;

export function refineProducts(clusters: Cluster[], lex: Lexicon): void {
  const weak = (k: Cluster) => k.strength < 2 && !k.lexName && k.kind !== 'location' && k.kind !== 'person';
  const compound = (k: Cluster) => k.kind === 'organization' && k.strength === 0 && !k.lexName && longest(k).includes(' ');
  // The article's makers: its one-word organizations ("Ford", "Apple") and the first word of a
  // company it names with a legal or industry suffix ("Ford Motor Company", "Apple Inc.") ...
  const orgNames = clusters.filter((k) => k.kind === 'organization').flatMap((k) => k.mentions.map((m) => m.text).filter((n) => !compound(k) || !n.includes(' ')));
  const makers = new Set(orgNames.filter((n) => !n.includes(' ') || lex.sets.companySuffixes.has(n.split(' ').pop()!)).map((n) => fold(n).split(' ')[0]));
  // ... and a word the article writes alone that opens one of its organization names ("Apple
  // Computer" ... "Apple").
  const alone = new Set(clusters.filter((k) => k.kind !== 'person' && k.kind !== 'location').flatMap((k) => k.mentions.filter((m) => !m.text.includes(' ')).map((m) => fold(m.text))));
  for (const n of orgNames) if (n.includes(' ') && alone.has(fold(n).split(' ')[0])) makers.add(fold(n).split(' ')[0]);
  const longer = orgNames.map(fold);
  const named = new Set<string>();
  const drop = (k: Cluster) => {
    k.kind = null;
    for (const m of k.mentions) Object.assign(m, { kind: null, product: true });
  };
  for (const k of clusters) {
    if (!compound(k)) continue;
    const full = longest(k);
    const ws = full.split(' ');
    const last = ws[ws.length - 1];
    if (!makers.has(fold(ws[0])) || lex.orgHeadOrSuffix(last) || /\p{Ll}(?<![usi])s$/u.test(last) || lex.lookup(ws.slice(1).join(' ')).some((e) => e.type === 'country' || e.type === 'region')) continue;
    if (longer.some((n) => n.length > full.length && n.startsWith(fold(full) + ' '))) continue;
    named.add(fold(ws.slice(1).join(' ')));
    // "Chrysler ... the Chrysler Aspen" linked into one: the maker's own mentions stay the maker.
    const maker = k.mentions.filter((m) => fold(m.text) === fold(ws[0]));
    if (maker.length) k.mentions = maker;
    else drop(k);
  }
  for (const k of clusters) {
    if (!weak(k) || !k.mentions.length) continue;
    if (k.mentions.some((m) => m.product || m.versionApposition || named.has(fold(m.text)))) drop(k);
  }
}
