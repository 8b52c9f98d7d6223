// Publication dates in URLs: /2024/06/09/, /2017/0511/, 2023-09-17, 20240526, /140619/.
import { toDate } from './DateParser.ts';

const URL_PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string, string] }[] = [
  { re: /\/((?:19|20)\d\d)\/(\d\d?)\/(\d\d?)(?:\/|$|[^\d])/, parts: (m) => [m[1], m[2], m[3]] },
  { re: /\/((?:19|20)\d\d)\/(\d\d)(\d\d)(?:\/|$|[^\d])/, parts: (m) => [m[1], m[2], m[3]] },
  { re: /(?:^|[^\d])((?:19|20)\d\d)[-_.](\d\d)[-_.](\d\d)(?:[^\d]|$)/, parts: (m) => [m[1], m[2], m[3]] },
  // A run of digits that starts with YYYYMMDD (ids like 201901280440 carry the day first).
  { re: /(?:^|[^\d])((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{0,6})(?:[^\d]|$)/, parts: (m) => [m[1], m[2], m[3]] },
  // A whole path segment YYMMDD (/140619/), the last resort.
  { re: /\/(\d\d)(\d\d)(\d\d)\//, parts: (m) => [`20${m[1]}`, m[2], m[3]] },
];

export function dateFromUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    const u = new URL(url);
    path = decodeURIComponent(u.pathname) + (u.search ? u.search : '');
  } catch {
    path = url;
  }
  for (const p of URL_PATTERNS) {
    const m = p.re.exec(path);
    if (!m) continue;
    const [y, mo, d] = p.parts(m);
    const v = toDate(y, mo, d);
    if (v) return v;
  }
  return null;
}
