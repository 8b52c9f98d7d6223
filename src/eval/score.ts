// The evaluation of ANNOTATION.md: one article's output against its gold, then totals.
// It must give the reference scorer's numbers (../shared/corpus/score.mjs) on the same files.
import type { Gold, ScoredOutput } from './gold.ts';
import { countMatches, sameName, words } from './names.ts';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Totals {
  events: Counts & { mainGold: number; mainHit: number };
  date: { ok: number; n: number; invented: number };
  location: { ok: number; n: number };
  status: { ok: number; n: number };
  people: Counts;
  organizations: Counts;
  boilerplate: Counts;
  publishedAt: { ok: number; n: number };
  missing: string[];
}

export interface ArticleDetail {
  id: string;
  missedEvents: string[];
  inventedEvents: string[];
  wrongDates: string[];
  wrongLocations: string[];
  people?: { gold: string[]; predicted: string[] };
  organizations?: { gold: string[]; predicted: string[] };
}

export function emptyTotals(): Totals {
  const c = () => ({ tp: 0, fp: 0, fn: 0 });
  return {
    events: { ...c(), mainGold: 0, mainHit: 0 },
    date: { ok: 0, n: 0, invented: 0 },
    location: { ok: 0, n: 0 },
    status: { ok: 0, n: 0 },
    people: c(),
    organizations: c(),
    boilerplate: c(),
    publishedAt: { ok: 0, n: 0 },
    missing: [],
  };
}

const nameOf = (p: { name?: string } | string) => (typeof p === 'string' ? p : (p?.name ?? ''));
const dateOf = (d: unknown) => (d == null ? null : typeof d === 'string' ? d : ((d as { value?: string | null }).value ?? null));
const placeOf = (l: unknown) => (l == null ? null : typeof l === 'string' ? l : ((l as { name?: string }).name ?? null));

function scoreEvents(gold: Gold, out: ScoredOutput | null, T: Totals, D: ArticleDetail): void {
  const pred = (out?.events ?? []).map((e) => ({
    type: e.type,
    parts: (e.participants ?? []).map(nameOf).filter(Boolean),
    date: dateOf(e.date),
    loc: placeOf(e.location),
    status: e.status,
  }));
  const golds = gold.events ?? [];
  const pairs: { gi: number; pi: number; s: number }[] = [];
  golds.forEach((g, gi) =>
    pred.forEach((p, pi) => {
      if (g.type !== p.type) return;
      const m = countMatches(g.participants, p.parts);
      if (m > 0 && m >= Math.ceil(0.6 * g.participants.length) && m >= Math.ceil(p.parts.length / 2)) {
        pairs.push({ gi, pi, s: m / Math.max(g.participants.length, p.parts.length) + (g.date && g.date === p.date ? 0.5 : 0) });
      }
    }),
  );
  pairs.sort((a, b) => b.s - a.s);
  const matched = new Map<number, number>();
  const usedPred = new Set<number>();
  for (const pr of pairs) {
    if (matched.has(pr.gi) || usedPred.has(pr.pi)) continue;
    matched.set(pr.gi, pr.pi);
    usedPred.add(pr.pi);
  }
  T.events.tp += matched.size;
  T.events.fn += golds.length - matched.size;
  T.events.fp += pred.length - usedPred.size;
  golds.forEach((g, gi) => {
    const who = g.participants.join(' + ');
    if (g.salience === 'main') {
      T.events.mainGold++;
      if (matched.has(gi)) T.events.mainHit++;
    }
    const pi = matched.get(gi);
    if (pi == null) {
      D.missedEvents.push(`${g.type} ${who} ${g.date ?? ''}`.trim());
      return;
    }
    const p = pred[pi];
    if (g.date != null) {
      T.date.n++;
      if (p.date === g.date) T.date.ok++;
      else D.wrongDates.push(`${who}: gold ${g.date}, got ${p.date}`);
    } else if (p.date != null) {
      T.date.invented++;
      D.wrongDates.push(`${who}: gold null, got ${p.date} (invented)`);
    }
    T.location.n++;
    const locOk = (g.location == null && p.loc == null) || (g.location != null && p.loc != null && sameName(g.location, p.loc));
    if (locOk) T.location.ok++;
    else D.wrongLocations.push(`${who}: gold ${g.location}, got ${p.loc}`);
    T.status.n++;
    if ((p.status ?? 'occurred') === g.status) T.status.ok++;
  });
  pred.forEach((p, pi) => {
    if (!usedPred.has(pi)) D.inventedEvents.push(`${p.type} ${p.parts.join(' + ')} ${p.date ?? ''}`.trim());
  });
}

function scoreNames(gold: Gold, out: ScoredOutput | null, T: Totals, D: ArticleDetail): void {
  const ents = out?.entities ?? [];
  for (const [kind, key] of [['person', 'people'], ['organization', 'organizations']] as const) {
    const predicted = [...new Set(ents.filter((e) => e.kind === kind).map((e) => e.name).filter((n): n is string => !!n))];
    const g = gold[key] ?? [];
    const m = countMatches(g, predicted);
    T[key].tp += m;
    T[key].fn += g.length - m;
    T[key].fp += predicted.length - m;
    D[key] = { gold: g, predicted };
  }
}

/** A body line is kept when 80% of its words are in the output; boilerplate of 3+ words leaks the same way. */
function scoreBoilerplate(gold: Gold, out: ScoredOutput | null, raw: string, T: Totals): void {
  if (!gold.bodyLines) return;
  const lines = raw.split(/\r?\n/);
  const bag = new Set(words(`${out?.document?.title ?? ''} ${out?.document?.text ?? ''}`));
  const body = new Set(gold.bodyLines);
  const goldBag = new Set(lines.filter((_, i) => body.has(i + 1)).flatMap(words));
  const cover = (ws: string[], b: Set<string>) => ws.filter((w) => b.has(w)).length / ws.length;
  lines.forEach((line, i) => {
    const ws = words(line.replace(/^\s*date \d{4}-\d\d-\d\d\s*/, ''));
    if (!ws.length) return;
    if (body.has(i + 1)) {
      if (cover(ws, bag) >= 0.8) T.boilerplate.tp++;
      else T.boilerplate.fn++;
    } else if (ws.length >= 3 && cover(ws, goldBag) < 0.8 && cover(ws, bag) >= 0.8) T.boilerplate.fp++;
  });
}

/** Adds one article to the totals; `raw` is the input text (for the boilerplate lines), or null. */
export function scoreArticle(gold: Gold, out: ScoredOutput | null, raw: string | null, T: Totals): ArticleDetail {
  const D: ArticleDetail = { id: gold.id, missedEvents: [], inventedEvents: [], wrongDates: [], wrongLocations: [] };
  if (!out) T.missing.push(gold.id);
  scoreEvents(gold, out, T, D);
  scoreNames(gold, out, T, D);
  if (gold.publishedAt) {
    T.publishedAt.n++;
    if (out?.document?.publishedAt?.slice(0, 10) === gold.publishedAt) T.publishedAt.ok++;
  }
  if (raw != null) scoreBoilerplate(gold, out, raw, T);
  return D;
}

const r3 = (x: number) => Math.round(x * 1000) / 1000;
export function prf(c: Counts) {
  const p = c.tp / (c.tp + c.fp || 1);
  const r = c.tp / (c.tp + c.fn || 1);
  return { p: r3(p), r: r3(r), f1: r3((2 * p * r) / (p + r || 1)) };
}
const ratio = (ok: number, n: number) => (n ? r3(ok / n) : null);

export function summarize(T: Totals, docs: number) {
  return {
    docs,
    missingOutputs: T.missing.length,
    events: { ...prf(T.events), tp: T.events.tp, fp: T.events.fp, fn: T.events.fn, mainRecall: ratio(T.events.mainHit, T.events.mainGold) },
    dateAccuracy: ratio(T.date.ok, T.date.n),
    datesGold: T.date.n,
    falseDates: T.date.invented,
    locationAccuracy: ratio(T.location.ok, T.location.n),
    statusAccuracy: ratio(T.status.ok, T.status.n),
    people: prf(T.people),
    organizations: prf(T.organizations),
    boilerplate: prf(T.boilerplate),
    publishedAtAccuracy: ratio(T.publishedAt.ok, T.publishedAt.n),
  };
}
export type Summary = ReturnType<typeof summarize>;
