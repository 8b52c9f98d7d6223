// MEANTIME named-mention benchmark for the entities stage: PER / ORG / LOC mentions, exact and
// overlap precision/recall/F1, plus the stage's throughput. Run: npx tsx bench/meantime-names.ts
import { recordFromText } from '../src/pipeline/record.ts';
import type { EntityKind } from '../src/pipeline/types.ts';
import { entitiesStage } from '../src/stages/entities/index.ts';
import { segmentStage } from '../src/stages/segment/index.ts';
import { loadMeantime } from './meantime/corpus.ts';

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

/** One-to-one matching of spans: exact (same offsets) or overlap (any shared character). */
function match(gold: { start: number; end: number }[], pred: { start: number; end: number }[], exact: boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const g of gold) {
    const j = pred.findIndex((p, k) => !used.has(k) && (exact ? p.start === g.start && p.end === g.end : p.start < g.end && g.start < p.end));
    if (j >= 0) {
      used.add(j);
      n++;
    }
  }
  return n;
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
let ms = 0;
// Warm the tagger up once so the throughput is the steady state.
entitiesStage.run(segmentStage.run(recordFromText('Warm up. Foreign Minister Hakan Fidan met.'), segmentStage.defaults) as ReturnType<typeof recordFromText>, entitiesStage.defaults);
for (const doc of loaded.docs) {
  const seg = segmentStage.run(recordFromText(doc.text, { id: doc.id }), segmentStage.defaults) as ReturnType<typeof recordFromText>;
  const t0 = performance.now();
  const out = entitiesStage.run(seg, entitiesStage.defaults) as ReturnType<typeof recordFromText>;
  ms += performance.now() - t0;
  let limit = 0;
  for (let k = 0; k < ANNOTATED_LINES && limit >= 0; k++) limit = doc.text.indexOf('\n', limit + (k ? 1 : 0));
  if (limit < 0) limit = doc.text.length;
  for (const [type, kind] of Object.entries(TYPES)) {
    // MEANTIME marks both an extended mention ("Airbus chief executive Noel Forgeard") and the
    // name inside it ("Noel Forgeard"); one name is one mention here, so the outer one is left out.
    const all = doc.names.filter((n) => n.type === type);
    const gold = all.filter((n) => !all.some((m) => m !== n && n.start <= m.start && m.end <= n.end && (m.end - m.start) < (n.end - n.start)));
    const pred = (out.entities ?? []).filter((e) => e.kind === kind).flatMap((e) => e.mentions).filter((m) => m.start < limit);
    const rm = match(all, pred, false);
    rawOverlap[type].tp += rm;
    rawOverlap[type].fp += pred.length - rm;
    rawOverlap[type].fn += all.length - rm;
    for (const [acc, ex] of [[exact, true], [overlap, false]] as const) {
      const m = match(gold, pred, ex);
      acc[type].tp += m;
      acc[type].fp += pred.length - m;
      acc[type].fn += gold.length - m;
    }
    if (verbose) {
      // --context shows the words around each extra mention, to tell a modifier from a mention.
      const around = (p: { start: number; end: number }) => (context ? `${doc.text.slice(Math.max(0, p.start - 30), p.start)}[${doc.text.slice(p.start, p.end)}]${doc.text.slice(p.end, p.end + 30)}`.replace(/\s+/g, ' ') : doc.text.slice(p.start, p.end));
      const miss = gold.filter((g) => !pred.some((p) => p.start < g.end && g.start < p.end)).map((g) => (context ? around(g) : g.text));
      const extra = pred.filter((p) => !gold.some((g) => p.start < g.end && g.start < p.end)).map(around);
      if (miss.length || extra.length) console.log(`${doc.id} ${type} missed=${JSON.stringify(miss)} extra=${JSON.stringify(extra)}`);
    }
  }
}
console.log(`MEANTIME named mentions (${loaded.docs.length} docs; annotated part: first ${ANNOTATED_LINES} lines; nested gold mentions of one type count once)`);
console.log('type  | exact P  R      F1     | overlap P  R      F1     | gold | overlap F1 counting nested gold twice');
for (const type of Object.keys(TYPES)) {
  const e = prf(exact[type]);
  const o = prf(overlap[type]);
  const g = exact[type].tp + exact[type].fn;
  console.log(`${type.padEnd(5)} | ${e.map(f).join('  ')} | ${o.map(f).join('  ')}    | ${g}  | ${f(prf(rawOverlap[type])[2])}`);
}
console.log(`entities stage: ${(loaded.docs.length / (ms / 1000)).toFixed(1)} articles/s (${(ms / loaded.docs.length).toFixed(1)} ms/article)`);
