import { report } from '../../pipeline/diagnostics.ts';
import type { ArticleRecord, LineInfo, Stage } from '../../pipeline/types.ts';
import { applyBodyRegion } from './BodyRegionFinder.ts';
import { applyCaptions } from './CaptionFilter.ts';
import { applyCommentSection } from './CommentSectionFilter.ts';
import { applyContext } from './ContextSmoother.ts';
import type { CleanContext, CleanOptions } from './Context.ts';
import { applyCueLines } from './CueLineFilter.ts';
import { applyDateline } from './DatelineFinder.ts';
import { applyHeaderLine } from './HeaderLineRule.ts';
import { detectLanguage } from './LanguageDetector.ts';
import { splitLines } from './Lines.ts';
import { applyMetaLines } from './MetaLineFilter.ts';
import { applyQuality } from './QualityClassifier.ts';
import { applyRelatedBlocks } from './RelatedBlockFilter.ts';
import { applyRepeatedLines } from './RepeatedLineFilter.ts';
import { applySiteTemplates } from './SiteTemplateFilter.ts';
import { assembleText } from './TextAssembler.ts';
import { findTextDate } from './TextDateFinder.ts';
import { applyTitle } from './TitleFinder.ts';
import { applyStandfirst } from './StandfirstRule.ts';
import { dateFromUrl } from './UrlDateFinder.ts';

export type { CleanOptions } from './Context.ts';

// The rules in order. Each reads what the earlier ones decided:
// - the header and cue lines are certain, so they go first;
// - quality (prose or not) feeds repetition, captions and the related-block end;
// - the body region needs every line's score, the title is looked for above it;
// - the dateline and the smoother work inside the region.
const RULES: ((ctx: CleanContext) => void)[] = [
  applyHeaderLine,
  applySiteTemplates,
  applyCueLines,
  applyMetaLines,
  applyQuality,
  applyRepeatedLines,
  applyCaptions,
  applyRelatedBlocks,
  applyCommentSection,
  applyBodyRegion,
  applyTitle,
  applyStandfirst,
  applyDateline,
  applyContext,
];

/** Labels every line of `original`; exported for tests and the benchmark. */
export function classify(record: ArticleRecord, options: CleanOptions): CleanContext {
  const ctx: CleanContext = {
    original: record.original,
    lines: splitLines(record.original),
    record,
    options,
    region: null,
    title: null,
    titleLine: null,
    dateline: null,
    notes: [],
  };
  for (const rule of RULES) rule(ctx);
  for (const l of ctx.lines) if (l.label === undefined) {
    l.label = 'boilerplate';
    l.reason = 'Unclaimed';
  }
  return ctx;
}

export const cleanStage: Stage<CleanOptions> = {
  name: 'clean',
  description: 'boilerplate lines removed, title and dateline found, offset map kept',
  requires: ['original', 'meta'],
  assigns: ['text', 'offsets', 'lines', 'meta'],
  defaults: { minGoodWords: 10, minStopRatio: 0.2, minLanguageChars: 60, siteTemplates: false, siteTemplateMinArticles: 5, siteTemplateMinShare: 0.5 },
  run(record: ArticleRecord, options: CleanOptions): ArticleRecord {
    const o = { ...cleanStage.defaults, ...options };
    const ctx = classify(record, o);
    const { text, offsets } = assembleText(record.original, ctx.lines);
    const lines: LineInfo[] = ctx.lines.map((l) => ({ start: l.lineStart, end: l.lineEnd, label: l.label!, reason: l.reason }));
    const meta = { ...record.meta, title: ctx.title, dateline: ctx.dateline };
    let r: ArticleRecord = { ...record, text, offsets, lines, meta, diagnostics: [...record.diagnostics] };
    for (const n of ctx.notes) r = report(r, 'clean', n.severity, n.code, n.message, n.start != null ? { start: n.start, end: n.end ?? n.start } : undefined);

    if (meta.publishedAtSource == null || meta.publishedAtSource === 'flag') {
      const fromUrl = dateFromUrl(meta.url);
      const fromText = fromUrl ? null : findTextDate(ctx);
      if (fromUrl) {
        meta.publishedAt = fromUrl;
        meta.publishedAtSource = 'url';
      } else if (fromText) {
        meta.publishedAt = fromText.value;
        meta.publishedAtSource = 'text';
      }
    }

    if (!text.trim()) {
      r = report(r, 'clean', 'warning', 'clean/no-body', 'no line of the input looks like article text; the cleaned text is empty');
    }
    const language = detectLanguage(text, o.minLanguageChars);
    meta.language = language;
    if (language && language !== 'en') {
      r = { ...report(r, 'clean', 'warning', 'clean/not-english', `the text is in language "${language}", not English; entities, times and events are skipped`), skipNlp: `language ${language}` };
    }
    return r;
  },
};
