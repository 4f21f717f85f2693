import type { Lang } from '../../i18n/index.ts';
import { toChineseNumeral } from '../parse/numerals.ts';
import { parseId } from '../records/ids.ts';

/**
 * How a structural ID is named in running text: `m14.s2` →
 * "measure (14), sentence 2" / "第（十四）条第2句". An ID outside the scheme
 * is returned as it is.
 */
export function unitLabel(lang: Lang, id: string): string {
  const zh = lang === 'zh';
  const measure = (n: number): string => (zh ? `第（${toChineseNumeral(n)}）条` : `measure (${n})`);
  const part = (k: number): string => (zh ? `第${toChineseNumeral(k)}部分` : `part ${k}`);
  const paragraph = (j: number): string => (zh ? `第${j}段` : `paragraph ${j}`);
  const sentence = (i: number): string => (zh ? `第${i}句` : `sentence ${i}`);
  const join = (...words: string[]): string => words.join(zh ? '' : ', ');
  const unit = parseId(id);
  switch (unit?.kind) {
    case undefined:
      return id;
    case 'issuers':
      return zh ? '发文机关' : 'issuers';
    case 'title':
      return zh ? '标题' : 'title';
    case 'dateline':
      return zh ? '日期' : 'dateline';
    case 'preamble-sentence':
      return join(zh ? '序言' : 'preamble', sentence(unit.sentence));
    case 'part':
      return part(unit.part);
    case 'part-heading':
      return join(part(unit.part), zh ? '标题' : 'heading');
    case 'paragraph':
      return join(part(unit.part), paragraph(unit.paragraph));
    case 'paragraph-sentence':
      return join(part(unit.part), paragraph(unit.paragraph), sentence(unit.sentence));
    case 'measure':
      return measure(unit.measure);
    case 'measure-sentence':
      return join(measure(unit.measure), sentence(unit.sentence));
  }
}
