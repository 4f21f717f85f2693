/**
 * The CSV export, /data/{doc}.csv: one row per sentence-like unit, in document
 * order (front matter, preamble, part headings, paragraphs, measure sentences).
 *
 * RFC 4180: comma-separated, CRLF after every record (including the last),
 * a field is quoted when it holds a comma, a double quote, CR or LF, and a
 * quote inside it is doubled. A header row names the columns. The file starts
 * with a UTF-8 byte-order mark so that spreadsheet programs read it as UTF-8
 * rather than guessing a legacy Chinese or Western code page.
 */
import type { Edition, Sentence } from '../records/index.ts';
import { measureOf, partOf } from '../records/ids.ts';
import { allSentences } from '../records/walk.ts';

export const CSV_COLUMNS = ['id', 'measure', 'part', 'zh', 'en', 'zh_tokens'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/** One field, quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvRecord(fields: readonly string[]): string {
  return fields.map(csvField).join(',');
}

/** A unit's row: the measure and part it stands in are empty for the front matter and preamble. */
export function csvRow(s: Sentence, measure: number | undefined, part: number | undefined): Record<CsvColumn, string> {
  return {
    id: s.id,
    measure: measure === undefined ? '' : String(measure),
    part: part === undefined ? '' : String(part),
    zh: s.text,
    en: s.en ?? '',
    zh_tokens: s.tokens.join(' '),
  };
}

/** Every row of the export, in document order. */
export function csvRows(edition: Edition): Record<CsvColumn, string>[] {
  const partOfMeasure = new Map(edition.measures.map((m) => [m.n, m.part]));
  return allSentences(edition).map((s) => {
    const n = measureOf(s.id);
    return csvRow(s, n, n === undefined ? partOf(s.id) : partOfMeasure.get(n));
  });
}

/** The whole file: byte-order mark, header, one record per unit, each ended by CRLF. */
export function toCsv(edition: Edition): string {
  const records = [CSV_COLUMNS, ...csvRows(edition).map((row) => CSV_COLUMNS.map((c) => row[c]))];
  return BOM + records.map((r) => csvRecord(r) + CRLF).join('');
}
