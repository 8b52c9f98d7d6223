// The publisher's name printed where a headline would be ("Yonhap News Agency" on the first
// line, a scraper's header title "Saudi Press Agency"). It is not the headline: the page names
// itself in its copyright line, and its address is the name or its initials (yna.co.kr, aa.com.tr).
import type { CleanContext } from './Context.ts';
import { fold } from './Lines.ts';

const SITE_NAME_MAX_WORDS = 6;
// Parts of a host that say nothing about the publisher.
const HOST_NOISE = new Set(['www', 'www2', 'm', 'mobile', 'amp', 'en', 'english', 'com', 'org', 'net', 'gov', 'co', 'edu', 'int', 'info', 'news']);
const MINOR = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'el', 'al', 'du', 'des', 'der', 'die']);

function hostLabels(ctx: CleanContext): string[] {
  const hosts = [ctx.record.meta.url, ctx.record.sidecar?.url, ctx.record.meta.source, ctx.record.sidecar?.source]
    .filter((s): s is string => typeof s === 'string' && s.length > 0)
    .map((s) => s.toLowerCase().replace(/^[a-z]+:\/\//, '').split(/[/?#:]/)[0]);
  // The last part is the top-level domain ("aa.com.tr" names "aa").
  return [...new Set(hosts.flatMap((h) => h.split('.').slice(0, -1)).filter((p) => p.length >= 2 && !HOST_NOISE.has(p)))];
}

/** A test telling whether a short title is the page's own site name. */
export function siteNameTest(ctx: CleanContext): (title: string) => boolean {
  const labels = hostLabels(ctx);
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
