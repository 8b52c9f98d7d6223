// Two rules can read the same words ("December 2021" is a month to MonthParser and a year to
// YearParser). The longer reading wins; on a tie, the rule with the higher priority.
import type { Candidate, Context, Refiner } from '../types.ts';

export const OverlapRefiner: Refiner = {
  name: 'OverlapRefiner',
  refine(_ctx: Context, candidates: Candidate[]): Candidate[] {
    const ranked = [...candidates].sort(
      (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start || a.rule.localeCompare(b.rule),
    );
    const kept: Candidate[] = [];
    for (const c of ranked) {
      if (kept.every((k) => c.end <= k.start || c.start >= k.end)) kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
