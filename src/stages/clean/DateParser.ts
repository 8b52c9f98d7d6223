// Calendar dates written out in page furniture: "June 09,2024", "13 Feb 2017", "28th Mar, 2023",
// "2019-01-28", "Monday 29 April, 2024", "17.09.2023". Built from components, never via Date.
import { isValidDate } from '../ingest/HeaderLine.ts';
import { MONTHS } from './Lexicons.ts';

export interface FoundDate {
  value: string; // YYYY-MM-DD
  index: number;
  length: number;
}

const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }[] = [
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/g, parts: (m) => [m[1], m[2], m[3]] },
  { re: /\b((?:19|20)\d\d)\/(\d\d)\/(\d\d)\b/g, parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})${ORD}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'giu'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})${ORD}\\s*(?:of\\s+)?${MON}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'giu'), parts: (m) => [m[3], m[2], m[1]] },
  // Day first with dots is the European habit; slashes only when the day cannot be a month.
  { re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g, parts: (m) => [m[3], m[2], m[1]] },
  { re: /\b(1[3-9]|2\d|3[01])\/(\d{1,2})\/((?:19|20)\d\d)\b/g, parts: (m) => [m[3], m[2], m[1]] },
  { re: /\b(\d{1,2})\/(1[3-9]|2\d|3[01])\/((?:19|20)\d\d)\b/g, parts: (m) => [m[3], m[1], m[2]] },
  // Two-digit years ("11/18/19 11:04 PM EST"), again only when the day cannot be a month.
  { re: /\b(\d{1,2})\/(1[3-9]|2\d|3[01])\/([0-3]\d)\b(?!\/)/g, parts: (m) => [`20${m[3]}`, m[1], m[2]] },
  { re: /\b(1[3-9]|2\d|3[01])\/(\d{1,2})\/([0-3]\d)\b(?!\/)/g, parts: (m) => [`20${m[3]}`, m[2], m[1]] },
];

const pad = (n: number) => String(n).padStart(2, '0');

export function toDate(y: string | number, m: string | number, d: string | number): string | null {
  const month = typeof m === 'number' ? m : /^\d+$/.test(m) ? Number(m) : MONTHS[m.toLowerCase().replace(/\.$/, '')];
  if (!month) return null;
  const v = `${y}-${pad(month)}-${pad(Number(d))}`;
  return isValidDate(v) ? v : null;
}

/** Every written date in `text`, in order of position. */
export function findDates(text: string): FoundDate[] {
  const out: FoundDate[] = [];
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(text); m; m = p.re.exec(text)) {
      const [y, mo, d] = p.parts(m);
      const value = toDate(y, mo, d);
      if (value && !out.some((o) => m!.index < o.index + o.length && o.index < m!.index + m![0].length)) {
        out.push({ value, index: m.index, length: m[0].length });
      }
    }
  }
  return out.sort((a, b) => a.index - b.index);
}

/** "September 6" / "6 Sept." without a year, as MM-DD. */
export function monthDay(text: string): string | null {
  const m = new RegExp(`\\b${MON}\\s+(\\d{1,2})${ORD}\\b|\\b(\\d{1,2})${ORD}\\s+${MON}`, 'iu').exec(text);
  if (!m) return null;
  const month = MONTHS[(m[1] ?? m[4]).toLowerCase().replace(/\.$/, '')];
  const day = Number(m[2] ?? m[3]);
  if (!month || day < 1 || day > 31) return null;
  return `${pad(month)}-${pad(day)}`;
}
