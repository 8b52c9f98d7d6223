// HTML pages to the text the rest of the pipeline reads: @mozilla/readability picks the article
// out of the page (over linkedom, a light DOM: the same result as jsdom, about 8x faster), its
// block elements become lines, and the page's <meta> data (published time, title, canonical URL)
// is read before Readability rewrites the document.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isValidDate } from '../../ingest/HeaderLine.ts';

export interface HtmlMeta {
  title: string | null;
  publishedAt: string | null; // YYYY-MM-DD as the page states it (no time zone shift)
  url: string | null;
  siteName: string | null;
  language: string | null;
}

export interface HtmlExtract {
  text: string; // one block a line, blocks separated by a blank line
  meta: HtmlMeta;
  byline: string | null;
  readability: boolean; // false when Readability found nothing and the whole body text was used
}

// Elements whose text starts a new line.
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TR', 'UL', 'CAPTION', 'TBODY', 'THEAD', 'TFOOT',
]);
// Table cells stay on their row's line, apart by a space.
const CELL = new Set(['TD', 'TH']);
// Elements whose text is never article text. A figure caption describes a picture, not the story.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'FIGCAPTION', 'CANVAS', 'OBJECT']);

const META_DATE = ['article:published_time', 'og:published_time', 'published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article.published', 'cxenseparse:recs:publishtime'];
const META_TITLE = ['og:title', 'twitter:title', 'dc.title', 'headline', 'sailthru.title', 'parsely-title'];

type El = { tagName: string; childNodes: ArrayLike<Node>; getAttribute(n: string): string | null };
type Node = { nodeType: number; textContent: string | null; tagName?: string; childNodes?: ArrayLike<Node> };

function metaMap(document: { querySelectorAll(s: string): ArrayLike<El> }): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of Array.from(document.querySelectorAll('meta'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const value = (m.getAttribute('content') ?? '').trim();
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

/** The calendar date an ISO-like timestamp names, as written (2024-06-09T23:30:00-04:00 → 2024-06-09). */
export function isoDay(s: string | null | undefined): string | null {
  const m = /^\s*((?:19|20)\d\d)-?(\d\d)-?(\d\d)/.exec(s ?? '');
  if (!m) return null;
  const day = `${m[1]}-${m[2]}-${m[3]}`;
  return isValidDate(day) ? day : null;
}

function jsonLdDate(document: { querySelectorAll(s: string): ArrayLike<El & { textContent: string | null }> }): string | null {
  for (const s of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(s.textContent ?? '');
    const d = m ? isoDay(m[1]) : null;
    if (d) return d;
  }
  return null;
}

function blocksToText(root: Node): string {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[\s\u00a0]+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      cur += n.textContent ?? '';
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 9 && n.nodeType !== 11) return;
    const tag = (n.tagName ?? '').toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    if (CELL.has(tag)) cur += ' ';
    for (const c of Array.from(n.childNodes ?? [])) walk(c);
    if (CELL.has(tag)) cur += ' ';
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n\n');
}

// Embedded posts a story quotes (a tweet, an Instagram post). Readability removes them twice
// over: pages wrap them in containers named "social-embed" and the like, which it takes for
// share bars, and their links (the post's address, its date) make them look like a link box.
// The quote is story text: its links become plain text and its wrappers lose those names.
// Readability's own pattern for such names:
const EMBED = 'blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed, blockquote.reddit-card, blockquote.bluesky-embed, blockquote.threads-embed';
const UNLIKELY = /-ad-|banner|combx|comment|community|disqus|extra|footer|header|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|popup/i;

type Elem = El & {
  parentElement: Elem | null;
  textContent: string | null;
  removeAttribute(n: string): void;
  querySelectorAll(s: string): ArrayLike<Elem>;
  replaceWith(n: unknown): void;
  ownerDocument: { createTextNode(t: string): unknown };
};

function keepEmbeddedPosts(doc: { querySelectorAll(s: string): ArrayLike<unknown> }): void {
  for (const q of Array.from(doc.querySelectorAll(EMBED)) as Elem[]) {
    for (const a of Array.from(q.querySelectorAll('a'))) a.replaceWith(q.ownerDocument.createTextNode(a.textContent ?? ''));
    for (let e: Elem | null = q, depth = 0; e && depth < 4; e = e.parentElement, depth++) {
      const tag = e.tagName.toUpperCase();
      if (tag === 'BODY' || tag === 'ARTICLE' || tag === 'MAIN') break;
      // The story's container holds paragraphs of its own beside the embed.
      if (e !== q && Array.from(e.childNodes).some((c) => (c as Node).tagName?.toUpperCase() === 'P')) break;
      for (const a of ['class', 'id']) if (UNLIKELY.test(e.getAttribute(a) ?? '')) e.removeAttribute(a);
    }
  }
}

export function extractHtml(html: string, url?: string | null): HtmlExtract {
  const { document } = parseHTML(html);
  const doc = document as unknown as Parameters<typeof metaMap>[0] & Parameters<typeof jsonLdDate>[0] & {
    querySelector(s: string): (El & { textContent: string | null }) | null;
    documentElement: El | null;
    body: Node | null;
    title: string;
  };
  const metas = metaMap(doc);
  const pick = (keys: string[]) => keys.map((k) => metas.get(k.toLowerCase())).find((v) => !!v) ?? null;
  const timeEl = doc.querySelector('time[datetime]');
  const publishedAt = isoDay(pick(META_DATE)) ?? jsonLdDate(doc) ?? isoDay(timeEl?.getAttribute('datetime'));
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? pick(['og:url']);
  let pageUrl: string | null = null;
  try {
    pageUrl = canonical ? new URL(canonical, url ?? undefined).href : url ?? null;
  } catch {
    pageUrl = url ?? null;
  }
  const meta: HtmlMeta = {
    title: pick(META_TITLE) ?? (doc.title?.trim() || null),
    publishedAt,
    url: pageUrl,
    siteName: pick(['og:site_name', 'application-name']),
    language: doc.documentElement?.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null,
  };
  keepEmbeddedPosts(doc);
  let article: ReturnType<Readability<string>['parse']> = null;
  try {
    article = new Readability(document as unknown as Document, { charThreshold: 300 }).parse();
  } catch {
    article = null;
  }
  if (article?.content) {
    const { document: part } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    const text = blocksToText((part as unknown as { body: Node }).body);
    if (text.trim()) {
      if (!meta.title && article.title) meta.title = article.title;
      if (!meta.publishedAt) meta.publishedAt = isoDay(article.publishedTime);
      return { text, meta, byline: article.byline ?? null, readability: true };
    }
  }
  const body = parseHTML(html).document as unknown as { body: Node | null };
  return { text: body.body ? blocksToText(body.body) : '', meta, byline: null, readability: false };
}
