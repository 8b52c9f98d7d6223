// main = the article's news; background = recalled or mentioned in passing. Recalled events
// are marked by the past perfect, by "last"/"previous"/"since", by a date well before
// publication, or by sitting deep in the article with no tie to its news.
import type { Span } from '../../pipeline/types.ts';

const RECALL = /\b(?:had (?:\w+ )?(?:met|spoken|held|visited|talked|hosted|received|been|discussed|travel(?:l)?ed|made)|previously|earlier this (?:year|month)|last (?:year|month|week|time)|in the past|former|formerly|first (?:\w+ ){0,3}since|date[sd]? (?:back )?to|recalled|ago|the last (?:\w+ ){0,3}(?:talks|meeting|visit|call)|last (?:talks|met|spoke|visited))\b/i;

const SINCE_BEFORE = /\bsince (?:(?:a|an|the|their|his|her|its|that|last)\s+)?(?:[\w-]+\s+){0,2}$/i;

function daysBetween(a: string, b: string): number {
  const d = (s: string) => {
    const [y, m, dd] = s.split('-').map(Number);
    return Date.UTC(y, (m || 1) - 1, dd || 1) / 86400000;
  };
  return d(b) - d(a);
}

export function classifySalience(
  text: string,
  clause: Span,
  trigger: Span,
  dateValue: string | null,
  publishedAt: string | null,
  sentenceIndex: number,
): 'main' | 'background' {
  const window = text.slice(clause.start, Math.min(clause.end, trigger.end + 40));
  if (RECALL.test(window)) return 'background';
  // "the first time since a trilateral meeting": the event is a reference point in the past.
  if (SINCE_BEFORE.test(text.slice(Math.max(clause.start, trigger.start - 40), trigger.start))) return 'background';
  if (dateValue && publishedAt) {
    // Month or year precision: compare against the start of the period.
    const gap = daysBetween(dateValue.length === 4 ? `${dateValue}-12-31` : dateValue.length === 7 ? `${dateValue}-28` : dateValue, publishedAt);
    if (gap > 10) return 'background';
  }
  return sentenceIndex < 0 ? 'background' : 'main';
}
