// jusText's second pass inside the body: prose stays; a lone short line between two
// paragraphs is a subheading; a run of short lines (a byline, a date, "Subscribe", a section
// label) is page furniture that fell inside the article.
import { mark, type CleanContext } from './Context.ts';
import { isStoryEnd } from './BodyRegionFinder.ts';
import type { Line } from './Lines.ts';
import { standaloneDateline } from './DatelineFinder.ts';

const isProse = (l: Line | undefined) => !!l && (l.label === undefined || l.label === 'body') && (l.quality === 'good' || l.quality === 'near');

// Furniture that sits inside a story (a caption, a photo credit, an ad, share buttons, a box's
// byline, an inline "Read more:" link) does not
// separate a subheading from the paragraph it introduces.
const INLINE_FURNITURE = /^(CaptionFilter|CueLineFilter:(credit|advert|share|widget|byline|teaser)|RepeatedLineFilter|RelatedBlockFilter:inline)/;

function neighbour(lines: Line[], i: number, step: 1 | -1): Line | undefined {
  for (let k = i + step; k >= 0 && k < lines.length; k += step) {
    const l = lines[k];
    if (l.label === 'blank' || (l.label === 'boilerplate' && INLINE_FURNITURE.test(l.reason ?? ''))) continue;
    return l;
  }
  return undefined;
}

export function applyContext(ctx: CleanContext): void {
  const lines = ctx.lines;
  if (!ctx.region) return;
  const html = ctx.record.data.html as { readability?: boolean } | undefined;
  // Readability kept these lines as part of the article (list items, table rows): trust it.
  const extracted = ctx.record.format === 'html' && !!html?.readability;
  // Runs of short lines (blank lines skipped). A run bounded by prose on both sides and free of
  // any line a cue rule recognised is part of the story: a subheading, a list, a table.
  const shortish = (l: Line) => l.label === undefined && l.role !== 'list' && (l.quality === 'short' || (l.quality === 'bad' && l.truncated && l.letterWords >= 2));
  if (extracted) dropMenus(lines, ctx.region.first, ctx.region.last);
  for (let i = ctx.region.first; i <= ctx.region.last; i++) {
    const l = lines[i];
    if (l.label !== undefined || l.quality === 'good' || l.quality === 'near' || l.role === 'list') continue;
    if (extracted && (l.quality === 'short' || (l.quality === 'bad' && l.letterWords > 0))) continue;
    if (!shortish(l)) {
      mark(l, 'boilerplate', 'ContextSmoother:bad');
      continue;
    }
    let j = i;
    const run: Line[] = [];
    for (; j <= ctx.region.last; j++) {
      const x = lines[j];
      if (x.label === 'blank') continue;
      if (!shortish(x)) break;
      run.push(x);
    }
    const after = neighbour(lines, run[run.length - 1].index, 1);
    // A heading over a list or a table ("Qualified teams") introduces it as it would a paragraph.
    const keep = isProse(neighbour(lines, run[0].index, -1)) && (isProse(after) || (!!after && (isStoryEnd(after) || (after.role === 'list' && after.index <= ctx.region.last)))) && run.every((x) => x.letterWords >= 1 && x.letterWords <= 30);
    for (const x of run) {
      if (keep) x.role = 'subheading';
      else mark(x, 'boilerplate', x.quality === 'bad' ? 'ContextSmoother:bad' : 'ContextSmoother:short');
    }
    i = run[run.length - 1].index;
  }
  for (let i = ctx.region.first; i <= ctx.region.last; i++) {
    const l = lines[i];
    if (l.label !== undefined) continue;
    mark(l, 'body', l.role === 'subheading' ? 'ContextSmoother:subheading' : l.role === 'list' ? 'ListFinder' : `BodyText:${l.quality}`);
  }
}

const MENU_ITEM_WORDS = 3;

/**
 * Readability sometimes keeps the site's section menu above the story ("News", "Sports",
 * "Real Estate", ...) or the section's name ("Spaceflight", "Science & Astronomy"): lines of one
 * to three words without a sentence's punctuation before the first paragraph. A dateline there
 * stays; a subheading or a list's heading comes after the first paragraph.
 */
function dropMenus(lines: Line[], first: number, last: number): void {
  for (let i = first; i <= last; i++) {
    const l = lines[i];
    if (l.label === 'blank') continue;
    if (l.label !== undefined) continue;
    // "BAAR, SWITZERLAND": a dateline with its country.
    const dateline = !!standaloneDateline(l.plain) || (/^[\p{Lu}\s,.'’-]+$/u.test(l.plain) && l.plain.includes(','));
    const item = l.letterWords >= 1 && l.words.length <= MENU_ITEM_WORDS && !/[.!?:;,]["'”’)]*$/u.test(l.plain) && !dateline;
    // The story has begun: its first paragraph, a headline, a list.
    if (!item) break;
    mark(l, 'boilerplate', 'ContextSmoother:menu');
  }
}
