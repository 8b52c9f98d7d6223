// Two rules can read the same words ("December 2021" is a month to MonthParser and a year to
// YearParser). The longer reading wins; on a tie, the rule with the higher priority.
import type { Candidate, Context, Refiner } from '../types.ts';

export const OverlapRefiner: Refiner = {
  name: 'OverlapRefiner',
  refine(_ctx: Context, candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start || a.rule.localeCompare(b.rule),
    );
    // Kept spans are disjoint and held sorted by start, so a new span only has to be checked
    // against its two neighbours.
    const kept: Candidate[] = [];
    for (const c of ranked) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid].start < c.start) lo = mid + 1;
        else hi = mid;
      }
      const prev = kept[lo - 1];
      const next = kept[lo];
      if ((prev && prev.end > c.start) || (next && next.start < c.end)) continue;
      kept.splice(lo, 0, c);
    }
    return kept;
  },
};
