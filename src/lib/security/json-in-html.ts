/**
 * JSON for a `<script type="application/json">` or `application/ld+json` block in a page: the one escaping
 * helper every such block uses. `<`, `>` and `&` become \u escapes, so no text (a theme name holding
 * `</script><meta http-equiv="refresh" …>`, say) can close the element or start markup; U+2028 and U+2029
 * are escaped too, so the text is also a valid JavaScript string literal. JSON.parse gives back the exact data.
 */
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c] ?? c);
}
