/**
 * BibTeX (also read by biblatex): one `@misc` entry. The issuers are
 * corporate authors, so each is wrapped in braces to keep BibTeX from
 * splitting it into given and family names.
 */
import type { CitationData } from './model.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** Escape LaTeX's special characters in a field value. */
export function latexEscape(text: string): string {
  return text.replace(/[\\{}$&%#_^~]/g, (c) =>
    c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\textasciicircum{}' : c === '~' ? '\\textasciitilde{}' : `\\${c}`,
  );
}

/** URLs are written verbatim (the url package reads them so); only braces would break the entry. */
function urlField(url: string): string {
  return url.replaceAll('{', '%7B').replaceAll('}', '%7D');
}

export function bibtex(c: CitationData): string {
  const fields: [string, string | undefined][] = [
    ['author', `{${c.authors.map((a) => `{${latexEscape(a)}}`).join(' and ')}}`],
    ['title', `{${latexEscape(c.title)}}`],
    // biblatex fields; BibTeX styles ignore what they do not know.
    ['translator', c.translator ? `{{${latexEscape(c.translator)}}}` : undefined],
    ['publisher', `{${latexEscape(c.edition)}}`],
    ['version', c.release ? `{${c.release.n}}` : undefined],
    ['year', `{${c.dateParts[0]}}`],
    ['month', MONTHS[c.dateParts[1] - 1] ?? `{${c.dateParts[1]}}`],
    ['date', `{${c.date}}`],
    ['url', `{${urlField(c.url)}}`],
    ['urldate', c.accessed ? `{${c.accessed}}` : undefined],
    ['language', `{${c.lang === 'zh' ? 'Chinese' : 'English'}}`],
    ['note', c.note ? `{${latexEscape(c.note)}}` : undefined],
  ];
  const lines = fields.flatMap(([k, v]) => (v === undefined ? [] : [`  ${k} = ${v},`]));
  return `@misc{${c.key},\n${lines.join('\n')}\n}\n`;
}
