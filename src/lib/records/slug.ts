/** The slug of a document comes from its seed's file name: `trade-2019.zh.txt` → `trade-2019`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SEED_SUFFIX = '.zh.txt';

export function slugFromFileName(name: string): string | undefined {
  if (!name.endsWith(SEED_SUFFIX)) return undefined;
  const slug = name.slice(0, -SEED_SUFFIX.length);
  return SLUG_PATTERN.test(slug) ? slug : undefined;
}
