// A page prints some things twice (a pull quote, a caption, a paragraph of a mobile copy): the
// second copy of a paragraph is boilerplate. Short lines and lines printed three times or more
// are left alone: those are structure (a recipe's "Eat every 2-3 hours", a list's labels, an
// interview's recurring question), not accidents of the page. Except a long sentence printed
// three times or more: a gallery's caption, once per slide and once per view; a story does not
// repeat a sentence of twenty words, so the copies after the first go.
import { mark, type CleanContext } from './Context.ts';
import { fold } from './Lines.ts';

const MIN_WORDS = 6;
const LONG_SENTENCE_WORDS = 20;

export function applyRepeatedLines(ctx: CleanContext): void {
  const count = new Map<string, number>();
  const keys = ctx.lines.map((l) => (l.label === 'blank' || l.letterWords < MIN_WORDS ? '' : fold(l.plain)));
  for (const k of keys) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  ctx.lines.forEach((line, i) => {
    const key = keys[i];
    const n = count.get(key) ?? 0;
    if (!key || n < 2 || (n > 2 && !(line.endsSentence && line.letterWords >= LONG_SENTENCE_WORDS))) return;
    if (seen.has(key) && !/\?["'”’)]*$/u.test(line.plain)) {
      if (line.label === undefined || line.label === 'body') {
        mark(line, 'boilerplate', 'RepeatedLineFilter');
        line.copyOf = seen.get(key);
      }
    } else seen.set(key, i);
  });
}
