/**
 * Checks a Web Annotation document against the model's vocabulary, read from
 * the JSON-LD context held in content/standards/w3c/anno.jsonld (nothing is fetched):
 * every property must be a term the context defines, every `type` one of the
 * model's classes, every `motivation` and `purpose` one of its motivations.
 * Returns the problems, each with its JSON path; an empty list means conformant.
 */
import { readFileSync } from 'node:fs';

interface Context {
  readonly terms: ReadonlySet<string>;
  readonly classes: ReadonlySet<string>;
  readonly motivations: ReadonlySet<string>;
}

export function readAnnoContext(path = 'content/standards/w3c/anno.jsonld'): Context {
  const json = JSON.parse(readFileSync(path, 'utf8')) as { '@context': Record<string, unknown> };
  const entries = Object.entries(json['@context']);
  const iri = (v: unknown): string => (typeof v === 'string' ? v : ((v as { '@id'?: string })['@id'] ?? ''));
  return {
    terms: new Set(entries.map(([k]) => k)),
    // The model's classes are the context's capitalised terms (Annotation, TextualBody, TextQuoteSelector, …).
    classes: new Set(entries.filter(([k, v]) => /^[A-Z]/.test(k) && typeof v === 'string').map(([k]) => k)),
    // The motivations (instances of oa:Motivation) are the context's gerunds named after themselves: describing → oa:describing.
    motivations: new Set(entries.filter(([k, v]) => /^[a-z]+ing$/.test(k) && iri(v) === `oa:${k}`).map(([k]) => k)),
  };
}

export function vocabularyProblems(doc: unknown, ctx: Context, path = '$'): string[] {
  if (Array.isArray(doc)) return doc.flatMap((item, i) => vocabularyProblems(item, ctx, `${path}[${i}]`));
  if (doc === null || typeof doc !== 'object') return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(doc)) {
    const at = `${path}.${key}`;
    if (key === '@context') continue;
    if (!ctx.terms.has(key)) out.push(`${at}: "${key}" is not a term of the Web Annotation context`);
    if (key === 'type' && !(typeof value === 'string' && ctx.classes.has(value)))
      out.push(`${at}: ${JSON.stringify(value)} is not a class of the model`);
    if ((key === 'motivation' || key === 'purpose') && !(typeof value === 'string' && ctx.motivations.has(value)))
      out.push(`${at}: ${JSON.stringify(value)} is not a motivation of the model`);
    // Values of these keys are literals, not nodes: do not read them as properties.
    if (key !== 'value' && key !== 'exact' && key !== 'prefix' && key !== 'suffix') out.push(...vocabularyProblems(value, ctx, at));
  }
  return out;
}
