// A page prints some things twice (a caption, a pull quote, the headline in capitals): the
// second copy of a line is boilerplate.
import { mark, type CleanContext } from './Context.ts';
import { fold } from './Lines.ts';

export function applyRepeatedLines(ctx: CleanContext): void {
  const seen = new Set<string>();
  for (const line of ctx.lines) {
    if (line.label === 'blank') continue;
    const key = fold(line.plain);
    if (!key) continue;
    // An interview asks every guest the same question: repeated questions are the article's own.
    if (seen.has(key) && !/\?["'”’)]*$/u.test(line.plain)) {
      if (line.label === undefined || line.label === 'body') mark(line, 'boilerplate', 'RepeatedLineFilter');
    } else seen.add(key);
  }
}
