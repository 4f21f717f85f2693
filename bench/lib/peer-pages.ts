/**
 * The peer site's pages, from the edition's records: one Markdown page per measure and language (the Chinese
 * at the root, the English under en/), plus a home page in each. Plain text only, as an author of a default
 * Starlight site would write it: a title and the sentences as one paragraph.
 */
export interface PeerRecords {
  readonly document: { readonly title: { readonly text: string; readonly en?: string | undefined } };
  readonly measures: readonly {
    readonly n: number;
    readonly label: readonly string[];
    readonly heading: string;
    readonly sentences: readonly { readonly text: string; readonly en?: string | undefined }[];
  }[];
}

export interface PeerPage {
  /** Path under src/content/docs/. */
  readonly path: string;
  readonly markdown: string;
}

/** YAML double-quoted scalar: JSON's escaping is a subset YAML reads the same way. */
const yamlString = (s: string): string => JSON.stringify(s);
/** Markdown text: escape what would otherwise start markup. */
const text = (s: string): string => s.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function peerPages(records: PeerRecords): PeerPage[] {
  const page = (path: string, title: string, body: string): PeerPage => ({
    path,
    markdown: `---\ntitle: ${yamlString(title)}\n---\n\n${body}\n`,
  });
  const pages: PeerPage[] = [];
  const titleZh = records.document.title.text;
  const titleEn = records.document.title.en ?? titleZh;
  const list = (prefix: string, name: (m: PeerRecords['measures'][number]) => string): string =>
    records.measures.map((m) => `- [${text(name(m))}](${prefix}measure-${m.n}/)`).join('\n');
  pages.push(
    page(
      'index.md',
      titleZh,
      list('/', (m) => `${m.label.join('')}${m.heading}`),
    ),
  );
  pages.push(
    page(
      'en/index.md',
      titleEn,
      list('/en/', (m) => `Measure ${m.n}: ${m.sentences[0]?.en ?? ''}`),
    ),
  );
  for (const m of records.measures) {
    pages.push(page(`measure-${m.n}.md`, `${m.label.join('')}${m.heading}`, text(m.sentences.map((s) => s.text).join(''))));
    const en = m.sentences.map((s) => s.en ?? '').join(' ');
    pages.push(page(`en/measure-${m.n}.md`, `Measure ${m.n}: ${(m.sentences[0]?.en ?? '').replace(/\.$/, '')}`, text(en)));
  }
  return pages;
}
