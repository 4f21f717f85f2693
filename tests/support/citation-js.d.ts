/**
 * The part of `@citation-js/core` (which ships no types) that the tests use:
 * read any supported input (BibTeX, RIS, CSL-JSON, once their plugins are
 * imported) into CSL-JSON items, and format them with a CSL template.
 */
declare module '@citation-js/core' {
  export class Cite {
    constructor(input: unknown);
    /** The items read, as CSL-JSON. */
    readonly data: Record<string, unknown>[];
    format(
      name: 'bibliography' | 'bibtex' | 'biblatex' | 'ris' | 'data',
      options?: { format?: 'text' | 'html'; template?: string; lang?: string },
    ): string;
  }
}
