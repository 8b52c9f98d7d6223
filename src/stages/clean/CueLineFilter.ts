// Lines that say what they are: navigation, share buttons, widgets, prompts, ads, comment
// forms, legal notices, bylines, photo credits, tag lists, inline "Read more:" teasers.
import { mark, open, type CleanContext } from './Context.ts';
import { CUE_CATEGORIES, INLINE_TEASERS, STORY_ATTRIBUTION } from './Lexicons.ts';
import type { Line } from './Lines.ts';

/** The cue category a line falls in, or null. */
export function cueOf(plain: string, words: number): string | null {
  let attributed: boolean | undefined;
  for (const c of CUE_CATEGORIES) {
    if (words > c.maxWords) continue;
    // A prompt speaks to the reader; a line that says who said it is the story's.
    if (c.storyStays && (attributed ??= STORY_ATTRIBUTION.some((p) => p.test(plain)))) continue;
    if (c.patterns.some((p) => p.test(plain))) return c.name;
  }
  if (words <= 30 && INLINE_TEASERS.some((p) => p.test(plain))) return 'teaser';
  return null;
}

export function isCueLine(line: Pick<Line, 'plain' | 'words'>): boolean {
  return cueOf(line.plain, line.words.length) !== null;
}

/** "https://www.example.com/news/a-1.html" and "example.com/news/a-1.html/" name the same page. */
const bareUrl = (s: string) => s.trim().toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[/#?]+$/, '');

export function applyCueLines(ctx: CleanContext): void {
  // The page printing its own address (a share box's "copy link" field).
  const own = ctx.record.meta.url ? bareUrl(ctx.record.meta.url) : null;
  for (const line of ctx.lines) {
    if (!open(line)) continue;
    if (own && own.length > 8 && !/\s/.test(line.plain) && bareUrl(line.plain) === own) {
      mark(line, 'boilerplate', 'CueLineFilter:own-url');
      continue;
    }
    const cue = cueOf(line.plain, line.words.length);
    if (cue) mark(line, 'boilerplate', `CueLineFilter:${cue}`);
  }
}
