// "Related", "Read more", "Recent posts", "Comments": a header after which a page lists other
// stories, their headlines and teaser paragraphs (which look like prose). Everything under the
// header is boilerplate until the story visibly resumes: three prose paragraphs among four lines
// (a teaser list alternates each teaser with its kicker or headline).
import { mark, type CleanContext } from './Context.ts';
import { ABOUT_HEADERS, RELATED_HEADERS } from './Lexicons.ts';
import type { Line } from './Lines.ts';
import { isEmbedSignature } from './MetaLineFilter.ts';
import { inlineDateline } from './DatelineFinder.ts';

const headerText = (l: Pick<Line, 'plain'>) => l.plain.replace(/\s*(\.\.\.|…|:|»|›|>)+\s*$/u, '');

export function isRelatedHeader(l: Pick<Line, 'plain' | 'words'>): boolean {
  return l.words.length <= 8 && (RELATED_HEADERS.some((p) => p.test(headerText(l))) || isAboutHeader(l));
}

/** "About the author", "Sobre Carlos Nadalim": what follows is a bio, however much it reads like the story. */
export function isAboutHeader(l: Pick<Line, 'plain' | 'words'>): boolean {
  return l.words.length <= 8 && ABOUT_HEADERS.some((p) => p.test(headerText(l)));
}

const RESUME_WINDOW = 4;
const INLINE_BOX = 4;
const RESUME_GOOD = 3;

export function applyRelatedBlocks(ctx: CleanContext): void {
  const lines = ctx.lines;
  // Prose words above each line, counted once (pages can have thousands of lines).
  const above: number[] = [];
  let words = 0;
  for (const l of lines) {
    above.push(words);
    if (l.label === undefined && l.quality === 'good') words += l.letterWords;
  }
  for (let i = 0; i < lines.length; i++) {
    const h = lines[i];
    if (h.label === 'blank' || h.label === 'header' || !isRelatedHeader(h)) continue;
    mark(h, 'boilerplate', 'RelatedBlockFilter:header');
    h.role = 'related-header';
    let j = i + 1;
    let size = 0;
    // Below the story a byline-and-date line starts the next teaser, not a story.
    const belowStory = above[i] >= 60;
    const about = belowStory && isAboutHeader(h);
    let headlinesOnly = true; // the block so far holds only headline-like link lines
    for (; j < lines.length; j++) {
      if (lines[j].label === 'blank') continue;
      if (isRelatedHeader(lines[j])) break;
      // A header whose links are gone (the dump kept only its title) in the middle of the story.
      const emptyBox = !about && size === 0 && hasProseBefore(lines, i) && lines[j].quality === 'good' && lines[j].endsSentence && lines[j].letterWords >= 25;
      // Above the story a header is a menu item: its block ends at the first paragraph.
      const aboveStoryEnds = !belowStory && lines[j].label === undefined && lines[j].quality === 'good';
      // A wire story's first sentence with the story going on after it, wherever the block is.
      const wireLede = lines[j].label === undefined && isWireLede(lines[j]) && nextIsProse(lines, j);
      // A box of headline links ("READ ALSO" and a headline) and then sentences again.
      const afterLinks = headlinesOnly && resumesAfterLinks(lines, j, !about && !TAG_HEADER.test(headerText(h)));
      if (emptyBox || aboveStoryEnds || wireLede || afterLinks || resumes(lines, j) || (!belowStory && startsStory(lines, j))) {
        // A box of a few links inside the story ("Related articles" and two headlines): the
        // story goes on after it, so the header does not end the body.
        if (!about && size <= INLINE_BOX && hasProseBefore(lines, i)) {
          h.role = undefined;
          for (let k = i; k < j; k++) if (lines[k].reason?.startsWith('RelatedBlockFilter')) lines[k].reason = 'RelatedBlockFilter:inline';
        }
        break;
      }
      size++;
      // Teasers with their dates ("Wednesday November 20, 2019") are a list of stories, not a box of links.
      if (lines[j].endsSentence || lines[j].truncated || lines[j].reason === 'MetaLineFilter') headlinesOnly = false;
      if (lines[j].label === undefined) mark(lines[j], 'boilerplate', 'RelatedBlockFilter');
    }
    i = j - 1;
  }
}

// "ST. JOSEPH, Mich. (AP) — Health officials are reporting ...": a story's first sentence, however short.
const WIRE_LEDE_WORDS = 8;
const isWireLede = (l: Line) => l.endsSentence && l.letterWords >= WIRE_LEDE_WORDS && inlineDateline(l.plain) !== null;

function nextIsProse(lines: Line[], from: number): boolean {
  for (let k = from + 1; k < lines.length; k++) {
    if (lines[k].label === 'blank') continue;
    return lines[k].label === undefined && lines[k].quality === 'good';
  }
  return false;
}

function resumes(lines: Line[], from: number): boolean {
  if (lines[from].quality !== 'good' || lines[from].label !== undefined) return false;
  let seen = 0;
  let good = 0;
  for (let k = from; k < lines.length && seen < RESUME_WINDOW; k++) {
    const l = lines[k];
    // The signature of a quoted post says nothing either way: the post's text is what counts.
    if (l.label === 'blank' || isEmbedSignature(l.plain)) continue;
    if (isRelatedHeader(l)) break;
    seen++;
    if (l.label === undefined && l.quality === 'good') good++;
  }
  // Near the end of the page fewer lines are left: then all of them must be prose.
  return seen === RESUME_WINDOW ? good >= RESUME_GOOD : seen >= RESUME_GOOD && good === seen;
}

/** A byline or date line followed by a long paragraph: an article starts here, not a teaser. */
function startsStory(lines: Line[], from: number): boolean {
  if (lines[from].reason !== 'MetaLineFilter') return false;
  for (let k = from + 1, seen = 0; k < lines.length && seen < 2; k++) {
    const l = lines[k];
    if (l.label === 'blank') continue;
    seen++;
    if (l.label === undefined && l.quality === 'good' && l.letterWords >= 30) return true;
  }
  return false;
}

function hasProseBefore(lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const l = lines[k];
    if (l.label === 'blank') continue;
    return l.quality === 'good' && l.label === undefined;
  }
  return false;
}

const isSentence = (l: Line) => l.label === undefined && l.endsSentence && (l.quality === 'good' || l.quality === 'near');

/**
 * A sentence followed by another sentence, by the end of the page, or (a full paragraph) by the
 * page's footer furniture (an app prompt, the tags, a copyright line): the story goes on to its
 * last paragraph. A teaser would be followed by the next headline.
 */
function resumesAfterLinks(lines: Line[], from: number, footerEnds: boolean): boolean {
  if (!isSentence(lines[from])) return false;
  for (let k = from + 1; k < lines.length; k++) {
    if (lines[k].label === 'blank') continue;
    return isSentence(lines[k]) || (footerEnds && lines[from].quality === 'good' && FOOTER.test(lines[k].reason ?? ''));
  }
  return true;
}

// The page's footer after the story, as opposed to share bars and comment prompts that also
// follow a bio or a comment-policy note.
const FOOTER = /^CueLineFilter:(prompt|publisher-note|legal|legal-long|tags)$/;
// Under a tags header the story is over: a sentence after the tags is a comment-policy note.
const TAG_HEADER = /^(tags?|topics?|keywords?|filed under|categories|category|related topics|more about)$/i;
