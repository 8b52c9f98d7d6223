// Every entity mention of the article in text order, so rules can ask "who is named in this span".
import type { Entity, Span } from '../../pipeline/types.ts';
import type { MentionRef } from './Candidate.ts';

export class MentionIndex {
  readonly all: MentionRef[];
  constructor(entities: Entity[], textLength: number) {
    const refs: MentionRef[] = [];
    for (const entity of entities) {
      for (const m of entity.mentions ?? []) {
        // Entity spans come from another stage; tolerate bad ones instead of failing the article.
        if (!Number.isInteger(m.start) || !Number.isInteger(m.end) || m.start < 0 || m.end > textLength || m.end <= m.start) continue;
        refs.push({ start: m.start, end: m.end, entity });
      }
    }
    refs.sort((a, b) => a.start - b.start || b.end - a.end || a.entity.id.localeCompare(b.entity.id));
    // Nested or overlapping mentions: keep the outer one ("Hamas" inside "Hamas Political Bureau").
    const kept: MentionRef[] = [];
    for (const r of refs) {
      const last = kept[kept.length - 1];
      if (last && r.start < last.end) continue;
      kept.push(r);
    }
    this.all = kept;
  }
  /** Index of the first mention starting at or after `pos` (mentions do not overlap, so ends are sorted too). */
  private firstFrom(pos: number): number {
    let lo = 0;
    let hi = this.all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.all[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  within(span: Span): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.firstFrom(span.start); i < this.all.length && this.all[i].start < span.end; i++) {
      if (this.all[i].end <= span.end) out.push(this.all[i]);
    }
    return out;
  }
  before(pos: number): MentionRef[] {
    let i = this.firstFrom(pos);
    if (i > 0 && this.all[i - 1].end > pos) i--;
    return this.all.slice(0, i);
  }
  at(start: number, end: number): MentionRef | undefined {
    const i = this.firstFrom(start);
    for (const j of [i - 1, i, i + 1]) {
      const m = this.all[j];
      if (m && m.start < end && start < m.end) return m;
    }
    return undefined;
  }
}
