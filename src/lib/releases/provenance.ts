/**
 * Provenance for the data page: the path of the source download (its bytes are
 * published by content/files.ts, `sourceFileBytes`), and a report about one
 * sentence through the edition's report channel (settings/site-settings.ts).
 */
import type { ReportChannel } from '../settings/site-settings.ts';

/** /data/{doc}.zh.txt */
export function sourcePath(slug: string): string {
  return `/data/${slug}.zh.txt`;
}

/** A report's title and body, in the page's language, naming the sentence's ID, the release read and the URL. */
export interface ReportSubject {
  readonly title: string;
  readonly body: string;
}

/** A link that opens a report about one sentence, filled in where the channel takes it (an issue form, an e-mail). */
export function reportHref(channel: ReportChannel, subject: ReportSubject): string {
  const q = (pairs: Record<string, string>): string =>
    Object.entries(pairs)
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join('&');
  if (channel.kind === 'github-issues') return `${channel.url.replace(/\/$/, '')}/new?${q({ title: subject.title, body: subject.body })}`;
  if (channel.kind === 'mailto') return `${channel.url}?${q({ subject: subject.title, body: subject.body })}`;
  return channel.url;
}
