// Lines that repeat across many articles of one site are its template (menus, footers,
// newsletter prompts). Counting them needs the whole run, so the runner does it before any
// article is processed and hands each article the template lines of its site. Off by default
// (clean option `siteTemplates`): it makes one article's output depend on the others in the run.
import { readFileSync } from 'node:fs';
import type { FoundInput } from './inputs.ts';

export interface SiteTemplateOptions {
  /** A line is template when it appears in at least this many articles of the site... */
  minArticles: number;
  /** ...and in at least this share of them. */
  minShare: number;
}

/** The key of a line for counting: white space collapsed, case folded. */
export const templateKey = (line: string): string => line.replace(/\s+/g, ' ').trim().toLowerCase();

function siteOf(f: FoundInput): string {
  if (f.sidecarFile) {
    try {
      const s = JSON.parse(readFileSync(f.sidecarFile, 'utf8')) as { source?: string; url?: string };
      if (s.source) return s.source.toLowerCase();
      if (s.url) return new URL(s.url).hostname.replace(/^www\./, '');
    } catch {
      // A bad sidecar fails its article later; here the article only counts with its folder.
    }
  }
  return `folder:${f.id.includes('/') ? f.id.slice(0, f.id.lastIndexOf('/')) : '.'}`;
}

/** Template lines per article id (only articles whose site has any). */
export function findSiteTemplates(inputs: FoundInput[], opts: SiteTemplateOptions): Map<string, string[]> {
  const bySite = new Map<string, FoundInput[]>();
  for (const f of inputs) {
    const s = siteOf(f);
    if (!bySite.has(s)) bySite.set(s, []);
    bySite.get(s)!.push(f);
  }
  const out = new Map<string, string[]>();
  for (const group of bySite.values()) {
    if (group.length < opts.minArticles) continue;
    const counts = new Map<string, number>();
    for (const f of group) {
      let text: string;
      try {
        text = readFileSync(f.file, 'utf8');
      } catch {
        continue;
      }
      const keys = new Set(text.split(/\r?\n/).map(templateKey).filter((k) => k.length > 0));
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    const need = Math.max(opts.minArticles, Math.ceil(opts.minShare * group.length));
    const lines = [...counts].filter(([, n]) => n >= need).map(([k]) => k).sort();
    if (lines.length) for (const f of group) out.set(f.id, lines);
  }
  return out;
}
