/**
 * The English headword of a termbase entry as printed. The termbase writes quotation marks as straight ASCII quotes
 * ("China Services" national brand), because the terminology check folds every kind of quote anyway. In print, a
 * pair that wraps the whole headword ("Silk Road E-commerce") is dropped, since the headword stands alone; a pair
 * inside it becomes typographic quotes, as in the translation (“China Services” national brand). Pure.
 */
export function headword(en: string): string {
  const whole = /^["“]([^"“”]*)["”]$/.exec(en);
  if (whole) return whole[1] ?? en;
  return en.replace(/"([^"]*)"/g, '“$1”');
}
