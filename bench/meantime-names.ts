// MEANTIME named-mention benchmark for the entities stage: PER / ORG / LOC mentions, exact and
// overlap precision/recall/F1, plus the stage's throughput. The first table scores the output
// as it is; the next two set aside where MEANTIME's conventions differ from the output contract
// (premodifier names; typing governments and buying countries by role), so each difference can
// be weighed (src/stages/entities/README.md, Measure). Run: npx tsx bench/meantime-names.ts
// [--verbose | --context]
import nlp from 'compromise';
import { recordFromText } from '../src/pipeline/record.ts';
import type { EntityKind } from '../src/pipeline/types.ts';
import { entitiesStage } from '../src/stages/entities/index.ts';
import { defaultLexicon } from '../src/stages/entities/Lexicons.ts';
import { segmentStage } from '../src/stages/segment/index.ts';
import { loadMeantime, type MeantimeDoc, type MeantimeName } from './meantime/corpus.ts';

// MEANTIME annotates only the headline, the date line and the first sentences of each article
// (lines 0-5 of the rebuilt text); predictions after that are not scored.
const ANNOTATED_LINES = 6;

const TYPES: Record<string, EntityKind> = { PER: 'person', ORG: 'organization', LOC: 'location' };

interface Count {
  tp: number;
  fp: number;
  fn: number;
}
const zero = (): Count => ({ tp: 0, fp: 0, fn: 0 });
const f = (n: number) => n.toFixed(3);
function prf(c: Count): [number, number, number] {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return [p, r, (2 * p * r) / (p + r || 1)];
}

type Span = { start: number; end: number };

/**
 * One-to-one matching of spans, exact (same offsets) or overlap (any shared character), the
 * largest matching there is (augmenting paths): a greedy first-come pairing lets an outer gold
 * mention ("Singapore 's Changi International Airport") take the prediction its nested name
 * ("Singapore") needs. Returns pred index -> gold index.
 */
function match(gold: Span[], pred: Span[], exact: boolean): number[] {
  const ok = (g: Span, p: Span) => (exact ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end);
  const owner: number[] = pred.map(() => -1);
  const augment = (gi: number, seen: boolean[]): boolean => {
    for (let pj = 0; pj < pred.length; pj++) {
      if (seen[pj] || !ok(gold[gi], pred[pj])) continue;
      seen[pj] = true;
      if (owner[pj] < 0 || augment(owner[pj], seen)) {
        owner[pj] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => augment(gi, pred.map(() => false)));
  return owner;
}
const matched = (owner: number[]) => owner.filter((g) => g >= 0).length;

/**
 * The gold mentions of one type that are scored. MEANTIME marks an extended mention ("Airbus
 * chief executive Noel Forgeard") and the name inside it ("Noel Forgeard") as mentions of one
 * entity; one name is one mention here, so the outer one is left out. An outer mention of
 * ANOTHER entity is a mention of its own and stays: "Toulouse , France" is Toulouse (France
 * inside it is France), "their Everett Factory near Seattle , Washington" is the factory. It
 * goes only when nothing but the nested names is left of it ("Boeing and Lockheed Martin",
 * the pair as one group). A name and its acronym marked as one mention ("Singapore Airlines
 * ( SIA", with "SIA" inside) are two names: the one before the bracket is scored too.
 */
function scoredGold(all: MeantimeName[], text: string): MeantimeName[] {
  const out: MeantimeName[] = [];
  for (const n of all) {
    const inner = all.filter((m) => m !== n && n.start <= m.start && m.end <= n.end && m.end - m.start < n.end - n.start);
    if (!inner.length) {
      out.push(n);
      continue;
    }
    const same = inner.filter((m) => m.entity === n.entity);
    if (same.length) {
      const bracket = same.map((m) => /^(.*\S)\s*\(\s*$/s.exec(text.slice(n.start, m.start))).find((x) => !!x);
      if (bracket && /\p{Lu}/u.test(bracket[1])) out.push({ ...n, end: n.start + bracket[1].length, text: bracket[1] });
      continue;
    }
    let rest = text.slice(n.start, n.end);
    for (const m of inner) rest = rest.slice(0, m.start - n.start) + ' '.repeat(m.end - m.start) + rest.slice(m.end - n.start);
    if (/(?:^|\s)(?!(?:The|A|An)\b)\p{Lu}/u.test(rest)) out.push(n);
  }
  // One span once ("Airbus parent company ... EADS N.V." both as itself and before its "( EADS").
  const once = out.filter((n, i) => out.findIndex((m) => m.start === n.start && m.end === n.end) === i);
  // A title MEANTIME marks apart, right beside the name of the same person ("Stephen Harper,
  // Prime Minister of Canada", "Apple Computer CEO Steve Jobs") is that one mention too: the
  // stage reads it as the person's role. The shorter of the two (the name) is scored.
  const gap = (x: MeantimeName, y: MeantimeName) => (x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start));
  return once.filter((n) => !once.some((m) => m !== n && m.entity === n.entity && m.end - m.start < n.end - n.start && (m.end <= n.start || n.end <= m.start) && /^[\s,]*$/.test(gap(m, n))));
}

/**
 * MEANTIME gives tokens; joined by spaces they read "Boeing 's protest", "the `` Dreamliner ''",
 * "Wal - Mart", "( EADS )", which no news site prints and which the stage, built for text as
 * written, reads differently ("China Eastern 's board" is not "China Eastern's board"). The
 * tokens are put back together as written: possessives, contractions and punctuation attached,
 * PTB quotes as curly quotes and '#' as '£', a hyphen between two capitalized words closed ("Wal-Mart").
 * Line breaks stay (the annotated part is counted in lines), and gold offsets follow.
 */
function asWritten(doc: MeantimeDoc): MeantimeDoc {
  const toks = [...doc.text.matchAll(/[^ \n]+|\n/g)].map((m) => ({ s: m.index!, e: m.index! + m[0].length, t: m[0] }));
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  let text = '';
  let glue = true; // no space before the next token
  let dquote = false; // a plain '"' opened and not closed yet
  for (let i = 0; i < toks.length; i++) {
    const { s: os, e: oe, t } = toks[i];
    if (t === '\n') {
      text += '\n';
      glue = true;
      dquote = false;
      continue;
    }
    const prev = toks[i - 1]?.t ?? '';
    const next = toks[i + 1]?.t ?? '';
    // PTB writes the pound sign as '#' ("GB # 20.1 billion").
    let w = t === '``' ? '“' : t === "''" ? '”' : t === '`' ? '‘' : t === '#' && /^\d/.test(next) ? '£' : t;
    let attachLeft = /^(?:[,.;:?!%)\]}”’]|'[sSdm]|n't|'re|'ve|'ll|'')$/.test(t) || (t === "'" && /s$/i.test(prev));
    let attachRight = /^(?:[(\[{“‘$#£]|``|`|[A-Z]{1,2}\$)$/.test(w);
    if (t === '"') {
      if (dquote) attachLeft = true;
      else attachRight = true;
      w = dquote ? '”' : '“';
      dquote = !dquote;
    }
    if (t === '-' && /^\p{Lu}\p{L}*$/u.test(prev) && /^\p{Lu}\p{L}*$/u.test(next)) attachLeft = attachRight = true;
    if (!glue && !attachLeft) text += ' ';
    starts.set(os, text.length);
    text += w;
    ends.set(oe, text.length);
    glue = attachRight;
  }
  const names = doc.names.map((n) => {
    const start = starts.get(n.start)!;
    const end = ends.get(n.end)!;
    return { ...n, start, end, text: text.slice(start, end) };
  });
  return { ...doc, text, names };
}

/**
 * A premodifier name: a name right before a lowercase noun or adjective of its own noun phrase
 * ("US automaker", "Airbus chief executive", "the Long Beach plant", "UK index"). MEANTIME marks
 * them now and then ("US stock markets" in one article, not in the next; never inside a longer
 * mention: "US automaker GM" is one ORG mention and no LOC), while the stage, by its contract,
 * mentions every name it reads. Scored both ways below: as they are, and set aside on both sides.
 */
function premodifierTest(text: string): (s: Span) => boolean {
  const tags = new Map<number, string[]>();
  const doc = nlp(text);
  doc.compute('offset');
  for (const sent of (doc as unknown as { docs: { offset?: { start: number }; tags: Set<string> }[][] }).docs) for (const t of sent) if (t.offset) tags.set(t.offset.start, [...t.tags]);
  const NOT_HEAD = ['Verb', 'Gerund', 'Preposition', 'Conjunction', 'Determiner', 'Adverb', 'Pronoun', 'Value', 'Date'];
  return (sp) => {
    const word = /^ (\p{Ll}[\p{L}-]*)/u.exec(text.slice(sp.end, sp.end + 40))?.[1];
    if (!word) return false;
    // "GM reports losses", "Apple Corps sues Apple": a headline's subject and its verb, which
    // the tagger takes for a plural noun; before an -s word, a name opening its line or in the
    // headline (line 0) is scored as it is.
    const lineStart = text.lastIndexOf('\n', sp.start - 1) + 1;
    if (/s$/.test(word) && (lineStart === 0 || /^(?:(?:The|A|An) )?$/.test(text.slice(lineStart, sp.start)))) return false;
    const t = tags.get(sp.end + 1) ?? [];
    return t.some((g) => g === 'Noun' || g === 'Adjective') && !t.some((g) => NOT_HEAD.includes(g));
  };
}

/**
 * MEANTIME types a name by the role it plays: a government, the EU, the European Commission,
 * the White House are LOC ("the US Government", "The EU made the decision"), a country that
 * buys or sells is ORG ("Qatar has a previous order", "buy aircraft from Europe"). The output
 * contract types a name by what it names (ANNOTATION.md): countries and continents are places;
 * governments, agencies and bodies, and an institution named by its seat when it acts, are
 * organizations. This gives a gold mention the contract's type where the two differ: a LOC
 * whose head is "government"/"administration" or that the lexicon knows as an organization,
 * and an ORG the lexicon knows as a country or region. Applied in the last table only.
 */
const lex = defaultLexicon();
function contractType(n: MeantimeName): string {
  const bare = n.text.replace(/^(?:the|The)\s+/, '');
  if (n.type === 'LOC' && (/\b(?:[Gg]overnments?|[Aa]dministration)$/.test(bare) || lex.lookup(bare).some((e) => e.kind === 'organization'))) return 'ORG';
  if (n.type === 'ORG' && lex.lookup(bare).some((e) => e.kind === 'location' && (e.type === 'country' || e.type === 'region'))) return 'LOC';
  return n.type;
}

const loaded = loadMeantime();
if ('missing' in loaded) {
  console.log(loaded.missing);
  process.exit(0);
}
const verbose = process.argv.includes('--verbose') || process.argv.includes('--context');
const context = process.argv.includes('--context');
const exact: Record<string, Count> = { PER: zero(), ORG: zero(), LOC: zero() };
const overlap: Record<string, Count> = { PER: zero(), ORG: zero(), LOC: zero() };
const rawOverlap: Record<string, Count> = { PER: zero(), ORG: zero(), LOC: zero() };
const noPremod: Record<string, Count> = { PER: zero(), ORG: zero(), LOC: zero() };
const retyped: Record<string, Count> = { PER: zero(), ORG: zero(), LOC: zero() };
const retypedGold: Record<string, number> = { PER: 0, ORG: 0, LOC: 0 };
// premodifier names the stage gives, and how many of them MEANTIME marks
const premod: Record<string, { pred: number; marked: number }> = { PER: { pred: 0, marked: 0 }, ORG: { pred: 0, marked: 0 }, LOC: { pred: 0, marked: 0 } };
let ms = 0;
// CPU time too: on a shared machine the wall clock measures the neighbours as well.
let cpu = 0;
// Warm the tagger up once so the throughput is the steady state.
entitiesStage.run(segmentStage.run(recordFromText('Warm up. Foreign Minister Hakan Fidan met.'), segmentStage.defaults) as ReturnType<typeof recordFromText>, entitiesStage.defaults);
for (const doc of loaded.docs.map(asWritten)) {
  const seg = segmentStage.run(recordFromText(doc.text, { id: doc.id }), segmentStage.defaults) as ReturnType<typeof recordFromText>;
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const out = entitiesStage.run(seg, entitiesStage.defaults) as ReturnType<typeof recordFromText>;
  ms += performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  cpu += (c1.user + c1.system) / 1000;
  let limit = 0;
  for (let k = 0; k < ANNOTATED_LINES && limit >= 0; k++) limit = doc.text.indexOf('\n', limit + (k ? 1 : 0));
  if (limit < 0) limit = doc.text.length;
  const isPremod = premodifierTest(doc.text);
  for (const [type, kind] of Object.entries(TYPES)) {
    const all = doc.names.filter((n) => n.type === type);
    const gold = scoredGold(all, doc.text);
    const pred = (out.entities ?? []).filter((e) => e.kind === kind).flatMap((e) => e.mentions).filter((m) => m.start < limit);
    const rm = matched(match(all, pred, false));
    rawOverlap[type].tp += rm;
    rawOverlap[type].fp += pred.length - rm;
    rawOverlap[type].fn += all.length - rm;
    const g2 = gold.filter((g) => !isPremod(g));
    const p2 = pred.filter((p) => !isPremod(p));
    const m2 = matched(match(g2, p2, false));
    noPremod[type].tp += m2;
    noPremod[type].fp += p2.length - m2;
    noPremod[type].fn += g2.length - m2;
    const asContract = doc.names.map((n) => ({ ...n, type: contractType(n) }));
    const allC = asContract.filter((n) => n.type === type);
    retypedGold[type] += allC.filter((n) => doc.names.some((m) => m.start === n.start && m.end === n.end && m.type !== type)).length;
    const g3 = scoredGold(allC, doc.text).filter((g) => !isPremod(g));
    const m3 = matched(match(g3, p2, false));
    retyped[type].tp += m3;
    retyped[type].fp += p2.length - m3;
    retyped[type].fn += g3.length - m3;
    const pm = pred.filter(isPremod);
    premod[type].pred += pm.length;
    premod[type].marked += pm.filter((p) => gold.some((g) => g.start === p.start && g.end === p.end)).length;
    let owner: number[] = [];
    for (const [acc, ex] of [[exact, true], [overlap, false]] as const) {
      const o = match(gold, pred, ex);
      const m = matched(o);
      if (!ex) owner = o;
      acc[type].tp += m;
      acc[type].fp += pred.length - m;
      acc[type].fn += gold.length - m;
    }
    if (verbose) {
      // --context shows the words around each extra mention, to tell a modifier from a mention.
      const around = (p: Span) => (context ? `${doc.text.slice(Math.max(0, p.start - 30), p.start)}[${doc.text.slice(p.start, p.end)}]${doc.text.slice(p.end, p.end + 30)}`.replace(/\s+/g, ' ') : doc.text.slice(p.start, p.end));
      const miss = gold.filter((_, gi) => !owner.includes(gi)).map(around);
      // An extra name inside a gold mention of something else says which: "[US] automaker GM" <ORG>.
      const inside = (p: Span) => doc.names.find((n) => n.start <= p.start && p.end <= n.end && n.end - n.start > p.end - p.start);
      const extra = pred.filter((_, pj) => owner[pj] < 0).map((p) => around(p) + (context && inside(p) ? ` <in ${inside(p)!.type}>` : ''));
      if (miss.length || extra.length) console.log(`${doc.id} ${type} missed=${JSON.stringify(miss)} extra=${JSON.stringify(extra)}`);
    }
  }
}
console.log(`MEANTIME named mentions (${loaded.docs.length} docs; annotated part: first ${ANNOTATED_LINES} lines; a name nested in or set beside a mention of the same entity counts once)`);
console.log('type  | exact P  R      F1     | overlap P  R      F1     | gold | overlap F1 counting every nested gold');
for (const type of Object.keys(TYPES)) {
  const e = prf(exact[type]);
  const o = prf(overlap[type]);
  const g = exact[type].tp + exact[type].fn;
  console.log(`${type.padEnd(5)} | ${e.map(f).join('  ')} | ${o.map(f).join('  ')}    | ${g}  | ${f(prf(rawOverlap[type])[2])}`);
}
console.log('premodifier names ("US automaker", "Airbus chief executive") set aside on both sides: MEANTIME marks them at will');
console.log('type  | overlap P  R      F1     | premodifier names the stage gives / of them MEANTIME marks');
for (const type of Object.keys(TYPES)) console.log(`${type.padEnd(5)} | ${prf(noPremod[type]).map(f).join('  ')}    | ${premod[type].pred} / ${premod[type].marked}`);
console.log('... and gold typed as the output contract types the name (governments, the EU, the White House: ORG; a country that buys: LOC)');
console.log('type  | overlap P  R      F1     | gold mentions given this type from the other');
for (const type of Object.keys(TYPES)) console.log(`${type.padEnd(5)} | ${prf(retyped[type]).map(f).join('  ')}    | ${retypedGold[type]}`);
console.log(`entities stage: ${(loaded.docs.length / (ms / 1000)).toFixed(1)} articles/s (${(ms / loaded.docs.length).toFixed(1)} ms/article wall, ${(cpu / loaded.docs.length).toFixed(1)} ms/article CPU)`);
