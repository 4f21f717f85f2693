import type { Lang } from '../../i18n/index.ts';
import { parseId, type UnitId } from '../records/ids.ts';
import { toChineseNumeral } from '../parse/numerals.ts';

/** The words naming each step of an ID, outermost first. */
function steps(id: UnitId): ({ step: 'm' | 'p' | 'para' | 's'; n: number } | { step: 'preamble' | 'heading' | 'title' })[] {
  switch (id.kind) {
    case 'issuers':
    case 'dateline':
      return [];
    case 'title':
      return [{ step: 'title' }];
    case 'preamble-sentence':
      return [{ step: 'preamble' }, { step: 's', n: id.sentence }];
    case 'part':
      return [{ step: 'p', n: id.part }];
    case 'part-heading':
      return [{ step: 'p', n: id.part }, { step: 'heading' }];
    case 'paragraph':
      return [{ step: 'p', n: id.part }, { step: 'para', n: id.paragraph }];
    case 'paragraph-sentence':
      return [{ step: 'p', n: id.part }, { step: 'para', n: id.paragraph }, { step: 's', n: id.sentence }];
    case 'measure':
      return [{ step: 'm', n: id.measure }];
    case 'measure-sentence':
      return [{ step: 'm', n: id.measure }, { step: 's', n: id.sentence }];
  }
}

/**
 * How a structural ID is named in running text: `m14.s2` →
 * "measure (14), sentence 2" / "第（十四）条第2句".
 */
export function unitLabel(lang: Lang, text: string): string {
  const id = parseId(text);
  const named = id ? steps(id) : [];
  if (!id || named.length === 0) return text;
  const words = named.map((s) => {
    switch (s.step) {
      case 'm':
        return lang === 'zh' ? `第（${toChineseNumeral(s.n)}）条` : `measure (${s.n})`;
      case 'p':
        return lang === 'zh' ? `第${toChineseNumeral(s.n)}部分` : `part ${s.n}`;
      case 'para':
        return lang === 'zh' ? `第${s.n}段` : `paragraph ${s.n}`;
      case 's':
        return lang === 'zh' ? `第${s.n}句` : `sentence ${s.n}`;
      case 'preamble':
        return lang === 'zh' ? '序言' : 'preamble';
      case 'heading':
        return lang === 'zh' ? '标题' : 'heading';
      case 'title':
        return lang === 'zh' ? '标题' : 'title';
    }
  });
  return lang === 'zh' ? words.join('') : words.join(', ');
}
