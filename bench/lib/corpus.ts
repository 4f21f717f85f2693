/**
 * Synthetic corpora for the scaling run: the real document plus copies of
 * its seed, translation, annotations and themes under other slugs
 * (`copy-01`, `copy-02`, …), so every document is a full one, with the same
 * pages, and only the count changes.
 */
export interface CorpusFile {
  /** File name in seeds/ or content/translations/ to copy. */
  readonly from: string;
  /** File name to write in the synthetic folder. */
  readonly to: string;
}

export interface CorpusPlan {
  readonly seeds: CorpusFile[];
  readonly translations: CorpusFile[];
  readonly themes: CorpusFile[];
  /** Annotation folders (content/annotations/{slug}/) to copy whole. */
  readonly annotations: CorpusFile[];
}

export function corpusPlan(documents: number, slug = 'trade-2019'): CorpusPlan {
  if (!Number.isInteger(documents) || documents < 1) throw new Error(`a corpus needs at least one document, not ${documents}`);
  const slugs = [slug, ...Array.from({ length: documents - 1 }, (_, i) => `copy-${String(i + 1).padStart(2, '0')}`)];
  return {
    seeds: slugs.map((s) => ({ from: `${slug}.zh.txt`, to: `${s}.zh.txt` })),
    translations: slugs.map((s) => ({ from: `${slug}.en.yaml`, to: `${s}.en.yaml` })),
    themes: slugs.map((s) => ({ from: `${slug}.yaml`, to: `${s}.yaml` })),
    annotations: slugs.map((s) => ({ from: slug, to: s })),
  };
}
