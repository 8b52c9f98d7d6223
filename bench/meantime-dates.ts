// MEANTIME (English, Wikinews) DATE expressions: the time stage against the gold TIMEX3,
// with each document's creation time as the publication date. Prints extraction P/R/F1
// (relaxed: any overlap, one-to-one), value accuracy over the matched pairs, and value
// P/R/F1 the TempEval-3 way (a match counts only when the values are equal).
// MEANTIME annotates only the headline and the first sentences of each article (lines 1-6
// of the rebuilt text; line 2 is the dateline, the creation time, which is not a timex), so
// system expressions after line 6, and on the dateline of a document with a creation time,
// are not scored.
// Run: npx tsx bench/meantime-dates.ts [--errors] [--all-errors]
// (--errors lists DATE value errors, misses and extras with context; --all-errors the same
// for every type, TIME, DURATION and SET too.)
import { recordFromText } from '../src/pipeline/record.ts';
import { segmentStage } from '../src/stages/segment/index.ts';
import { timeStage } from '../src/stages/time/index.ts';
import { loadMeantime, type MeantimeTimex } from './meantime/corpus.ts';

interface Scores {
  gold: number;
  system: number;
  matched: number;
  correct: number;
}

const ANNOTATED_LINES = 6;
const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const fmt = (x: number) => x.toFixed(3);

export async function benchMeantimeDates(showErrors = false, showAllErrors = false): Promise<Scores | null> {
  const loaded = loadMeantime();
  if ('missing' in loaded) {
    console.log(loaded.missing);
    return null;
  }
  const s: Scores = { gold: 0, system: 0, matched: 0, correct: 0 };
  // For information: every timex type together (TIME, DURATION, SET too), matched by overlap.
  const all: Scores = { gold: 0, system: 0, matched: 0, correct: 0 };
  const errors: string[] = [];
  const allErrors: string[] = [];
  for (const doc of loaded.docs) {
    let r = recordFromText(doc.text, { id: doc.id, publishedAt: creationTime(doc.creationTime, doc.text) });
    r = await segmentStage.run(r, segmentStage.defaults);
    r = await timeStage.run(r, timeStage.defaults);
    const lineOf = (pos: number) => doc.text.slice(0, pos).split('\n').length;
    // The dateline of a document with a creation time is that time, never a gold timex.
    const scored = (t: { start: number }) => lineOf(t.start) <= ANNOTATED_LINES && !(doc.creationTime && lineOf(t.start) === 2);
    const sysAll = (r.times ?? []).filter(scored);
    const sys = sysAll.filter((t) => t.type === 'DATE');
    const gold = doc.timexes.filter((t) => t.type === 'DATE');
    all.gold += doc.timexes.length;
    all.system += sysAll.length;
    const usedAll = new Set<number>();
    for (const g of doc.timexes) {
      const i = sysAll.findIndex((t, k) => !usedAll.has(k) && t.start < g.end && g.start < t.end);
      if (i < 0) {
        allErrors.push(`MISS  ${doc.creationTime} ${g.type} ${JSON.stringify(g.text)} ${g.value} | ${context(doc.text, g.start, g.end)}`);
        continue;
      }
      usedAll.add(i);
      all.matched++;
      const t = sysAll[i];
      if (t.value === g.value) all.correct++;
      else allErrors.push(`VALUE ${doc.creationTime} ${t.type} ${JSON.stringify(doc.text.slice(t.start, t.end))} ${t.value} gold ${g.type} ${JSON.stringify(g.text)} ${g.value} | ${context(doc.text, g.start, g.end)}`);
    }
    sysAll.forEach((t, k) => {
      if (!usedAll.has(k)) allErrors.push(`EXTRA ${doc.creationTime} ${t.type} ${JSON.stringify(doc.text.slice(t.start, t.end))} ${t.value} | ${context(doc.text, t.start, t.end)}`);
    });
    s.gold += gold.length;
    s.system += sys.length;
    const used = new Set<number>();
    const matchedGold = new Set<MeantimeTimex>();
    for (const g of gold) {
      const i = sys.findIndex((t, k) => !used.has(k) && t.start < g.end && g.start < t.end);
      if (i < 0) continue;
      used.add(i);
      matchedGold.add(g);
      s.matched++;
      const t = sys[i];
      if (t.value === g.value) s.correct++;
      else errors.push(`VALUE ${doc.creationTime} ${JSON.stringify(doc.text.slice(t.start, t.end))} ${t.value} gold ${JSON.stringify(g.text)} ${g.value} | ${context(doc.text, g.start, g.end)}`);
    }
    for (const g of gold) if (!matchedGold.has(g)) errors.push(`MISS  ${doc.creationTime} ${JSON.stringify(g.text)} ${g.value} | ${context(doc.text, g.start, g.end)}`);
    sys.forEach((t, k) => {
      if (!used.has(k)) errors.push(`EXTRA ${doc.creationTime} ${JSON.stringify(doc.text.slice(t.start, t.end))} ${t.value} | ${context(doc.text, t.start, t.end)}`);
    });
  }
  const p = s.matched / (s.system || 1);
  const rr = s.matched / (s.gold || 1);
  const vp = s.correct / (s.system || 1);
  const vr = s.correct / (s.gold || 1);
  console.log(`MEANTIME DATE (${loaded.docs.length} documents, ${s.gold} gold, ${s.system} system)`);
  console.log('                 P      R      F1     target');
  console.log(`extraction     ${fmt(p)}  ${fmt(rr)}  ${fmt(f1(p, rr))}  >= 0.90`);
  console.log(`value          ${fmt(vp)}  ${fmt(vr)}  ${fmt(f1(vp, vr))}  >= 0.85`);
  console.log(`value accuracy ${fmt(s.correct / (s.matched || 1))} (${s.correct}/${s.matched} matched)  >= 0.95`);
  const ap = all.matched / (all.system || 1);
  const ar = all.matched / (all.gold || 1);
  const avp = all.correct / (all.system || 1);
  const avr = all.correct / (all.gold || 1);
  console.log(`all types (${all.gold} gold, ${all.system} system): extraction F1 ${fmt(f1(ap, ar))}, value F1 ${fmt(f1(avp, avr))}, value accuracy ${fmt(all.correct / (all.matched || 1))}`);
  if (showErrors) for (const e of errors.sort()) console.log(e);
  if (showAllErrors) for (const e of allErrors.sort()) console.log(e);
  return s;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The publication date: the dateline (line 2) when it reads as a date, else the creation time
 * attribute (a few write it DD-MM-YYYY). The dateline wins because the annotators resolved
 * against it: one document's attribute (2008-10-20) contradicts its dateline (October 10,
 * 2008), and its gold "the start of the day" is 2008-10-10.
 */
function creationTime(value: string | null, text: string): string | null {
  const m = /^(\w+) (\d{1,2}) , (\d{4})$/.exec(text.split('\n')[1] ?? '');
  const month = m ? MONTHS.indexOf(m[1].toLowerCase()) + 1 : 0;
  if (m && month) return `${m[3]}-${String(month).padStart(2, '0')}-${m[2].padStart(2, '0')}`;
  if (value && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const dmy = /^(\d{2})-(\d{2})-(\d{4})$/.exec(value ?? '');
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : null;
}

function context(text: string, start: number, end: number): string {
  return `${text.slice(Math.max(0, start - 60), start)}[[${text.slice(start, end)}]]${text.slice(end, end + 40)}`.replace(/\n/g, ' / ');
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('meantime-dates.ts')) {
  await benchMeantimeDates(process.argv.includes('--errors'), process.argv.includes('--all-errors'));
}
