// jusText's first pass: how much a line looks like running prose, from its length, its share
// of function words and whether it ends like a sentence.
import type { CleanContext, CleanOptions } from './Context.ts';
import { STOPWORDS } from './Lexicons.ts';
import type { Line, Quality } from './Lines.ts';

export function qualityOf(l: Line, o: CleanOptions): Quality {
  const n = l.letterWords;
  if (n === 0) return 'bad';
  // A teaser cut short mid-sentence ("His attempt to attend Trump’s…") is a link to another
  // page; a paragraph whose last sentence ended before the "…" is the page's own.
  if (l.truncated && n < 40 && !/[.!?]["'”’)]*\s*(\.\.\.|…)["'”’)\]]*$/u.test(l.plain)) return 'bad';
  // A dump cut off mid-sentence ends on a function word ("was announced by the"): a body
  // fragment, never a menu item or a headline.
  if (n >= 3 && !l.endsSentence && STOPWORDS.has(l.words[l.words.length - 1] ?? '') && /\p{Ll}$/u.test(l.plain)) return 'near';
  const stops = l.stopRatio * l.words.length;
  // A link list's headline glued to its teaser ("... Student-AthleteA 24-year-old woman ...").
  if (gluedTeaser(l.plain)) return 'bad';
  // Title Case without a final period is a headline, most often another story's.
  if (n >= 3 && n <= 20 && l.titleRatio >= 0.75 && !/[.!]["'”’)]*$/u.test(l.plain)) return 'short';
  if (n >= o.minGoodWords && l.stopRatio >= o.minStopRatio && (l.endsSentence || l.truncated || n >= 2 * o.minGoodWords)) return 'good';
  if (n >= 2 * o.minGoodWords && l.stopRatio >= o.minStopRatio / 2) return 'good';
  if ((n >= 4 && l.endsSentence && stops >= 1) || (n >= o.minGoodWords && l.stopRatio >= o.minStopRatio / 2)) return 'near';
  // A short sentence ("Scholz agreed.", "Erdogan met Scholz."): capital first, full stop after a
  // lower-case word. Menu items and labels do not end that way.
  if (n >= 2 && l.endsSentence && /^["'“‘(]?\p{Lu}/u.test(l.plain) && /\p{Ll}[.!?]["'”’)]*$/u.test(l.plain)) return 'near';
  return 'short';
}

export function applyQuality(ctx: CleanContext): void {
  for (const l of ctx.lines) if (l.label !== 'blank') l.quality = qualityOf(l, ctx.options);
}

const GLUE = /(\p{Ll}{3,}|\d)(\p{Lu}\p{Ll}*)\s/gu;

/** "Headline In Title CaseThe teaser's first sentence": a capital glued to a title-case run. */
export function gluedTeaser(plain: string): boolean {
  for (const m of plain.slice(0, 160).matchAll(GLUE)) {
    // A lone capital is a word only as "A" or "I": "SpaceX and", "3D Sound", "$449K on" are names and units.
    if (m[2].length === 1 && m[2] !== 'A' && m[2] !== 'I') continue;
    const head = plain.slice(0, m.index! + m[1].length).split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (head.length < 4) continue;
    const caps = head.filter((w) => /^[\p{Lu}\d"'‘“(]/u.test(w)).length;
    if (caps / head.length >= 0.7) return true;
  }
  return false;
}
