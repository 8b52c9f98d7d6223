// The article record and the annotation types that flow through the stages.
// Offsets inside the record (sentences, mentions, times, evidence) are positions in
// `record.text`, the cleaned text; the output step maps them to the original through
// `record.offsets`. Diagnostics are the exception: their offsets are in the original.
import type { OffsetMap } from './offsets.ts';

export type Severity = 'info' | 'warning' | 'error';

export interface Diagnostic {
  stage: string;
  severity: Severity;
  code: string; // "stage/what"
  message: string;
  start?: number; // original offsets
  end?: number;
}

export interface Span {
  start: number;
  end: number;
}

export type PublishedAtSource = 'sidecar' | 'header' | 'meta' | 'url' | 'text' | 'flag';

export interface SidecarMeta {
  publishedAt?: string;
  url?: string;
  source?: string;
  title?: string;
}

export interface ArticleMeta {
  url: string | null;
  source: string | null;
  title: string | null;
  publishedAt: string | null; // YYYY-MM-DD
  publishedAtSource: PublishedAtSource | null;
  dateline: string | null;
  language: string | null;
}

/** What the runner hands to the first stage: one input, not yet decoded. */
export interface ArticleInput {
  id: string;
  path: string; // relative to its INPUT folder, '/'-separated
  bytes: Uint8Array;
  sidecar: string | null; // raw text of NAME.meta.json, when present
  format: 'txt' | 'html';
  publishedFlag: string | null; // --published
  /** Lines that repeat across the run's articles of the same site (clean option siteTemplates). */
  siteLines?: string[];
}

export type LineLabel = 'body' | 'boilerplate' | 'header' | 'blank';

export interface LineInfo {
  start: number; // original offsets, end excludes the line break
  end: number;
  label: LineLabel;
  reason?: string; // the rule that decided it
}

export interface Sentence extends Span {
  paragraph: number;
}

export type EntityKind = 'person' | 'organization' | 'location';

export interface Entity {
  id: string; // `${kind}:${slug(name)}`
  kind: EntityKind;
  name: string;
  aliases: string[];
  role?: string;
  country?: string; // ISO 3166 alpha-3 or IGO
  mentions: Span[];
}

export type TimeType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimeAnchor = 'publication' | 'event' | 'explicit';
export type Granularity = 'day' | 'month' | 'year' | 'week' | 'other';

export interface TimeExpr extends Span {
  type: TimeType;
  value: string | null; // TIMEX3 value
  anchor: TimeAnchor;
  granularity?: Granularity;
}

export type EventType = 'meeting' | 'phone_call' | 'visit';

export interface Participant {
  name: string;
  kind: EntityKind;
  entityId?: string;
}

export interface EventDate {
  value: string | null;
  text: string;
  granularity: Granularity;
  span?: Span;
}

export interface EventLocation {
  name: string;
  text: string;
  span?: Span;
}

export interface EventRecord {
  type: EventType;
  status: 'occurred' | 'planned';
  salience: 'main' | 'background';
  participants: Participant[];
  date: EventDate | null;
  location: EventLocation | null;
  topics: string[];
  plover: { event: 'CONSULT'; mode: 'visit' | 'third-party' | 'multilateral' | 'phone' };
  cameo: '040' | '041' | '042' | '043' | '044';
  evidence: Span[];
  confidence: number;
}

export interface ArticleRecord {
  id: string;
  path: string;
  format: 'txt' | 'html';
  sha256: string;
  original: string; // decoded input (for HTML: the extracted text)
  text: string; // cleaned text; equals `original` until the clean stage runs
  offsets: OffsetMap; // record.text -> original
  meta: ArticleMeta;
  sidecar: SidecarMeta | null;
  publishedFlag: string | null;
  /** Set when a stage decided the rest of the pipeline should not look at the text (e.g. not English). */
  skipNlp?: string;
  lines?: LineInfo[];
  paragraphs?: Span[];
  sentences?: Sentence[];
  entities?: Entity[];
  times?: TimeExpr[];
  events?: EventRecord[];
  diagnostics: Diagnostic[];
  /** Per-stage extras that are not part of the output. */
  data: Record<string, unknown>;
  /** Filled by validate / emit. */
  output?: unknown;
  serialized?: { article: string; events: string[] };
}

/** A stage: a pure function of a record plus options. */
export interface Stage<O extends object = Record<string, unknown>> {
  name: string;
  description: string;
  requires: string[]; // record fields it reads that some earlier stage must assign
  assigns: string[]; // record fields it writes
  defaults: O;
  run(record: ArticleRecord, options: O): ArticleRecord | Promise<ArticleRecord>;
}
