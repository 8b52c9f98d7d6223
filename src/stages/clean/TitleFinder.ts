// The headline. A sidecar's title wins; then the date header's, unless it is page furniture
// ("Contact Us", "+ ↺ − 16 px", "By WAM"); then the headline-shaped line above the body that
// the page repeats most (pages print the headline in the breadcrumb, the <h1>, in capitals).
import { mark, type CleanContext } from './Context.ts';
import { isCueLine } from './CueLineFilter.ts';
import { SITE_SEPARATORS, SITE_SUFFIX_MAX_WORDS } from './Lexicons.ts';
import { featuresOf, fold, type Line } from './Lines.ts';
import { standaloneDateline } from './DatelineFinder.ts';
import { headerOf } from './HeaderLineRule.ts';

/** "Headline | News" → "Headline": drops a short site or section name after the last separator. */
export function stripSiteSuffix(title: string): string {
  let t = title.trim();
  for (let round = 0; round < 2; round++) {
    let cut = -1;
    for (const sep of SITE_SEPARATORS) {
      const i = t.lastIndexOf(sep);
      if (i > cut) cut = i;
    }
    if (cut <= 0) break;
    const head = t.slice(0, cut).trim();
    const tail = t.slice(cut).replace(/^\s*\S+\s*/, '');
    const tailWords = tail.split(/\s+/).filter(Boolean).length;
    const headWords = head.split(/\s+/).filter(Boolean).length;
    if (tailWords === 0 || tailWords > SITE_SUFFIX_MAX_WORDS || headWords <= tailWords || /[.!?]$/.test(tail)) break;
    t = head;
  }
  return t;
}

export function isJunkTitle(title: string): boolean {
  const f = featuresOf(title);
  if (f.letterWords < 2) return true;
  return isCueLine({ plain: title, words: f.words }) || /^by\b/i.test(title.trim());
}

function headlineShaped(l: Line): boolean {
  if (l.letterWords < 3 || l.letterWords > 35) return false;
  if (l.quality === 'bad') return false;
  // Breadcrumbs and meta lines: "People › Politicians ♦ Published: 9 hours ago".
  if ((l.plain.match(/[›»|♦•·>]/g) ?? []).length >= 2 || /\b\d{1,2}:\d\d\b|\bago\b/i.test(l.plain)) return false;
  if (/\.$/.test(l.plain) && !/\b\p{Lu}\.$/u.test(l.plain)) return false;
  if (l.label !== undefined && l.reason !== 'BodyRegionFinder' && l.reason !== 'RepeatedLineFilter') return false;
  return !isCueLine(l) && !standaloneDateline(l.plain);
}

// "Politics  Economy  Society  Regions  World  Sport": capitalized words set apart by runs of spaces
// are a menu, however headline-like its words.
function menuLike(original: string, l: Line): boolean {
  const raw = original.slice(l.start, l.end).trim();
  const items = raw.split(/\s{2,}|\t+/);
  return items.length >= 3 && items.every((w) => /^\p{Lu}/u.test(w) && w.split(/\s+/).length <= 3);
}

// A breadcrumb ending with the headline, its items glued together as a dump prints them
// ("HomeWorld NewsLeaders meet in Doha"): at most this many letters before the headline.
const CRUMB_MAX_CHARS = 40;
const squash = (s: string) => fold(s).replace(/ /g, '');

function markCopies(ctx: CleanContext, title: string, except: number | null): void {
  const key = fold(title);
  if (!key) return;
  const squashed = squash(title);
  for (const l of ctx.lines) {
    if (l.index === except || l.label === 'blank' || l.label === 'header' || l.reason === 'HeaderLine:lede') continue;
    const s = squash(l.plain);
    const crumb = squashed.length >= 20 && s.length > squashed.length && s.length - squashed.length <= CRUMB_MAX_CHARS && s.endsWith(squashed) && /^home/.test(s);
    if (fold(l.plain) === key || fold(stripSiteSuffix(l.plain)) === key || crumb) {
      mark(l, 'header', 'TitleFinder:copy');
      l.role = 'title';
    }
  }
}

export function applyTitle(ctx: CleanContext): void {
  const meta = ctx.record.meta;
  const sidecarTitle = ctx.record.sidecar?.title ?? (ctx.record.format === 'html' ? ctx.record.meta.title : null);
  if (sidecarTitle) {
    ctx.title = stripSiteSuffix(sidecarTitle);
    markCopies(ctx, ctx.title, null);
    return;
  }
  const header = headerOf(ctx);
  if (header?.title && !isJunkTitle(header.title)) {
    ctx.title = stripSiteSuffix(header.title);
    markCopies(ctx, ctx.title, null);
    return;
  }
  if (header?.title) {
    ctx.notes.push({ severity: 'info', code: 'clean/junk-header-title', message: `the header's title "${header.title}" is page furniture, not a headline; looked for the headline in the page`, start: header.titleStart, end: header.lineEnd });
  }
  const firstBody = ctx.region ? ctx.lines.findIndex((l) => l.index >= ctx.region!.first && l.quality === 'good') : ctx.lines.length;
  const limit = firstBody < 0 ? ctx.region!.first : firstBody;
  const candidates = ctx.lines.filter((l) => l.index < limit && l.label !== 'blank' && headlineShaped(l) && !menuLike(ctx.record.original ?? '', l));
  // Without anything headline-shaped above it, the first paragraph is the headline when it does
  // not end like a sentence ("Readout of the Secretary-General's meeting with ...").
  if (candidates.length === 0 && firstBody >= 0 && firstBody < ctx.lines.length) {
    const l = ctx.lines[firstBody];
    const next = ctx.lines.slice(firstBody + 1).find((x) => x.quality === 'good' && x.label === undefined);
    // Only headline-sized or Title Case: a first paragraph that lost its full stop is still the story.
    const headlineLike = l.letterWords <= 20 || l.titleRatio >= 0.6;
    if (l.label === undefined && !l.endsSentence && !l.truncated && headlineLike && next) candidates.push(l);
  }
  if (candidates.length === 0) {
    ctx.title = header?.title ? null : meta.title ? stripSiteSuffix(meta.title) : null;
    return;
  }
  const folds = ctx.lines.filter((l) => l.label !== 'blank').map((l) => ({ l, f: ` ${fold(l.plain)} `, s: squash(l.plain) }));
  let best: { line: Line; score: number } | null = null;
  for (const c of candidates) {
    const key = ` ${fold(stripSiteSuffix(c.plain))} `;
    const squashed = squash(stripSiteSuffix(c.plain));
    // Repetition: other lines equal to it or holding it (a breadcrumb ending with the headline,
    // its items glued to it or not).
    const holds = (f: string, s: string) => f.includes(key) || (squashed.length >= 20 && s.includes(squashed));
    const score = 1 + folds.filter(({ l, f, s }) => l !== c && l.words.length <= 60 && holds(f, s)).length;
    // Ties: the fuller line (a headline over a caption naming two people), then the one nearer the body.
    const fuller = best && Math.min(c.letterWords, 20) - Math.min(best.line.letterWords, 20);
    if (!best || score > best.score || (score === best.score && fold(best.line.plain) !== fold(c.plain) && fuller! >= 0)) best = { line: c, score };
  }
  const line = best!.line;
  ctx.title = stripSiteSuffix(line.plain);
  ctx.titleLine = line.index;
  mark(line, 'header', 'TitleFinder');
  line.role = 'title';
  if (ctx.region && line.index >= ctx.region.first) {
    const next = ctx.lines.find((l) => l.index > line.index && l.label === undefined && (l.quality === 'good' || l.quality === 'near'));
    ctx.region = next && next.index <= ctx.region.last ? { first: next.index, last: ctx.region.last } : ctx.region;
  }
  markCopies(ctx, ctx.title, line.index);
}
