// Builds hand-made records for the events tests: segmented text plus entities and times set
// by hand, so the tests do not depend on the entities and time stages.
import { recordFromText } from '../../pipeline/record.ts';
import type { ArticleRecord, Entity, EntityKind, EventRecord, TimeExpr } from '../../pipeline/types.ts';
import { segmentStage } from '../segment/index.ts';
import { eventsStage } from './index.ts';

export interface EntitySpec {
  kind: EntityKind;
  name: string;
  forms?: string[];
  country?: string;
  role?: string;
}

function allSpans(text: string, form: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    const before = text[i - 1];
    const after = text[i + form.length];
    if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    out.push({ start: i, end: i + form.length });
  }
  return out;
}

export function entity(text: string, spec: EntitySpec): Entity {
  const forms = [spec.name, ...(spec.forms ?? [])].sort((a, b) => b.length - a.length);
  const mentions: { start: number; end: number }[] = [];
  for (const f of forms) for (const s of allSpans(text, f)) if (!mentions.some((m) => m.start < s.end && s.start < m.end)) mentions.push(s);
  mentions.sort((a, b) => a.start - b.start);
  const slug = spec.name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return { id: `${spec.kind}:${slug}`, kind: spec.kind, name: spec.name, aliases: spec.forms ?? [], role: spec.role, country: spec.country, mentions };
}

/** `times`: the literal text of each time expression with its TIMEX value (first occurrence). */
export function makeRecord(
  text: string,
  specs: EntitySpec[],
  times: { text: string; value: string | null; type?: TimeExpr['type'] }[] = [],
  publishedAt: string | null = '2024-02-04',
): ArticleRecord {
  const r = segmentStage.run(recordFromText(text, { publishedAt }), segmentStage.defaults) as ArticleRecord;
  const tx: TimeExpr[] = times.map((t) => {
    const start = text.indexOf(t.text);
    if (start < 0) throw new Error(`time text not found: ${t.text}`);
    return { start, end: start + t.text.length, type: t.type ?? 'DATE', value: t.value, anchor: 'publication' };
  });
  return { ...r, entities: specs.map((s) => entity(text, s)), times: tx };
}

export const person = (name: string, forms: string[] = [], country?: string, role?: string): EntitySpec => ({ kind: 'person', name, forms, country, role });
export const place = (name: string, country?: string): EntitySpec => ({ kind: 'location', name, country });
export const org = (name: string, forms: string[] = []): EntitySpec => ({ kind: 'organization', name, forms });

/** The events stage on a hand-made record (`makeRecord`). */
export function eventsOf(text: string, specs: EntitySpec[], times: { text: string; value: string | null }[], publishedAt: string | null): EventRecord[] {
  return (eventsStage.run(makeRecord(text, specs, times, publishedAt), eventsStage.defaults) as ArticleRecord).events!;
}
/** One line per event: type | sides | place | date | status, for compact expectations. */
export const summary = (es: EventRecord[]) =>
  es.map((e) => [e.type, e.participants.map((p) => p.name).sort().join('+'), e.location?.name ?? '-', e.date?.value ?? '-', e.status].join(' | '));
