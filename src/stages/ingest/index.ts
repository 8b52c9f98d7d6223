import { ArticleError, report } from '../../pipeline/diagnostics.ts';
import { OffsetMap } from '../../pipeline/offsets.ts';
import { validateSidecar } from '../../pipeline/schemas.ts';
import type { ArticleInput, ArticleRecord, SidecarMeta, Stage } from '../../pipeline/types.ts';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from '../clean/html/extractHtml.ts';
import { decode, decodeHtml } from './Decoder.ts';
import { isValidDate, parseHeaderLine } from './HeaderLine.ts';

export interface IngestOptions {
  /** Inputs larger than this are refused (a scrape of a whole site, a wrong file). */
  maxBytes: number;
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

function parseSidecar(raw: string): SidecarMeta {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    throw new ArticleError('ingest', 'ingest/bad-sidecar', `the sidecar .meta.json is not valid JSON (${(err as Error).message}); fix or remove it`);
  }
  const problems = validateSidecar(data);
  if (problems) throw new ArticleError('ingest', 'ingest/bad-sidecar', `the sidecar .meta.json does not match schemas/sidecar.schema.json: ${problems}`);
  const s = data as SidecarMeta & { publishedAt?: string };
  if (s.publishedAt && !isValidDate(s.publishedAt.slice(0, 10))) {
    throw new ArticleError('ingest', 'ingest/bad-sidecar', `the sidecar's publishedAt "${s.publishedAt}" is not a calendar date`);
  }
  return s;
}

/**
 * Decodes the input, reads its sidecar and its ` date YYYY-MM-DD` header, and sets the
 * publication date from the first of: sidecar, header, --published (clean may later find
 * one in the URL or the page, which ranks above the flag).
 */
export const ingestStage: Stage<IngestOptions> = {
  name: 'ingest',
  description: 'decode the input bytes, read the sidecar and the date header',
  requires: ['input'],
  assigns: ['original', 'text', 'offsets', 'meta', 'sidecar'],
  defaults: { maxBytes: 5_000_000 },
  run(record: ArticleRecord, options: IngestOptions): ArticleRecord {
    const input = (record as ArticleRecord & { input?: ArticleInput }).input;
    if (!input) throw new ArticleError('ingest', 'ingest/no-input', 'no input bytes were given to the ingest stage');
    if (input.bytes.length > options.maxBytes) {
      throw new ArticleError('ingest', 'ingest/too-large', `the file has ${input.bytes.length} bytes, more than the limit of ${options.maxBytes} (ingest option maxBytes)`);
    }
    const isHtml = input.format === 'html' || /\.html?(\.gz)?$/i.test(input.path);
    let bytes = input.bytes;
    if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
      try {
        bytes = gunzipSync(bytes);
      } catch (err) {
        throw new ArticleError('ingest', 'ingest/bad-gzip', `the file starts like gzip but does not decompress (${(err as Error).message}); store it uncompressed or re-compress it`);
      }
    }
    const dec = isHtml ? decodeHtml(bytes) : decode(bytes);
    if (!dec.ok) throw new ArticleError('ingest', `ingest/${dec.code}`, dec.message);
    const sidecar = input.sidecar != null ? parseSidecar(input.sidecar) : null;
    // HTML: the original becomes the text Readability extracts; every offset points into it.
    const html = isHtml ? extractHtml(dec.text, sidecar?.url ?? null) : null;
    if (html && !html.text.trim()) throw new ArticleError('ingest', 'ingest/empty-html', 'the HTML page holds no text (nothing in <body> outside scripts and styles)');
    const text = html ? html.text : dec.text;
    let r: ArticleRecord = {
      ...record,
      format: isHtml ? 'html' : record.format,
      original: text,
      text,
      offsets: OffsetMap.identity(text.length),
      sidecar,
      meta: { ...record.meta },
    };
    delete (r as { input?: unknown }).input;
    if (dec.encoding !== 'utf-8') {
      r = report(r, 'ingest', 'warning', 'ingest/not-utf8', `the file is not valid UTF-8; it was read as ${dec.encoding}`);
    }
    const meta = r.meta;
    meta.url = sidecar?.url ?? html?.meta.url ?? null;
    meta.source = sidecar?.source ?? hostOf(meta.url ?? undefined);
    meta.title = sidecar?.title ?? html?.meta.title ?? null;
    const header = html ? null : parseHeaderLine(text);
    if (header && !isValidDate(header.date)) {
      r = report(r, 'ingest', 'warning', 'ingest/bad-header-date', `the header date ${header.date} is not a calendar date; ignored`, { start: header.dateStart, end: header.dateEnd });
    }
    const headerDate = header && isValidDate(header.date) ? header.date : null;
    if (header?.title && !meta.title) meta.title = header.title;
    if (sidecar?.publishedAt) {
      meta.publishedAt = sidecar.publishedAt.slice(0, 10);
      meta.publishedAtSource = 'sidecar';
    } else if (headerDate) {
      meta.publishedAt = headerDate;
      meta.publishedAtSource = 'header';
    } else if (html?.meta.publishedAt && isValidDate(html.meta.publishedAt)) {
      meta.publishedAt = html.meta.publishedAt;
      meta.publishedAtSource = 'meta';
    } else if (record.publishedFlag) {
      meta.publishedAt = record.publishedFlag;
      meta.publishedAtSource = 'flag';
    }
    r.data = { ...r.data, header, encoding: dec.encoding };
    if (html) r.data.html = { byline: html.byline, readability: html.readability, siteName: html.meta.siteName, language: html.meta.language };
    if (html && !html.readability) {
      r = report(r, 'ingest', 'info', 'ingest/no-article-found', 'Readability found no article in the page; the whole page text was used and the clean stage picks the body');
    }
    return r;
  },
};
