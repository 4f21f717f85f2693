import type { Annotation } from '../records/index.ts';

/** Pinyin without tone marks, for ordering: "dānyī chuāngkǒu" → "danyi chuangkou". */
export function plainPinyin(pinyin: string): string {
  return pinyin.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/ü/g, 'v');
}

export function byPinyin(list: readonly Annotation[]): Annotation[] {
  return [...list].sort((a, b) => plainPinyin(a.pinyin).localeCompare(plainPinyin(b.pinyin), 'en') || a.slug.localeCompare(b.slug));
}

/** English A–Z, ignoring a leading article and quotation marks. */
export function byEnglish(list: readonly Annotation[]): Annotation[] {
  const key = (a: Annotation): string =>
    a.en
      .replace(/^["“]|["”]$/g, '')
      .replace(/^(the|a|an) /i, '')
      .toLowerCase();
  return [...list].sort((a, b) => key(a).localeCompare(key(b), 'en') || a.slug.localeCompare(b.slug));
}
