import iconv from 'iconv-lite';

export type DecodeResult =
  | { ok: true; text: string; encoding: string; bom: boolean }
  | { ok: false; code: 'binary' | 'empty'; message: string };

/** Bytes that plain text never holds: NUL and most C0 controls. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control++;
  }
  return n > 0 && control / n > 0.05;
}

/**
 * UTF-8 first (a BOM removed and not counted); input that is not valid UTF-8 is read as
 * Windows-1252, the usual encoding of scrapes that are not UTF-8 (a superset of Latin-1's
 * printable range), and the caller reports it.
 */
export function decode(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'the file is empty' };
  if (looksBinary(bytes)) return { ok: false, code: 'binary', message: 'the file holds binary data (NUL or control bytes), not text' };
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    text = iconv.decode(Buffer.from(body), 'windows-1252');
    encoding = 'windows-1252';
  }
  if (text.trim().length === 0) return { ok: false, code: 'empty', message: 'the file holds only white space' };
  return { ok: true, text, encoding, bom };
}

/**
 * An HTML page: the charset its <meta> declares when that is not UTF-8 and iconv-lite knows it
 * (Shift_JIS, KOI8-R, ISO-8859-x ...), else the same UTF-8 / Windows-1252 rule as text.
 */
export function decodeHtml(bytes: Uint8Array): DecodeResult {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const declared = m?.[1]?.toLowerCase() ?? null;
  if (declared && !/^utf-?8$/.test(declared) && iconv.encodingExists(declared) && !(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)) {
    let utf8Ok = true;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      utf8Ok = false;
    }
    // Pages often declare Latin-1 and are UTF-8 anyway; valid UTF-8 with non-ASCII bytes wins.
    const ascii = !bytes.some((b) => b >= 0x80);
    if (!utf8Ok || ascii) {
      if (bytes.length === 0) return { ok: false, code: 'empty', message: 'the file is empty' };
      const text = iconv.decode(Buffer.from(bytes), declared);
      if (text.trim().length === 0) return { ok: false, code: 'empty', message: 'the file holds only white space' };
      return { ok: true, text, encoding: ascii ? 'utf-8' : declared, bom: false };
    }
  }
  return decode(bytes);
}
