import type { Lang } from '../../i18n/index.ts';
import { toChineseNumeral } from '../parse/numerals.ts';

/**
 * How a structural ID is named in running text: `m14.s2` →
 * "measure (14), sentence 2" / "第（十四）条第2句".
 */
export function unitLabel(lang: Lang, id: string): string {
  const parts = id.split('.');
  const words = parts.map((piece) => {
    const [, kind, num] = /^([a-z]+?)(\d*)$/.exec(piece) ?? [];
    const n = Number(num);
    switch (kind) {
      case 'm':
        return lang === 'zh' ? `第（${toChineseNumeral(n)}）条` : `measure (${n})`;
      case 'p':
        return lang === 'zh' ? `第${toChineseNumeral(n)}部分` : `part ${n}`;
      case 'para':
        return lang === 'zh' ? `第${n}段` : `paragraph ${n}`;
      case 's':
        return lang === 'zh' ? `第${n}句` : `sentence ${n}`;
      case 'preamble':
        return lang === 'zh' ? '序言' : 'preamble';
      case 'heading':
        return lang === 'zh' ? '标题' : 'heading';
      case 'title':
        return lang === 'zh' ? '标题' : 'title';
      default:
        return piece;
    }
  });
  return lang === 'zh' ? words.join('') : words.join(', ');
}
