// Finds event triggers in a sentence from the trigger lexicon (triggers.json).
import { readFileSync } from 'node:fs';
import type { EventType, Span } from '../../pipeline/types.ts';
import type { Trigger } from './Candidate.ts';

interface TriggerEntry {
  pattern: string;
  type: EventType;
  form: 'verb' | 'noun';
  host?: boolean;
  guest?: boolean;
  placeless?: boolean;
  passive?: boolean;
  weak?: boolean;
  anaphoric?: boolean;
}

const DATA = JSON.parse(readFileSync(new URL('./triggers.json', import.meta.url), 'utf8')) as { triggers: TriggerEntry[]; exclusions: string[] };
const LEXICON: TriggerEntry[] = DATA.triggers;
// Look-alikes that tell no interaction ("was met with criticism", "meet the demands", "called for").
const EXCLUSIONS = DATA.exclusions.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${p})`, 'giu'));
// Word boundaries on both sides; the lookbehind keeps "summits" or "unmet" from matching inside words.
const COMPILED = LEXICON.map((e, rank) => ({ e, rank, re: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${e.pattern})(?![\\p{L}\\p{N}])`, 'giu') }));

// Phone beats meeting when they overlap: "held telephone talks" is a call whose light verb looks like a meeting.
const TYPE_RANK: Record<EventType, number> = { phone_call: 0, visit: 1, meeting: 2 };

export function findTriggers(text: string, span: Span): Trigger[] {
  const s = text.slice(span.start, span.end);
  const found: (Trigger & { rank: number })[] = [];
  for (const { e, rank, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      found.push({
        start: span.start + m.index,
        end: span.start + m.index + m[0].length,
        type: e.type,
        form: e.form,
        text: m[0],
        host: e.host,
        guest: e.guest,
        placeless: e.placeless,
        passive: e.passive,
        weak: e.weak,
        anaphoric: e.anaphoric,
        rank,
      });
    }
  }
  const excluded: Span[] = [];
  for (const re of EXCLUSIONS) {
    re.lastIndex = 0;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      excluded.push({ start: span.start + m.index, end: span.start + m.index + m[0].length });
    }
  }
  found.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type] || (b.end - b.start) - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  const kept: Trigger[] = [];
  for (const t of found) {
    if (kept.some((k) => k.start < t.end && t.start < k.end)) continue;
    if (excluded.some((x) => x.start <= t.start && t.end <= x.end)) continue;
    const { rank: _r, ...trig } = t;
    kept.push(trig);
  }
  return kept.sort((a, b) => a.start - b.start);
}
