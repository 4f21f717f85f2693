import { describe, expect, it } from 'vitest';
import { parseXml } from '../../src/lib/export/xml-tree.ts';

const doc = (text: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<akn xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><p>${text}</p></akn>`;

describe("the tests' XML check rejects what XML 1.0 forbids", () => {
  it.each([
    ['U+0000', '推进\u0000贸易', /character U\+0000 is not allowed in XML 1\.0 \(line 2, column 68\)/],
    ['U+001B', 'a\u001bb', /character U\+001B is not allowed/],
    ['U+FFFE', 'a\uFFFEb', /character U\+FFFE is not allowed/],
    ['a lone surrogate', 'a\uD800b', /character U\+D800 is not allowed/],
    ['&#0;', 'a&#0;b', /character reference &#0; names a character XML 1\.0 forbids/],
    ['&#x1;', 'a&#x1;b', /character reference &#x1; names a character/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseXml(doc(text))).toThrow(message);
  });

  it.each([
    ['tab and line feed', 'a\tb\nc'],
    ['CJK and astral characters', '贸易 𠀀'],
    ['&#x9;', 'a&#x9;b'],
  ])('accepts %s', (_name, text) => {
    expect(parseXml(doc(text)).name).toBe('akn');
  });
});
