// A page prints some things twice (a pull quote, a caption, a paragraph of a mobile copy): the
// second copy of a paragraph is boilerplate. Short lines and lines printed three times or more
// are left alone: those are structure (a recipe's "Eat every 2-3 hours", a list's labels, an
// interview's recurring question), not accidents of the page.
import { mark, type CleanContext } from './Context.ts';
import { fold } from './Lines.ts';

const MIN_WORDS = 6;

export function applyRepeatedLines(ctx: CleanContext): void {
  const count = new Map<string, number>();
  const keys = ctx.lines.map((l) => (l.label === 'blank' || l.letterWords < MIN_WORDS ? '' : fold(l.plain)));
  for (const k of keys) if (k) count.set(k, (count.get(k) ?? 0) + 1);
  const seen = new Map<string, number>();
  ctx.lines.forEach((line, i) => {
    const key = keys[i];
    if (!key || count.get(key) !== 2) return;
    if (seen.has(key) && !/\?["'”’)]*$/u.test(line.plain)) {
      if (line.label === undefined || line.label === 'body') {
        mark(line, 'boilerplate', 'RepeatedLineFilter');
        line.copyOf = seen.get(key);
      }
    } else seen.set(key, i);
  });
}
