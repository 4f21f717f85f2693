import { parseWithSchema, parseYaml } from '../checked/read-checked.ts';
import { TranslationSchema, type Translation } from '../records/translation.ts';

/** `trade-2019.en.yaml` → { slug: 'trade-2019', lang: 'en' }. */
export function translationTarget(name: string): { slug: string; lang: string } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.yaml$/.exec(name);
  return m?.[1] && m[2] ? { slug: m[1], lang: m[2] } : undefined;
}

/** Parse and validate a translation file; errors name the file, and line:column for YAML syntax. */
export function parseTranslation(path: string, text: string): Translation {
  return parseWithSchema(TranslationSchema, parseYaml(path, text), path);
}
