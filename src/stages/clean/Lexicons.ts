// The stage's data files, read once at module load (the only I/O the stage does).
import { readFileSync } from 'node:fs';
import countries from 'world-countries';

function load<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8')) as T;
}

interface CueFile {
  categories: Record<string, { maxWords: number; patterns: string[]; storyStays?: boolean }>;
  storyAttribution: string[];
  relatedHeaders: string[];
  inlineTeaser: string[];
  commentHeaders: string[];
  embedSignature: string[];
  aboutParagraphs: string[];
  aboutHeaders: string[];
  aboutParagraphsNot: string[];
}

const cues = load<CueFile>('cues.json');
const compile = (p: string) => new RegExp(p, 'iu');

export const STOPWORDS: ReadonlySet<string> = new Set(load<string[]>('stopwords.json'));
const other = load<Record<string, string[]>>('stopwords-other.json');
delete other._doc;
/** Stop lists by language, English first. */
export const STOPLISTS: { lang: string; words: ReadonlySet<string> }[] = [
  { lang: 'en', words: STOPWORDS },
  ...Object.entries(other).map(([lang, words]) => ({ lang, words: new Set(words) as ReadonlySet<string> })),
];

export const CUE_CATEGORIES: { name: string; maxWords: number; patterns: RegExp[]; storyStays: boolean }[] = Object.entries(cues.categories).map(
  ([name, c]) => ({ name, maxWords: c.maxWords, patterns: c.patterns.map(compile), storyStays: c.storyStays === true }),
);
export const STORY_ATTRIBUTION: RegExp[] = cues.storyAttribution.map(compile);
export const RELATED_HEADERS: RegExp[] = cues.relatedHeaders.map(compile);
export const INLINE_TEASERS: RegExp[] = cues.inlineTeaser.map(compile);
export const COMMENT_HEADERS: RegExp[] = cues.commentHeaders.map(compile);
export const EMBED_SIGNATURES: RegExp[] = cues.embedSignature.map(compile);
export const ABOUT_PARAGRAPHS: RegExp[] = cues.aboutParagraphs.map(compile);
export const ABOUT_HEADERS: RegExp[] = cues.aboutHeaders.map(compile);
export const ABOUT_PARAGRAPHS_NOT: RegExp[] = cues.aboutParagraphsNot.map(compile);

const caption = load<{ position: string; trailingCredit: string; leading: string; verbs: string[]; shapes: string[] }>('caption.json');
export const CAPTION_POSITION = new RegExp(caption.position, 'iu');
export const CAPTION_CREDIT = new RegExp(caption.trailingCredit, 'iu');
export const CAPTION_LEADING = new RegExp(caption.leading, 'iu');
export const CAPTION_VERBS: ReadonlySet<string> = new Set(caption.verbs);
export const CAPTION_SHAPES: RegExp[] = caption.shapes.map((p) => new RegExp(p, 'u'));

const suffixes = load<{ separators: string[]; maxWords: number }>('site-suffixes.json');
export const SITE_SEPARATORS: readonly string[] = suffixes.separators;
export const SITE_SUFFIX_MAX_WORDS = suffixes.maxWords;

const langs = load<Record<string, string>>('languages.json');
delete langs._doc;
export const LANGUAGES: Readonly<Record<string, string>> = langs;

// Places a standalone dateline line names: national capitals and the cities in data/cities.json.
const capitals = (countries as unknown as { capital?: string[] }[]).flatMap((c) => c.capital ?? []);
export const DATELINE_PLACES: ReadonlySet<string> = new Set([...capitals, ...load<{ cities: string[] }>('cities.json').cities].map((p) => p.toLowerCase()));

export const ENTITIES: Readonly<Record<string, string>> = load<Record<string, string>>('entities.json');
export const MONTHS: Readonly<Record<string, number>> = load<Record<string, number>>('months.json');
const otherMonths = load<Record<string, number>>('months-other.json');
delete otherMonths._doc;
/** Month names of other languages (day-first dates: '12 de marzo de 2025', '12 марта 2025'). */
export const MONTHS_OTHER: Readonly<Record<string, number>> = otherMonths;
