// The article body is one stretch of the page: the run of lines with the most prose in it and
// the least of everything else (a maximum-sum segment over per-line scores, as in the
// body-text-extraction idea of Finn et al.). Lines outside it are boilerplate.
import { mark, type CleanContext } from './Context.ts';
import type { Line } from './Lines.ts';
import { listAt, markLists } from './ListFinder.ts';
import { ABOUT_PARAGRAPHS, ABOUT_PARAGRAPHS_NOT } from './Lexicons.ts';

export function lineScore(l: Line, lines: Line[] = []): number {
  const base = baseScore(l);
  if (base <= 0 || lines.length === 0) return base;
  // Article paragraphs come in runs; a lone paragraph between link lines is a teaser.
  const near = (step: 1 | -1) => {
    for (let k = l.index + step; k >= 0 && k < lines.length; k += step) {
      const x = lines[k];
      if (x.label === 'blank') continue;
      // A headline (prose-like but no full stop) does not make its teaser part of a run.
      const prose = x.quality === 'good' || (x.quality === 'near' && x.endsSentence);
      return (x.label !== 'boilerplate' || x.reason === 'RepeatedLineFilter') && (prose || x.role === 'dateline' || x.role === 'list' || x.reason === 'HeaderLine:lede');
    }
    return false;
  };
  return near(-1) || near(1) ? base : base * 0.4;
}

function baseScore(l: Line): number {
  if (l.label === 'blank') return 0;
  if (l.label === 'header') return -1;
  if (l.role === 'related-header') return -30;
  if (l.role === 'list' && l.label === undefined) return 0;
  if (l.label === 'boilerplate') {
    // Ads, share buttons and pictures with their captions and credits sit inside stories; they
    // do not say the story ended.
    if (l.reason === 'RepeatedLineFilter' || l.reason === 'CueLineFilter:advert' || l.reason === 'CueLineFilter:share' || l.reason === 'RelatedBlockFilter:inline') return -1;
    if (l.reason === 'CueLineFilter:credit' || l.reason?.startsWith('CaptionFilter')) return -1;
    return -4;
  }
  switch (l.quality) {
    case 'good':
      return Math.min(l.letterWords, 80);
    case 'near':
      // Without a full stop a prose-like line is most often a headline of another story.
      return l.endsSentence ? l.letterWords / 2 : l.letterWords / 4;
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
  let run = 0; // consecutive non-prose lines: menus and link lists cost more the longer they go on
  for (let i = 0; i < lines.length; i++) {
    let s = lineScore(lines[i], lines);
    if (lines[i].label !== 'blank') {
      run = s < 0 ? run + 1 : 0;
      if (s < 0 && run > 1) s *= Math.min(run, 4) / 2 + 0.5;
    }
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
  const html = ctx.record.data.html as { readability?: boolean } | undefined;
  if (ctx.record.format === 'html' && html?.readability) {
    // Readability already cut the page down to the article: only the line rules apply.
    const kept = ctx.lines.filter((l) => l.label === undefined || l.label === 'body');
    ctx.region = kept.length ? { first: kept[0].index, last: trimAbout(ctx.lines, kept[0].index, kept[kept.length - 1].index) } : null;
    return;
  }
  // The items of a data list or table in the story (a stats table between two paragraphs) are
  // not the menus the search steps over: they cost nothing.
  markLists(ctx.lines);
  const region = findRegion(ctx.lines);
  if (!region) {
    // No prose anywhere (a one-line note, a list): keep what no rule objected to.
    for (const l of ctx.lines) if (l.label === undefined) mark(l, 'body', 'NoProseFallback');
    ctx.region = null;
    return;
  }
  region.first = trimTeasers(ctx.lines, region.first, region.last);
  region.last = extendEnd(ctx.lines, trimAbout(ctx.lines, region.first, region.last));
  // A list the story goes on with, and whatever story follows it.
  for (let list = listAt(ctx.lines, region.last + 1); list !== -1; list = listAt(ctx.lines, region.last + 1)) {
    for (let k = list.heading ?? region.last + 1; k <= list.last; k++) if (ctx.lines[k].label === undefined) ctx.lines[k].role = 'list';
    region.last = extendEnd(ctx.lines, list.last);
  }
  ctx.region = { first: region.first, last: region.last };
  for (const l of ctx.lines) {
    if (l.label !== undefined) continue;
    if (l.index < region.first || l.index > region.last) mark(l, 'boilerplate', 'BodyRegionFinder');
  }
  // A paragraph printed twice, once above the story (a standfirst) and once in it: the copy in
  // the story is the one to keep.
  for (const l of ctx.lines) {
    if (l.reason !== 'RepeatedLineFilter' || l.copyOf === undefined) continue;
    if (l.index < region.first || l.index > region.last) continue;
    const first = ctx.lines[l.copyOf];
    if (first.index < region.first && first.reason === 'BodyRegionFinder') {
      l.label = undefined;
      l.reason = undefined;
    }
  }
}

/**
 * The story's last paragraphs are often short or set off by a list or an ad, which the search
 * above discounts as teaser-like. Take them back when, scored plainly, they outweigh what stands
 * between (never across a related-stories or comments header).
 */
function extendEnd(lines: Line[], last: number): number {
  let sum = 0;
  let best = last;
  let between = 0;
  for (let i = last + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.role === 'related-header' || (l.reason ?? '').startsWith('CommentSectionFilter')) break;
    // "Reporting by ...", "X contributed to this report": the story's own last line. The short
    // lines just above it (graphics, a list, a note) are still the story.
    if (isAboutParagraph(l) || l.reason === 'BodyRegionFinder:about') {
      mark(l, 'boilerplate', 'BodyRegionFinder:about');
      break;
    }
    if (isStoryEnd(l)) {
      if (between > 0 && between <= STORY_END_REACH) best = i - 1;
      break;
    }
    if (l.label !== 'blank') between++;
    // A bulleted or numbered item belongs to a list in the story as often as not.
    const s = l.label === undefined && /^([-•*–·]|\d{1,2}[.)])\s/u.test(l.plain) ? 0 : baseScore(l);
    sum += s;
    if (sum <= -8) break;
    if (s > 0 && sum > 0 && l.endsSentence) {
      best = i;
      sum = 0;
    }
  }
  return best;
}

const STORY_END_REACH = 6;
const ABOUT_MIN_STORY_WORDS = 60;

/** A paragraph about the author or the publisher; it ends the story only where it comes after it. */
export const isAboutParagraph = (l: Line) =>
  l.label === undefined && l.letterWords <= 100 && ABOUT_PARAGRAPHS.some((p) => p.test(l.plain)) && !ABOUT_PARAGRAPHS_NOT.some((p) => p.test(l.plain));

/**
 * The story's last paragraphs may be the author's bio or the publisher's "X is a subsidiary of
 * Y": they and what follows are not the story. Returns the new last line.
 */
function trimAbout(lines: Line[], first: number, last: number): number {
  let total = 0;
  for (let k = first; k <= last; k++) if (isProseLine(lines[k])) total += lines[k].letterWords;
  let before = 0;
  for (let k = first; k <= last; k++) {
    const l = lines[k];
    if (!isProseLine(l)) continue;
    // In the story's last third, after the story had its say: a bio, not a story's sentence.
    if (before >= ABOUT_MIN_STORY_WORDS && before >= total * (2 / 3) && isAboutParagraph(l)) {
      mark(l, 'boilerplate', 'BodyRegionFinder:about');
      let end = k - 1;
      while (end > first && lines[end].label === 'blank') end--;
      return end;
    }
    before += l.letterWords;
  }
  return last;
}

export const isStoryEnd = (l: Line) => l.reason === 'CueLineFilter:contributor';

const isProseLine = (l: Line) => l.label === undefined && (l.quality === 'good' || (l.quality === 'near' && l.endsSentence));

/**
 * A sidebar of teasers right above the story (teaser, headline, teaser, ...) can join the body
 * because each teaser is prose. When the region opens with two or more lone paragraphs
 * separated by headline lines, then the story's own byline or date line, then a run of adjacent
 * paragraphs, the story starts at that run. A single lone first paragraph is never cut: that is
 * how many stories begin.
 */
function trimTeasers(lines: Line[], first: number, last: number): number {
  const content = lines.filter((l) => l.index >= first && l.index <= last && l.label !== 'blank');
  let lone = 0;
  let header = false; // a byline or date line since the last lone paragraph: the story's own header
  for (let i = 0; i < content.length; i++) {
    const l = content[i];
    if (!isProseLine(l)) {
      if (l.reason === 'MetaLineFilter' || l.reason === 'CueLineFilter:byline') header = true;
      continue;
    }
    const next = content[i + 1];
    if (next && isProseLine(next)) return lone >= 2 && header ? l.index : first;
    lone++;
    header = false;
  }
  return first;
}
