// The record → the output document of ../shared/spec/OUTPUT.md, with every span mapped
// to the original and keys in a fixed order (so files are byte-stable).
import type { ArticleRecord, Diagnostic, Entity, EventRecord, Span, TimeExpr } from './types.ts';

export const SCHEMA_VERSION = '1';

export interface OutSpan {
  start: number;
  end: number;
  text: string;
}

export interface PipelineStamp {
  name: string;
  version: string;
}

function span(r: ArticleRecord, s: Span): OutSpan {
  const o = r.offsets.toOriginal(s.start, s.end);
  return { start: o.start, end: o.end, text: r.original.slice(o.start, o.end) };
}

function entityOut(r: ArticleRecord, e: Entity) {
  const out: Record<string, unknown> = { id: e.id, kind: e.kind, name: e.name, aliases: [...e.aliases] };
  if (e.role) out.role = e.role;
  if (e.country) out.country = e.country;
  out.mentions = e.mentions.map((m) => span(r, m));
  return out;
}

function timeOut(r: ArticleRecord, t: TimeExpr) {
  const s = span(r, t);
  return { start: s.start, end: s.end, text: s.text, type: t.type, value: t.value, anchor: t.anchor };
}

function eventOut(r: ArticleRecord, e: EventRecord, n: number) {
  return {
    id: `${r.id}#${n}`,
    type: e.type,
    status: e.status,
    salience: e.salience,
    participants: e.participants.map((p) => (p.entityId ? { name: p.name, kind: p.kind, entityId: p.entityId } : { name: p.name, kind: p.kind })),
    date: e.date ? { value: e.date.value, text: e.date.text, granularity: e.date.granularity } : null,
    location: e.location ? { name: e.location.name, text: e.location.text } : null,
    topics: [...e.topics],
    plover: { event: e.plover.event, mode: e.plover.mode },
    cameo: e.cameo,
    evidence: e.evidence.map((s) => span(r, s)),
    confidence: Math.round(e.confidence * 100) / 100,
  };
}

function diagnosticOut(d: Diagnostic) {
  const out: Record<string, unknown> = { stage: d.stage, severity: d.severity, code: d.code, message: d.message };
  if (d.start != null) out.start = d.start;
  if (d.end != null) out.end = d.end;
  return out;
}

export type ArticleOutput = ReturnType<typeof toOutput>;

export function toOutput(r: ArticleRecord, pipeline: PipelineStamp) {
  // Events are numbered in the order of their first evidence.
  const events = [...(r.events ?? [])]
    .map((e, i) => ({ e, i, first: Math.min(...e.evidence.map((s) => s.start), Number.MAX_SAFE_INTEGER) }))
    .sort((a, b) => a.first - b.first || a.i - b.i)
    .map(({ e }, k) => eventOut(r, e, k + 1));
  const document: Record<string, unknown> = {
    id: r.id,
    path: r.path,
    url: r.meta.url,
    source: r.meta.source,
    title: r.meta.title,
    publishedAt: r.meta.publishedAt,
    publishedAtSource: r.meta.publishedAtSource,
    dateline: r.meta.dateline,
    language: r.meta.language,
    text: r.text,
    sha256: r.sha256,
  };
  if (r.format === 'html') document.original = r.original;
  return {
    schemaVersion: SCHEMA_VERSION,
    pipeline: { name: pipeline.name, version: pipeline.version },
    document,
    entities: (r.entities ?? []).map((e) => entityOut(r, e)),
    times: (r.times ?? []).map((t) => timeOut(r, t)),
    events,
    diagnostics: r.diagnostics.map(diagnosticOut),
  };
}

/** The events.jsonl line of one event: the event with `documentId` first. */
export function eventLine(documentId: string, event: Record<string, unknown>): Record<string, unknown> {
  return { documentId, ...event };
}
