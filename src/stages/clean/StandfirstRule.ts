// The standfirst: a sentence or two right under the headline and above the byline ("Tokyo and
// Beijing have rebuilt their channels ... The hard questions remain."). It is the article's own
// summary, so it is kept, though it sits above the byline that starts the story's region.
import { mark, type CleanContext } from './Context.ts';

const STORY_START = /^(?:CueLineFilter:byline|MetaLineFilter)$/;

export function applyStandfirst(ctx: CleanContext): void {
  if (ctx.titleLine === null || !ctx.region) return;
  const after = ctx.lines.filter((l) => l.index > ctx.titleLine! && l.label !== 'blank');
  const line = after[0];
  if (!line || line.index >= ctx.region.first || line.reason !== 'BodyRegionFinder') return;
  if ((line.quality !== 'good' && line.quality !== 'near') || !line.endsSentence || line.letterWords < 8 || line.letterWords > 60) return;
  if (!after.slice(1, 4).some((l) => l.reason && STORY_START.test(l.reason))) return;
  mark(line, 'body', 'Standfirst');
}
