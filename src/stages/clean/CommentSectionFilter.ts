// Reader comments come after the article and read like prose ("It's time for both Chargers fans
// to come to grips with reality"). Once a comment section opens ("34 responses to ...", "Leave a
// reply", "joetoronto says:") below some article text, nothing after it is the story.
import { mark, type CleanContext } from './Context.ts';
import { COMMENT_HEADERS } from './Lexicons.ts';
import type { Line } from './Lines.ts';

// Prose (letter words in good lines) that must stand above a comment header: a "Comments" link
// in the navigation above the story does not end it.
const MIN_WORDS_ABOVE = 60;

export function isCommentHeader(l: Pick<Line, 'plain' | 'words'>): boolean {
  const text = l.plain.replace(/\s*(\.\.\.|…|»|›|>)+\s*$/u, '').replace(/^[\[(]\s*(.*?)\s*[\])]$/u, '$1');
  return l.words.length <= 16 && COMMENT_HEADERS.some((p) => p.test(text));
}

export function applyCommentSection(ctx: CleanContext): void {
  let above = 0;
  for (let i = 0; i < ctx.lines.length; i++) {
    const l = ctx.lines[i];
    if (l.label === 'blank') continue;
    if (above >= MIN_WORDS_ABOVE && isCommentHeader(l)) {
      for (const x of ctx.lines.slice(i)) {
        if (x.label === undefined || x.label === 'body') mark(x, 'boilerplate', x === l ? 'CommentSectionFilter:header' : 'CommentSectionFilter');
      }
      return;
    }
    if (l.quality === 'good' && (l.label === undefined || l.label === 'body')) above += l.letterWords;
  }
}
