import { parseDocument } from 'yaml';
import { TranslationSchema, type Translation } from '../records/translation.ts';

/** `trade-2019.en.yaml` → { slug: 'trade-2019', lang: 'en' }. */
export function translationTarget(name: string): { slug: string; lang: string } | undefined {
  const m = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2})\.yaml$/.exec(name);
  return m?.[1] && m[2] ? { slug: m[1], lang: m[2] } : undefined;
}

/** Parse and validate a translation file; errors name the file, and line:column for YAML syntax. */
export function parseTranslation(path: string, text: string): Translation {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const pos = yamlError.linePos?.[0];
    const where = pos ? `${path}:${pos.line}:${pos.col}` : path;
    throw new Error(`${where} expected valid YAML, found ${yamlError.code}: ${yamlError.message.split('\n')[0] ?? ''}`);
  }
  const parsed = TranslationSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
