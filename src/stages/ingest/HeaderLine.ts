/** The ` date YYYY-MM-DD Headline` line many scrapers put first. */
export interface HeaderLine {
  date: string;
  dateStart: number;
  dateEnd: number;
  title: string | null;
  titleStart: number;
  lineEnd: number;
}

const HEADER = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*([^\r\n]*)/;

export function parseHeaderLine(text: string): HeaderLine | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  const dateStart = m.index + m[0].indexOf(m[1]);
  const rest = m[2].trim();
  const titleStart = rest ? m.index + m[0].length - m[2].length + m[2].indexOf(rest) : dateStart + 10;
  return {
    date: m[1],
    dateStart,
    dateEnd: dateStart + 10,
    title: rest || null,
    titleStart,
    lineEnd: m.index + m[0].length,
  };
}

export function isValidDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[mo - 1];
}
