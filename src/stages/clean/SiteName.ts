// The publisher's name printed where a headline would be ("Yonhap News Agency" on the first
// line, a scraper's header title "Saudi Press Agency"). It is not the headline: the page names
// itself in its copyright line, and its address is the name or its initials (yna.co.kr, aa.com.tr).
import { publisherLabels } from '../../pipeline/host.ts';
import type { CleanContext } from './Context.ts';
import { fold } from './Lines.ts';

const SITE_NAME_MAX_WORDS = 6;
const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'el', 'al', 'du', 'des', 'der', 'die']);

/** A test telling whether a short title is the page's own site name. */
export function siteNameTest(ctx: CleanContext): (title: string) => boolean {
  const labels = publisherLabels(ctx.record.meta.url, ctx.record.sidecar?.url, ctx.record.meta.source, ctx.record.sidecar?.source);
  const legal = ctx.lines.filter((l) => /^CueLineFilter:legal/.test(l.reason ?? '')).map((l) => ` ${fold(l.plain)} `);
  return (title: string) => {
    const key = fold(title);
    const words = key.split(' ').filter(Boolean);
    if (words.length === 0 || words.length > SITE_NAME_MAX_WORDS) return false;
    if (legal.some((f) => f.includes(` ${key} `))) return true;
    const squashed = words.join('');
    const initials = words.filter((w) => !MINOR.has(w)).map((w) => w[0]).join('');
    return labels.some((p) => p === squashed || (initials.length >= 2 && p === initials));
  };
}
