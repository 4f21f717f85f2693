/**
 * The published archive of every release: /data/releases/{n}/{file}. A frozen
 * release serves its frozen files (republished under this build's origin);
 * the latest, until it is frozen, serves the exports of the current content,
 * byte for byte what /data/ serves.
 */
import { readBuildDate } from '../export/build-date.ts';
import { archivedIn, dataFiles } from '../export/files.ts';
import type { Edition } from '../records/index.ts';
import { releaseDataPath, republish } from './archive.ts';
import { currentRelease, frozenFiles } from '../records/releases.ts';
import { isBookFile, readFrozenFile } from '../content/releases.ts';

// A type rather than an interface: route props must be assignable to a plain record.
export type ReleaseFileProps = {
  readonly slug: string;
  readonly n: number;
  readonly fileName: string;
  readonly mediaType: string;
  /** The file's bytes, for the build's site (a printed or e-book edition is binary and served as frozen). */
  readonly body: (site: { base: string; site: string }) => string | Uint8Array;
};

/** The media type of an export, from its name. */
export function exportMediaType(fileName: string): string {
  if (fileName.endsWith('.json')) return 'application/json';
  if (fileName.endsWith('.jsonld')) return 'application/ld+json';
  if (fileName.endsWith('.tei.xml')) return 'application/tei+xml';
  if (fileName.endsWith('.csv')) return 'text/csv';
  if (fileName.endsWith('.xml')) return 'application/akn+xml';
  if (fileName.endsWith('.pdf')) return 'application/pdf';
  if (fileName.endsWith('.epub')) return 'application/epub+zip';
  return 'application/octet-stream';
}

/**
 * Every release file of a document, in release order. A frozen release's files are listed by the records; each
 * body is read only when its file is published, and checked against the size and SHA-256 the records give.
 */
export function releaseArchive(edition: Edition): ReleaseFileProps[] {
  const record = edition.releases;
  if (!record) return [];
  const slug = edition.document.slug;
  return record.releases.flatMap((release): ReleaseFileProps[] => {
    const frozen = frozenFiles(edition, release.n);
    if (frozen) {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      // The exports first, then the printed and e-book editions, each in name order.
      const ordered = [...frozen.filter((f) => !isBookFile(f.name)), ...frozen.filter((f) => isBookFile(f.name))];
      return ordered.map((file) => ({
        slug,
        n: release.n,
        fileName: file.name,
        mediaType: exportMediaType(file.name),
        body: (site: { base: string; site: string }) => {
          const bytes = readFrozenFile(record, slug, release.n, file);
          // The exports name the origin they were published under; the books are served as frozen.
          return isBookFile(file.name) ? bytes : republish(decoder.decode(bytes), site);
        },
      }));
    }
    // Only the latest release can be unfrozen (the content step refuses anything else): it is the current content.
    return dataFiles(edition, { base: '/', site: '', build: readBuildDate(), release: currentRelease })
      .filter((f) => archivedIn(f, release.n))
      .map((f) => {
        const fileName = f.path.split('/').at(-1) ?? f.path;
        return {
          slug,
          n: release.n,
          fileName,
          mediaType: f.mediaType,
          body: (site) =>
            dataFiles(edition, { ...site, build: readBuildDate(), release: currentRelease })
              .find((g) => g.kind === f.kind)
              ?.body() ?? '',
        };
      });
  });
}

export function releaseArchivePaths(editions: readonly Edition[]) {
  return editions.flatMap((edition) =>
    releaseArchive(edition).map((file) => ({ params: { n: String(file.n), file: file.fileName }, props: file })),
  );
}

/** Site path of one file of a release. */
export function archivePath(file: Pick<ReleaseFileProps, 'n' | 'fileName'>): string {
  return releaseDataPath(file.n, file.fileName);
}

/** A printed or e-book edition of a frozen release, as the data page lists it. */
export interface ReleaseBook {
  readonly n: number;
  readonly date: string;
  readonly fileName: string;
  readonly path: string;
  readonly mediaType: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** The printed and e-book editions of every frozen release of a document, newest release first. */
export function releaseBooks(edition: Edition): ReleaseBook[] {
  return [...(edition.releases?.releases ?? [])].reverse().flatMap((release) =>
    (frozenFiles(edition, release.n) ?? [])
      .filter((file) => isBookFile(file.name))
      .map((file) => ({
        n: release.n,
        date: release.date,
        fileName: file.name,
        path: releaseDataPath(release.n, file.name),
        mediaType: exportMediaType(file.name),
        bytes: file.bytes,
        sha256: file.sha256,
      })),
  );
}
