import { SourceError } from '../checked/errors.ts';
import { checkCharacters } from '../checked/hygiene.ts';

const BOM = '\uFEFF';

/**
 * Decode an input file's bytes as strict UTF-8 and normalise line endings.
 * A leading byte-order mark and CRLF line endings are accepted (editors on
 * some systems add them); any invalid byte sequence or a stray CR is an error
 * that names the line and column where it stands, as is a control, invisible or noncharacter (hygiene.ts).
 */
export function decodeSource(file: string, bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (cause) {
    const offset = firstInvalidByte(bytes);
    const { line, column } = positionOfByte(bytes, offset);
    const found = `byte 0x${(bytes[offset] ?? 0).toString(16).padStart(2, '0')}`;
    throw new SourceError({ file, line, column }, 'valid UTF-8', found, { cause });
  }
  if (text.startsWith(BOM)) text = text.slice(BOM.length);
  text = text.replace(/\r\n/g, '\n');
  const cr = text.indexOf('\r');
  if (cr !== -1) {
    const before = text.slice(0, cr);
    const line = before.split('\n').length;
    const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
    throw new SourceError({ file, line, column }, 'a line feed (LF or CRLF) to end the line', 'a lone carriage return');
  }
  // Every input, not only seeds: a control character or noncharacter in any text ends up in the pages and exports.
  return checkCharacters(file, text);
}

/** Byte offset of the first byte that does not begin or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** Length of the valid UTF-8 sequence starting at i, or 0 if it is not valid. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b0 = bytes[i] ?? 0;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => {
    const b = bytes[i + k];
    return b !== undefined && b >= lo && b <= hi;
  };
  if (b0 < 0x80) return 1;
  if (b0 >= 0xc2 && b0 <= 0xdf) return cont(1) ? 2 : 0;
  if (b0 === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if (b0 === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b0 >= 0xe1 && b0 <= 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b0 === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b0 >= 0xf1 && b0 <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b0 === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Line and character column of a byte offset, counting only the valid text before it. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split('\n');
  const last = (lines.at(-1) ?? '').replace(/^\uFEFF/, '');
  return { line: lines.length, column: [...last].length + 1 };
}
