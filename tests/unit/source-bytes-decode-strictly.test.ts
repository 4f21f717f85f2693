import { describe, expect, it } from 'vitest';
import { decodeSource } from '../../src/lib/parse/decode.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe.each([
  ['plain UTF-8', bytes('甲\n乙'), '甲\n乙'],
  ['byte-order mark is dropped', bytes([0xef, 0xbb, 0xbf], '甲'), '甲'],
  ['CRLF becomes LF', bytes('甲\r\n乙\r\n'), '甲\n乙\n'],
  ['empty input', bytes(), ''],
])('%s', (_name, input, expected) => {
  it('decodes', () => expect(decodeSource('f', input)).toBe(expected));
});

describe.each([
  ['a stray 0xff', bytes('甲乙\n丙', [0xff]), 'f:2:2 expected valid UTF-8, found byte 0xff'],
  ['a truncated sequence', bytes('ab', [0xe4, 0xb8]), 'f:1:3 expected valid UTF-8, found byte 0xe4'],
  ['an overlong encoding', bytes([0xc0, 0xaf]), 'f:1:1 expected valid UTF-8, found byte 0xc0'],
  ['a surrogate', bytes('x', [0xed, 0xa0, 0x80]), 'f:1:2 expected valid UTF-8, found byte 0xed'],
  ['a lone carriage return', bytes('甲\n乙\r丙'), 'f:2:2 expected a line feed (LF or CRLF) to end the line, found a lone carriage return'],
])('%s', (_name, input, message) => {
  it('is an error naming line and column', () => expect(() => decodeSource('f', input)).toThrow(message));
});
