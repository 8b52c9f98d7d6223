// The standfirst: a sentence or two right under the headline and above the byline ("Tokyo and
// Beijing have rebuilt their channels ... The hard questions remain."). It is the article's own
// summary, so it is kept, though it sits above the byline that starts the story's region.
import { mark, type CleanContext } from './Context.ts';
import type { Line } from './Lines.ts';

const STORY_START = /^(?:CueLineFilter:byline|MetaLineFilter)$/;
const SUMMARY_MIN_WORDS = 6;

export function applyStandfirst(ctx: CleanContext): void {
  if (ctx.titleLine === null || !ctx.region) return;
  const after = ctx.lines.filter((l) => l.index > ctx.titleLine! && l.label !== 'blank');
  const line = after[0];
  if (!line || line.index >= ctx.region.first || line.reason !== 'BodyRegionFinder') return;
  if (line.letterWords > 60) return;
  const sentence = (line.quality === 'good' || line.quality === 'near') && line.endsSentence && line.letterWords >= 8;
  // A headline-style summary without a full stop ("Minister co-chairs business forum, meets
  // Uzbek president"), in sentence case (a Title Case line there is a kicker or a section), right
  // above the byline.
  const summary = !sentence && line.quality !== 'bad' && !line.endsSentence && line.letterWords >= SUMMARY_MIN_WORDS && line.titleRatio < 0.6 && bylineFollows(after.slice(1, 3));
  if (!sentence && !summary) return;
  if (!after.slice(1, 4).some((l) => l.reason && STORY_START.test(l.reason))) return;
  mark(line, 'body', 'Standfirst');
}

// The byline or date line next, maybe after the author's bare name ("Jane Roe" then "Feb 10, 2025").
const NAME_MAX_WORDS = 4;
function bylineFollows(next: Line[]): boolean {
  const k = next.findIndex((l) => l.reason !== undefined && STORY_START.test(l.reason));
  return k === 0 || (k === 1 && next[0].letterWords <= NAME_MAX_WORDS && next[0].titleRatio === 1);
}
