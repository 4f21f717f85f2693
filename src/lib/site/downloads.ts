/** What the data page lists for each download: its link, size, checksum and the UI strings that describe it. */
import type { StringKey } from '../../i18n/index.ts';
import type { Edition } from '../records/index.ts';
import { dataFiles, sha256, type DataFileKind } from '../export/files.ts';
import type { ExportContext } from '../export/context.ts';

export interface Download {
  readonly kind: DataFileKind;
  readonly path: string;
  /** The file name, also the name a browser saves it under. */
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: number;
  readonly sha256: string;
  readonly title: StringKey;
  readonly description: StringKey;
}

const STRINGS: Record<DataFileKind, { title: StringKey; description: StringKey }> = {
  json: { title: 'dataJsonTitle', description: 'dataJson' },
  schema: { title: 'dataSchemaTitle', description: 'dataSchema' },
  csv: { title: 'dataCsvTitle', description: 'dataCsv' },
  'akn-zh': { title: 'dataAknZhTitle', description: 'dataAknZh' },
  'akn-en': { title: 'dataAknEnTitle', description: 'dataAknEn' },
  words: { title: 'dataWordsTitle', description: 'dataWords' },
  'words-schema': { title: 'dataWordsSchemaTitle', description: 'dataWordsSchema' },
  annotations: { title: 'dataAnnotationsTitle', description: 'dataAnnotations' },
  tei: { title: 'dataTeiTitle', description: 'dataTei' },
};

/** Renders every file once more to measure and checksum it: the bodies are pure, so these are the served bytes. */
export function downloads(edition: Edition, ctx: ExportContext): Download[] {
  return dataFiles(edition, ctx).map((file) => {
    const body = file.body();
    return {
      kind: file.kind,
      path: file.path,
      fileName: file.path.split('/').at(-1) ?? file.path,
      mediaType: file.mediaType,
      bytes: Buffer.byteLength(body, 'utf8'),
      sha256: sha256(body),
      ...STRINGS[file.kind],
    };
  });
}

/** 94565 → "92.3 KB". */
export function formatSize(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
