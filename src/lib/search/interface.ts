/**
 * Which interface a search from the bilingual landing page opens: Chinese
 * for a query in Han characters, English for one in Latin letters, and the
 * reader's own language for anything else (a mix, digits, an ID). Kept apart
 * from the rest of the query code so the landing page loads only this.
 */
export function interfaceFor(query: string, readerLangs: readonly string[]): 'zh' | 'en' {
  const han = /\p{Script=Han}/u.test(query);
  const latin = /[A-Za-z]/.test(query);
  if (han && !latin) return 'zh';
  if (latin && !han) return 'en';
  const reader = readerLangs.map((l) => l.toLowerCase().slice(0, 2)).find((l) => l === 'zh' || l === 'en');
  return reader === 'en' ? 'en' : 'zh';
}
