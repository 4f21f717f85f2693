import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

/** Interface languages; every UI string exists in each, kept in one JSON file per language. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type StringKey = keyof typeof en;

const STRINGS: Record<Lang, Record<StringKey, string>> = { en, zh };

/** The HTML `lang` of each language's text. */
export const HTML_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };

export function other(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

export function isLang(value: string | undefined): value is Lang {
  return value === 'zh' || value === 'en';
}

/** A UI string, with `{name}` placeholders filled in. */
export function t(lang: Lang, key: StringKey, values: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

export function strings(lang: Lang): Readonly<Record<StringKey, string>> {
  return STRINGS[lang];
}

/** Keys that come in plural forms: `plural.{name}.one`, `plural.{name}.other`, … */
export type PluralName = StringKey extends infer K ? (K extends `plural.${infer N}.other` ? N : never) : never;

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** A count in words, in the form the language's plural rules choose: "1 result", "2 results", "1条结果". */
export function plural(lang: Lang, name: PluralName, n: number, values: Record<string, string | number> = {}): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(HTML_LANG[lang]);
    pluralRules.set(lang, rules);
  }
  const key = `plural.${name}.${rules.select(n)}`;
  const fallback: StringKey = `plural.${name}.other`;
  return t(lang, key in STRINGS[lang] ? (key as StringKey) : fallback, { n, ...values });
}
