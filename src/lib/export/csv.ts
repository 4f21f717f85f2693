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
import { walk } from '../records/walk.ts';

export const CSV_COLUMNS = ['id', 'measure', 'part', 'zh', 'en', 'zh_tokens'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

export const BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (it begins with =, +, -, @, tab or CR) gets a leading apostrophe,
 * as OWASP recommends for CSV injection; only the CSV is changed, the JSON and XML keep the exact text.
 */
export function neutralised(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, neutralised, then quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  const safe = neutralised(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
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
  return walk(edition).flatMap((step) => {
    switch (step.kind) {
      case 'front':
      case 'preamble':
        return [csvRow(step.sentence, undefined, undefined)];
      case 'part-heading':
      case 'paragraph-sentence':
        return [csvRow(step.sentence, undefined, step.part.n)];
      case 'measure-sentence':
        return [csvRow(step.sentence, step.measure.n, step.measure.part)];
      // Containers have no text of their own: their sentences are the rows.
      case 'part':
      case 'paragraph':
      case 'measure':
        return [];
    }
  });
}

/** The whole file: byte-order mark, header, one record per unit, each ended by CRLF. */
export function toCsv(edition: Edition): string {
  const records = [CSV_COLUMNS, ...csvRows(edition).map((row) => CSV_COLUMNS.map((c) => row[c]))];
  return BOM + records.map((r) => csvRecord(r) + CRLF).join('');
}
