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
  within(span: Span): MentionRef[] {
    return this.all.filter((m) => m.start >= span.start && m.end <= span.end);
  }
  before(pos: number): MentionRef[] {
    return this.all.filter((m) => m.end <= pos);
  }
  at(start: number, end: number): MentionRef | undefined {
    return this.all.find((m) => m.start < end && start < m.end);
  }
}
