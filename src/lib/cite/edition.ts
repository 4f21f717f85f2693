/**
 * Who made this edition, and on what terms: the one place citations, the
 * data page, the exports' metadata and CITATION.cff take it from. The
 * Chinese text is credited to its issuers; the English, the annotations and
 * the data are this edition's work and credited to it.
 */
import type { Lang } from '../../i18n/index.ts';

export const EDITION = {
  /** The edition's name, as it is cited. */
  name: { en: 'Trade Guiding Opinions 2019 · Bilingual Edition', zh: '《关于推进贸易高质量发展的指导意见》中英对照本' },
  /** Editor and translator of the English, the annotations and the data (a person's name can go here). */
  translator: { en: 'Editors of the Bilingual Edition', zh: '中英对照本编者' },
  /** The licence of the translation, annotations and data (the Chinese text is the issuers' official document). */
  licence: {
    spdx: 'CC-BY-4.0',
    name: { en: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', zh: '知识共享署名 4.0 国际许可协议（CC BY 4.0）' },
    url: 'https://creativecommons.org/licenses/by/4.0/',
  },
} as const;

export function editionName(lang: Lang): string {
  return EDITION.name[lang];
}

export function translatorName(lang: Lang): string {
  return EDITION.translator[lang];
}
