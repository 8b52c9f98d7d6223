// jusText's second pass inside the body: prose stays; a lone short line between two
// paragraphs is a subheading; a run of short lines (a byline, a date, "Subscribe", a section
// label) is page furniture that fell inside the article.
import { mark, type CleanContext } from './Context.ts';
import type { Line } from './Lines.ts';

const isProse = (l: Line | undefined) => !!l && (l.label === undefined || l.label === 'body') && (l.quality === 'good' || l.quality === 'near');

function neighbour(lines: Line[], i: number, step: 1 | -1): Line | undefined {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) if (lines[k].label !== 'blank') return lines[k];
  return undefined;
}

export function applyContext(ctx: CleanContext): void {
  const lines = ctx.lines;
  if (!ctx.region) return;
  const html = ctx.record.data.html as { readability?: boolean } | undefined;
  // Readability kept these lines as part of the article (list items, table rows): trust it.
  const extracted = ctx.record.format === 'html' && !!html?.readability;
  for (let i = ctx.region.first; i <= ctx.region.last; i++) {
    const l = lines[i];
    if (l.label !== undefined) continue;
    if (l.quality === 'good' || l.quality === 'near') continue; // decided below, after neighbours are read
    if (extracted && (l.quality === 'short' || (l.quality === 'bad' && l.letterWords > 0))) continue;
    // A short line, or one trailing off ("Here's the thing …"), between two paragraphs belongs to them.
    const shortish = l.quality === 'short' || (l.quality === 'bad' && l.truncated && l.letterWords >= 2);
    if (shortish && l.letterWords >= 1 && l.letterWords <= 20 && isProse(neighbour(lines, i, -1)) && isProse(neighbour(lines, i, 1))) {
      l.role = 'subheading';
      continue;
    }
    mark(l, 'boilerplate', l.quality === 'bad' ? 'ContextSmoother:bad' : 'ContextSmoother:short');
  }
  for (let i = ctx.region.first; i <= ctx.region.last; i++) {
    const l = lines[i];
    if (l.label !== undefined) continue;
    mark(l, 'body', l.role === 'subheading' ? 'ContextSmoother:subheading' : `BodyText:${l.quality}`);
  }
}
