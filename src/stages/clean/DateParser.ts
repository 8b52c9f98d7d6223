// Calendar dates written out in page furniture: "June 09,2024", "13 Feb 2017", "28th Mar, 2023",
// "2019-01-28", "2025-03-12T14:05:00Z", "Monday 29 April, 2024", "17.09.2023", other languages'
// "12 de marzo de 2025" / "12 марта 2025", and "12/03/2025" when the line or the page tells
// which number is the day. Built from components, never via Date.
import { isValidDate } from '../ingest/HeaderLine.ts';
import { MONTHS, MONTHS_OTHER } from './Lexicons.ts';

export interface FoundDate {
  value: string; // YYYY-MM-DD
  index: number;
  length: number;
}

const MON = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ORD = '(?:st|nd|rd|th)?';
const PATTERNS: { re: RegExp; parts: (m: RegExpExecArray) => [string, string | number, string] }[] = [
  // ISO dates, also glued to their time ("2025-03-12T14:05").
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d-])/g, parts: (m) => [m[1], m[2], m[3]] },
  // Year first with slashes or dots ("2025/3/12", "2025.03.12 14:05", the East Asian habit) and
  // in CJK ("2025年3月12日", "2025년 3월 12일").
  { re: /\b((?:19|20)\d\d)([/.])(\d{1,2})\2(\d{1,2})(?![\d/.]*\d)/g, parts: (m) => [m[1], m[3], m[4]] },
  { re: /((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu, parts: (m) => [m[1], m[2], m[3]] },
  { re: new RegExp(`\\b${MON}\\s+(\\d{1,2})${ORD}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'giu'), parts: (m) => [m[3], m[1], m[2]] },
  { re: new RegExp(`\\b(\\d{1,2})${ORD}\\s*(?:of\\s+)?${MON}\\s*,?\\s*((?:19|20)\\d\\d)\\b`, 'giu'), parts: (m) => [m[3], m[2], m[1]] },
  // Day first with dots is the European habit; slashes only when the day cannot be a month.
  { re: /\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b/g, parts: (m) => [m[3], m[2], m[1]] },
  // Slashes or dashes ("Tue 15-04-2025 18:47") only when the day cannot be a month.
  { re: /\b(1[3-9]|2\d|3[01])([/-])(\d{1,2})\2((?:19|20)\d\d)\b/g, parts: (m) => [m[4], m[3], m[1]] },
  { re: /\b(\d{1,2})([/-])(1[3-9]|2\d|3[01])\2((?:19|20)\d\d)\b/g, parts: (m) => [m[4], m[1], m[3]] },
  // Two-digit years ("11/18/19 11:04 PM EST"), again only when the day cannot be a month.
  { re: /\b(\d{1,2})\/(1[3-9]|2\d|3[01])\/([0-3]\d)\b(?!\/)/g, parts: (m) => [`20${m[3]}`, m[1], m[2]] },
  { re: /\b(1[3-9]|2\d|3[01])\/(\d{1,2})\/([0-3]\d)\b(?!\/)/g, parts: (m) => [`20${m[3]}`, m[2], m[1]] },
  // Other languages write the day first, the month in words, maybe with "de"/"del" between.
  {
    re: new RegExp(`(?<![\\p{L}\\p{N}])(\\d{1,2})\\.?\\s+(?:de\\s+)?(${Object.keys(MONTHS_OTHER).join('|')})\\s+(?:de\\s+|del\\s+)?((?:19|20)\\d\\d)(?![\\p{N}])`, 'giu'),
    parts: (m) => [m[3], m[2], m[1]],
  },
];

// "03/12/2025" can be 3 December or 12 March. The line itself often tells: a 24-hour time
// ("14:05") or a zone of a day-first country ("IST", "CET") means the day comes first; a US
// zone ("2:05 PM EST") the month. A 12-hour clock alone tells nothing: Malaysian, Indian and
// Pakistani sites print "05/06/2024 08:42 PM" day first. Otherwise the page's order (an unambiguous "13/03/2025" elsewhere) decides,
// and with no hint at all the date is not read: a wrong date is worse than none.
export type SlashOrder = 'dmy' | 'mdy';
const AMBIGUOUS = /\b(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)\b/g;
// Zones are matched in capitals only ("IST", not German "ist"; "ET", not French "et").
const DAY_FIRST_CUE = /(?<![\p{L}\p{N}])(?:(?:1[3-9]|2[0-3])[:.h][0-5]\d|[0-2]?\d h ?[0-5]\d|[0-2]?\dh[0-5]\d|uhr|publié|publiée|publicado|publicada|actualizado|atualizado|pubblicato|aggiornato|veröffentlicht|aktualisiert|mis à jour|опубликовано|обновлено)(?![\p{L}\p{N}])/iu;
const DAY_FIRST_ZONE = /\b(?:IST|BST|CET|CEST|EET|EEST|WAT|CAT|EAT|SAST|MSK|PKT|AEST|AEDT|AWST|NZST|NZDT|HKT|SGT|WIB|GST|TRT|ICT|PHT|JST|KST)\b/u;
const MONTH_FIRST_ZONE = /\b(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST|ET|PT|CT)\b/u;

export function slashOrderOf(text: string): SlashOrder | null {
  // The zone says the country best ("02:05 PM IST" is Indian, day first), then the clock.
  if (DAY_FIRST_ZONE.test(text)) return 'dmy';
  if (MONTH_FIRST_ZONE.test(text)) return 'mdy';
  if (DAY_FIRST_CUE.test(text)) return 'dmy';
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function toDate(y: string | number, m: string | number, d: string | number): string | null {
  const key = typeof m === 'string' ? m.toLowerCase().replace(/\.$/, '') : '';
  const month = typeof m === 'number' ? m : /^\d+$/.test(m) ? Number(m) : (MONTHS[key] ?? MONTHS_OTHER[key]);
  if (!month) return null;
  const v = `${y}-${pad(month)}-${pad(Number(d))}`;
  return isValidDate(v) ? v : null;
}

/** Every written date in `text`, in order of position. */
export function findDates(text: string, pageOrder: SlashOrder | null = null): FoundDate[] {
  const out: FoundDate[] = [];
  const order = slashOrderOf(text) ?? pageOrder;
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
  if (order) {
    AMBIGUOUS.lastIndex = 0;
    for (let m = AMBIGUOUS.exec(text); m; m = AMBIGUOUS.exec(text)) {
      const value = order === 'dmy' ? toDate(m[4], m[3], m[1]) : toDate(m[4], m[1], m[3]);
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
