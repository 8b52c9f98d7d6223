// The headline. A sidecar's title wins; then the date header's, unless it is page furniture
// ("Contact Us", "+ ↺ − 16 px", "By WAM"); then the headline-shaped line above the body that
// the page repeats most (pages print the headline in the breadcrumb, the <h1>, in capitals).
import { mark, type CleanContext } from './Context.ts';
import { isCueLine } from './CueLineFilter.ts';
import { SITE_SEPARATORS, SITE_SUFFIX_MAX_WORDS } from './Lexicons.ts';
import { featuresOf, fold, type Line } from './Lines.ts';
import { standaloneDateline } from './DatelineFinder.ts';
import { headerOf } from './HeaderLineRule.ts';
import { siteNameTest } from './SiteName.ts';

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
    if (!t.slice(cut).startsWith(' | ') && ATTRIBUTION_TAIL.test(tail)) break;
    t = head;
  }
  return stripSitePrefix(t).replace(WIRE_TAG, '');
}

// Wire headlines name their source after a dash ("Putin, Tokayev agree to meet in June —
// Kremlin", "Talks to resume next week - Foreign Ministry source"): the tail is a speaker, part of
// the headline, not the site's name. A pipe always sets off the site.
const ATTRIBUTION_TAIL = /(?:^|\s)(kremlin|ministry|mfa|source|sources|official|officials|spokesman|spokeswoman|spokesperson|expert|experts|envoy|diplomat|diplomats|embassy|ambassador|president|minister|premier|chancellor|governor|aide|analyst|analysts|lawmaker|senator|poll|survey|report|statement|study|media|white house|pentagon|state department|un chief)$/i;

// A wire's version tag before the headline: "(LEAD) ...", "(2nd LD) ...", "UPDATE 2-...", "(URGENT) ...".
const WIRE_TAG = /^(?:\((?:LEAD|\d+(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \d+)?|CORRECTED|REFILE|RPT|WRAPUP(?: \d+)?|EXCLUSIVE|BREAKING)\)\s+|(?:UPDATE \d+|WRAPUP \d+|REFILE|CORRECTED|EXCLUSIVE|BREAKINGVIEWS)-(?=\S))/;

// "Xinhua | Wang Yi holds talks ...", "Opinion » Why the talks failed": a site or section name
// before a pipe-like separator (not a dash or a colon, which join two halves of a headline:
// "Erdogan - Putin talks end").
const PREFIX_SEPARATORS = [' | ', ' :: ', ' » ', ' • ', ' · '];
const PREFIX_MAX_WORDS = 3;
function stripSitePrefix(title: string): string {
  let cut = -1;
  let sep = '';
  for (const s of PREFIX_SEPARATORS) {
    const i = title.indexOf(s);
    if (i > 0 && (cut < 0 || i < cut)) [cut, sep] = [i, s];
  }
  if (cut < 0) return title;
  const headWords = title.slice(0, cut).trim().split(/\s+/).length;
  const tail = title.slice(cut + sep.length).trim();
  const tailWords = tail.split(/\s+/).length;
  return headWords <= PREFIX_MAX_WORDS && tailWords >= 3 && tailWords >= 2 * headWords ? tail : title;
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

// A copy of the headline is the headline plus a breadcrumb or a site suffix, not a paragraph.
const COPY_EXTRA_WORDS = 12;

const STORY_START = /^(?:CueLineFilter:byline|CueLineFilter:timestamp|CueLineFilter:widget|MetaLineFilter)$/;

/**
 * A standfirst in headline style right under the headline and above the byline ("Fidan, Lavrov
 * discuss Ukraine" over "Turkish foreign minister hosts Russian counterpart at forum"): at least
 * as long as a headline of its own, in sentence case. A short line above a headline (a weather
 * widget, a kicker) does not make the headline a standfirst.
 */
function isStandfirstUnder(lines: Line[], headline: Line, l: Line): boolean {
  return adjacent(lines, headline, l) && aboveStoryStart(lines, l) && headline.letterWords >= STANDFIRST_HEADLINE_MIN && l.letterWords >= headline.letterWords && l.titleRatio < 0.6;
}
const STANDFIRST_HEADLINE_MIN = 6;

// Most of the words of a URL's slug in a line: the line is the headline the slug was made from.
const SLUG_BONUS = 2;
const SLUG_MIN_WORDS = 3;
const SLUG_SHARE = 0.6;
function slugMatch(url: string | null): (l: Line) => boolean {
  let path = '';
  try {
    path = url ? decodeURIComponent(new URL(url).pathname) : '';
  } catch {
    path = '';
  }
  const segment = path.split('/').reduce((a, b) => (b.split(/[-_]/).length > a.split(/[-_]/).length ? b : a), '');
  const words = fold(segment.replace(/\.[a-z]{2,5}$/i, '').replace(/[-_]/g, ' '))
    .split(' ')
    .filter((w) => /\p{L}/u.test(w) && !/\d/.test(w) && w.length >= 2);
  if (words.length < SLUG_MIN_WORDS) return () => false;
  return (l: Line) => {
    const have = new Set(fold(l.plain).split(' '));
    return words.filter((w) => have.has(w)).length / words.length >= SLUG_SHARE;
  };
}

/** No other text between the two lines. */
function adjacent(lines: Line[], a: Line, b: Line): boolean {
  for (let k = a.index + 1; k < b.index; k++) if (lines[k].label !== 'blank') return false;
  return true;
}

/** The next text line is a byline or a date line: the story starts under this line. */
export function aboveStoryStart(lines: Line[], l: Line): boolean {
  for (let k = l.index + 1; k < lines.length; k++) {
    if (lines[k].label === 'blank') continue;
    return STORY_START.test(lines[k].reason ?? '');
  }
  return false;
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
  const isSiteName = siteNameTest(ctx);
  if (header?.title && !isJunkTitle(header.title) && !isSiteName(header.title)) {
    ctx.title = stripSiteSuffix(header.title);
    markCopies(ctx, ctx.title, null);
    return;
  }
  if (header?.title) {
    const what = isJunkTitle(header.title) ? 'page furniture' : "the site's name";
    ctx.notes.push({ severity: 'info', code: 'clean/junk-header-title', message: `the header's title "${header.title}" is ${what}, not a headline; looked for the headline in the page`, start: header.titleStart, end: header.lineEnd });
  }
  const firstBody = ctx.region ? ctx.lines.findIndex((l) => l.index >= ctx.region!.first && l.quality === 'good') : ctx.lines.length;
  const limit = firstBody < 0 ? ctx.region!.first : firstBody;
  const shaped = ctx.lines.filter((l) => l.index < limit && l.label !== 'blank' && headlineShaped(l) && !menuLike(ctx.record.original ?? '', l) && !isSiteName(l.plain));
  const slug = slugMatch(ctx.record.meta.url ?? ctx.record.sidecar?.url ?? null);
  const candidates = shaped.filter((l, k) => k === 0 || slug(l) || !isStandfirstUnder(ctx.lines, shaped[k - 1], l));
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
    // Only copies count: a paragraph of the story or the copyright line may name the site, which
    // is no reason to take the site's name for the headline.
    const copy = (l: Line) => l !== c && l.words.length <= c.words.length + COPY_EXTRA_WORDS && !/^CueLineFilter:legal/.test(l.reason ?? '');
    // The page's address spells the headline ("/news/tokayev-receives-uzbek-minister-4b7c2e/").
    const score = 1 + folds.filter(({ l, f, s }) => copy(l) && holds(f, s)).length + (slug(c) ? SLUG_BONUS : 0);
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
