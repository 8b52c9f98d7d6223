// Photo captions: they name who stands where ("(L)", "(right)"), end with a credit
// ("(Xinhua/Huang Jingwen)", "(File photo: AFP)"), or, above the story, describe the picture in
// the present tense ("X and Y greet each other before the summit ...") where a lede says "met".
import { mark, type CleanContext } from './Context.ts';
import { CAPTION_CREDIT, CAPTION_LEADING, CAPTION_POSITION, CAPTION_SHAPES, CAPTION_VERBS } from './Lexicons.ts';
import type { Line } from './Lines.ts';

// Words that may sit between the names of a caption's subject ("X and his counterpart Y").
const SUBJECT_GLUE = new Set(['and', 'of', 'the', 'his', 'her', 'their', 'its', 'counterpart', 'bin', 'bint', 'ibn', 'al', 'el', 'de', 'da', 'di', 'von', 'van', 'der', 'den', 'la', 'le', 'du', 'y', 'foreign', 'prime', 'minister', 'president', 'leader', '&',
  // "X, right, and Y pose for photographs": where each stands.
  'left', 'right', 'centre', 'center', 'front', 'second', 'from']);

export function isMarkedCaption(l: Line): boolean {
  return l.letterWords <= 90 && (CAPTION_POSITION.test(l.plain) || CAPTION_CREDIT.test(l.plain) || CAPTION_LEADING.test(l.plain) || CAPTION_SHAPES.some((p) => p.test(l.plain)));
}

/** "A and B greet each other ..." : a capitalised subject, then a present-tense picture verb. */
export function isPresentTenseCaption(l: Line): boolean {
  // "... before their meeting in Tokyo, March 22, 2025. Credit: Japan Ministry of Foreign Affairs": a trailing credit.
  const plain = l.plain.replace(/\.\s+(?:credit|credits|photo|picture|image|source)\s*:\s*[^.]{1,80}$/i, '.');
  if (l.letterWords < 8 || l.letterWords > 70 || !/[.)]$/.test(plain)) return false;
  const tokens = plain.split(/\s+/).slice(0, 25);
  let names = 0;
  for (const raw of tokens) {
    const t = raw.replace(/^[("'“‘]+|[)"'”’,:;]+$/g, '');
    if (!t) continue;
    const lower = t.toLowerCase();
    if (CAPTION_VERBS.has(lower) && names >= 2) return true;
    if (/^\p{Lu}/u.test(t) || /^\(\p{Lu}{1,2}\)$/u.test(raw)) names++;
    else if (!SUBJECT_GLUE.has(lower) && !/^[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*$/u.test(t)) return false;
  }
  return false;
}

export function applyCaptions(ctx: CleanContext): void {
  const lines = ctx.lines.filter((l) => l.label === undefined);
  // A byline or date line starts the story: a standfirst above it is not yet its first paragraph.
  const storyStart = ctx.lines.find((l) => l.reason === 'CueLineFilter:byline' || l.reason === 'MetaLineFilter');
  for (const l of lines) if (isMarkedCaption(l)) mark(l, 'boilerplate', 'CaptionFilter:marked');
  // Present-tense captions only above the first paragraph of the story: in the body the same
  // shape is a sentence in the historic present.
  for (const l of lines) {
    if (l.label !== undefined) continue;
    if (l.quality !== 'good' && l.quality !== 'near') continue;
    if (isPresentTenseCaption(l)) {
      mark(l, 'boilerplate', 'CaptionFilter:present-tense');
      continue;
    }
    if (l.quality === 'good' && !(storyStart && l.index < storyStart.index)) break;
  }
}
