// Reads the MEANTIME English corpus (CAT XML) from ../shared/bench/meantime when it is there.
// The text is rebuilt as the benchmark README says: tokens joined by single spaces,
// sentences by newlines, with each token's offsets kept.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MeantimeSpan {
  start: number;
  end: number;
  text: string;
}
export interface MeantimeTimex extends MeantimeSpan {
  type: string;
  value: string;
}
export interface MeantimeName extends MeantimeSpan {
  type: string; // PER ORG LOC PRO FIN MIX
  entity: string; // the m_id of the ENTITY it refers to: mentions of one entity share it
}
export interface MeantimeDoc {
  id: string;
  file: string;
  text: string;
  creationTime: string | null; // YYYY-MM-DD
  timexes: MeantimeTimex[]; // without the creation time itself
  names: MeantimeName[];
}

const HERE = dirname(fileURLToPath(import.meta.url));
export const MEANTIME_DIR = resolve(HERE, '..', '..', '..', 'shared', 'bench', 'meantime');

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith('.xml') ? [p] : [];
    });
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

function attr(tag: string, name: string): string {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';
}

export function parseMeantime(xml: string, file: string): MeantimeDoc {
  const tokens = new Map<string, { start: number; end: number }>();
  let text = '';
  let sentence = '';
  for (const m of xml.matchAll(/<token\b([^>]*)>([^<]*)<\/token>/g)) {
    const s = attr(m[1], 'sentence');
    const t = unescape(m[2]);
    if (text.length > 0) text += s !== sentence ? '\n' : ' ';
    sentence = s;
    tokens.set(attr(m[1], 't_id'), { start: text.length, end: text.length + t.length });
    text += t;
  }
  const spanOf = (body: string): MeantimeSpan | null => {
    const ids = [...body.matchAll(/<token_anchor t_id="(\d+)"/g)].map((x) => tokens.get(x[1])).filter((x) => !!x);
    if (!ids.length) return null;
    const start = Math.min(...ids.map((x) => x.start));
    const end = Math.max(...ids.map((x) => x.end));
    return { start, end, text: text.slice(start, end) };
  };
  let creationTime: string | null = null;
  const timexes: MeantimeTimex[] = [];
  for (const m of xml.matchAll(/<TIMEX3\b([^>]*?)(\/>|>([\s\S]*?)<\/TIMEX3>)/g)) {
    const value = attr(m[1], 'value');
    if (attr(m[1], 'functionInDocument') === 'CREATION_TIME') {
      creationTime = value.slice(0, 10);
      continue;
    }
    const span = spanOf(m[3] ?? '');
    if (span) timexes.push({ ...span, type: attr(m[1], 'type'), value });
  }
  const entityType = new Map<string, string>();
  for (const m of xml.matchAll(/<ENTITY\b([^>]*)\/?>/g)) entityType.set(attr(m[1], 'm_id'), attr(m[1], 'ent_type'));
  const mentionType = new Map<string, { type: string; entity: string }>();
  for (const m of xml.matchAll(/<REFERS_TO\b[^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
    const target = /<target m_id="(\d+)"/.exec(m[1])?.[1];
    const type = target ? entityType.get(target) : undefined;
    if (!type || !target) continue;
    for (const s of m[1].matchAll(/<source m_id="(\d+)"/g)) mentionType.set(s[1], { type, entity: target });
  }
  const names: MeantimeName[] = [];
  for (const m of xml.matchAll(/<ENTITY_MENTION\b([^>]*)>([\s\S]*?)<\/ENTITY_MENTION>/g)) {
    if (attr(m[1], 'syntactic_type') !== 'NAM') continue;
    const span = spanOf(m[2]);
    const ref = mentionType.get(attr(m[1], 'm_id'));
    if (span && ref) names.push({ ...span, ...ref });
  }
  const id = attr(/<Document\b[^>]*>/.exec(xml)?.[0] ?? '', 'doc_id');
  timexes.sort((a, b) => a.start - b.start);
  names.sort((a, b) => a.start - b.start);
  return { id, file, text, creationTime, timexes, names };
}

/** All documents, or null (with the reason) when the benchmark is not beside the project. */
export function loadMeantime(dir = MEANTIME_DIR): { docs: MeantimeDoc[] } | { missing: string } {
  const root = join(dir, 'intra-doc_annotation');
  if (!existsSync(root)) return { missing: `MEANTIME not found at ${root}; skipping (see ../shared/bench/README.md)` };
  return { docs: walk(root).map((f) => parseMeantime(readFileSync(f, 'utf8'), f)) };
}
