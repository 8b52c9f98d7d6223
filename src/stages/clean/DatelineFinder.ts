// The dateline that opens a wire story: "ANKARA", "DOHA, May 5 (Reuters) -",
// "BEIJING, June 7 (Xinhua) --", "New Delhi, April 26:". On its own line just above the body it
// is part of the body; inside the first paragraph its place name becomes meta.dateline. Lines
// between the headline and a dated dateline paragraph (a caption, a teaser) are not the story.
import { mark, type CleanContext } from './Context.ts';
import { DATELINE_PLACES } from './Lexicons.ts';
import type { Line } from './Lines.ts';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH})(?:,?\\s*\\d{4})?`;
const CAPS_PLACE = "\\p{Lu}[\\p{Lu}'’.\\-]+(?:[ /]\\p{Lu}[\\p{Lu}'’.\\-]+){0,3}";
const TITLE_PLACE = "\\p{Lu}[\\p{Ll}'’.\\-]+(?:\\s\\p{Lu}[\\p{Ll}'’.\\-]+){0,2}";
const PARENS = '\\((?:[^()]|\\([^()]*\\)){1,80}\\)';
const DASH = '(?:-{1,2}|–|—|:)';
const BRACKET = '(?:\\s*\\[[^\\]]{1,30}\\])?'; // "Abu Dhabi [UAE]," (ANI's habit)
const COUNTRY = "(?:\\s*,\\s*\\p{Lu}[\\p{L}.'’-]+(?:\\s\\p{Lu}[\\p{L}.'’-]+){0,2})?"; // "KYIV, Ukraine (AP) —"

// "DOHA, May 5 (Reuters) -" / "JEDDAH (UrduPoint ...) :" / "ANKARA -" / "New Delhi, April 26:"
const INLINE = new RegExp(
  `^(?:(${CAPS_PLACE})${BRACKET}(?:\\s*,\\s*(?:\\p{Lu}[\\p{L}]+\\s*,\\s*)?${DAY}|${COUNTRY})?\\s*(?:${PARENS})?\\s*${DASH}|(${TITLE_PLACE})${BRACKET}${COUNTRY}\\s*,\\s*${DAY}\\s*(?:${PARENS})?\\s*${DASH})`,
  'u',
);
// The dated kind, strong enough to mark where a story starts.
const DATED = new RegExp(`^(?:${CAPS_PLACE}|${TITLE_PLACE})${BRACKET}\\s*(?:,\\s*${DAY}\\s*)?(?:${PARENS})?\\s*${DASH}`, 'u');
const STANDALONE_CAPS = new RegExp(`^(${CAPS_PLACE})\\s*${DASH}?$`, 'u');
const STANDALONE_DATED = new RegExp(`^(${TITLE_PLACE}|${CAPS_PLACE})\\s*,\\s*${DAY}\\s*${DASH}?$`, 'u');

/** The place name a line opens with as a dateline, or null. */
export function inlineDateline(text: string): string | null {
  const m = INLINE.exec(text);
  if (!m) return null;
  const place = (m[1] ?? m[2]).trim();
  // "US -" or "UN:" are subjects of a headline-like sentence as often as datelines.
  return place.replace(/[^\p{L}]/gu, '').length >= 3 ? place : null;
}

export function standaloneDateline(text: string): string | null {
  const m = STANDALONE_CAPS.exec(text) ?? STANDALONE_DATED.exec(text);
  if (!m) return null;
  const words = m[1].split(/\s+/).length;
  return words <= 4 && m[1].replace(/[^\p{L}]/gu, '').length >= 3 ? m[1].trim() : null;
}

function prevContent(lines: Line[], i: number): Line | null {
  for (let k = i - 1; k >= 0; k--) if (lines[k].label !== 'blank') return lines[k];
  return null;
}

/** A page that opens with nothing but a known city ("New York", then the date, then the readout). */
function openingPlace(ctx: CleanContext): void {
  const firstLine = ctx.lines.find((l) => l.label !== 'blank' && l.label !== 'header');
  if (!firstLine || !ctx.region || firstLine.index >= ctx.region.first) return;
  if (firstLine.label !== undefined && firstLine.reason !== 'BodyRegionFinder') return;
  const place = firstLine.plain.replace(/[\s,:–—-]+$/u, '');
  if (place.split(/\s+/).length > 4 || !DATELINE_PLACES.has(place.toLowerCase())) return;
  mark(firstLine, 'body', 'DatelineFinder:opening-place');
  firstLine.role = 'dateline';
  ctx.dateline ??= place;
}

export function applyDateline(ctx: CleanContext): void {
  if (!ctx.region) return;
  openingPlace(ctx);
  const lines = ctx.lines;
  const first = lines[ctx.region.first];
  const before = prevContent(lines, ctx.region.first);
  if (before && (before.label === undefined || before.reason === 'BodyRegionFinder')) {
    const place = standaloneDateline(before.plain);
    if (place) {
      mark(before, 'body', 'DatelineFinder');
      before.role = 'dateline';
      ctx.dateline = place;
      return;
    }
  }
  const own = inlineDateline(first.plain);
  if (own) {
    ctx.dateline = own;
    return;
  }
  // A dated dateline a little further down: what stands above it is not the story.
  let seen = 0;
  for (let i = ctx.region.first + 1; i <= ctx.region.last && seen < 3; i++) {
    const l = lines[i];
    if (l.label === 'blank' || l.quality !== 'good') continue;
    seen++;
    if (!DATED.test(l.plain) || !/\d|\(/.test(l.plain.slice(0, 80))) continue;
    const place = inlineDateline(l.plain);
    if (!place) continue;
    ctx.dateline = place;
    for (let k = ctx.region.first; k < i; k++) {
      if (lines[k].label === undefined) mark(lines[k], 'boilerplate', 'DatelineFinder:before-lede');
    }
    ctx.region = { first: i, last: ctx.region.last };
    return;
  }
}
