/**
 * Reading the text files people upload (participant lists, IndicePA's open data): which encoding
 * Excel or a portal saved them in, and whether they are text at all. Pure; runs in the browser and
 * in Node.
 */

export type TextEncoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

/** UTF-8 when the bytes are valid UTF-8; UTF-16 when a byte-order mark says so; else Windows-1252 (Excel's "CSV" in Italy). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('windows-1252').decode(bytes);
    return { text: text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] || c), encoding: 'windows-1252' };
  }
}

/**
 * Bytes 0x80–0x9F in Windows-1252 (’ “ ” € – …). Some runtimes (Node 20) decode "windows-1252" as
 * ISO-8859-1 and leave them as control characters: put the right characters back.
 */
const WINDOWS_1252_C1 = [
  '€', '', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '', 'Ž', '',
  '', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '', 'ž', 'Ÿ',
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** An Excel workbook or another binary file rather than text. */
export function binaryKind(bytes: Uint8Array): 'spreadsheet' | 'binary' | null {
  const zip = [0x50, 0x4b, 0x03, 0x04]; // .xlsx, .ods
  const ole = [0xd0, 0xcf, 0x11, 0xe0]; // .xls
  if (startsWith(bytes, zip) || startsWith(bytes, ole)) return 'spreadsheet';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return null;
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return null;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return 'binary';
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  return control > sample.length * 0.01 ? 'binary' : null;
}

/** SHA-256 of the file's bytes in hexadecimal: to recognise a file imported before. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
