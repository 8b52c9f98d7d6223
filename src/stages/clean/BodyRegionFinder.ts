// The article body is one stretch of the page: the run of lines with the most prose in it and
// the least of everything else (a maximum-sum segment over per-line scores, as in the
// body-text-extraction idea of Finn et al.). Lines outside it are boilerplate.
import { mark, type CleanContext } from './Context.ts';
import type { Line } from './Lines.ts';

export function lineScore(l: Line): number {
  if (l.label === 'blank') return 0;
  if (l.label === 'header') return -1;
  if (l.role === 'related-header') return -30;
  if (l.label === 'boilerplate') return l.reason === 'RepeatedLineFilter' ? -1 : -4;
  switch (l.quality) {
    case 'good':
      return Math.min(l.letterWords, 80);
    case 'near':
      return l.letterWords / 2;
    case 'bad':
      return -5;
    default:
      return -2;
  }
}

export function findRegion(lines: Line[]): { first: number; last: number; sum: number } | null {
  let best: { first: number; last: number; sum: number } | null = null;
  let sum = 0;
  let first = -1;
  for (let i = 0; i < lines.length; i++) {
    const s = lineScore(lines[i]);
    if (first < 0) {
      if (s <= 0) continue;
      first = i;
      sum = 0;
    }
    sum += s;
    if (sum <= 0) {
      first = -1;
      continue;
    }
    if (s > 0 && (!best || sum > best.sum)) best = { first, last: i, sum };
  }
  return best;
}

export function applyBodyRegion(ctx: CleanContext): void {
  const region = findRegion(ctx.lines);
  if (!region) {
    // No prose anywhere (a one-line note, a list): keep what no rule objected to.
    for (const l of ctx.lines) if (l.label === undefined) mark(l, 'body', 'NoProseFallback');
    ctx.region = null;
    return;
  }
  ctx.region = { first: region.first, last: region.last };
  for (const l of ctx.lines) {
    if (l.label !== undefined) continue;
    if (l.index < region.first || l.index > region.last) mark(l, 'boilerplate', 'BodyRegionFinder');
  }
}
