/**
 * A strict RFC 4180 parser for the tests: records end in CRLF, a field is
 * either plain (no comma, quote, CR or LF) or quoted (quotes doubled, commas
 * and line breaks allowed), and every record has as many fields as the first.
 * Anything else throws with the offset, so a sloppy writer cannot pass.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`RFC 4180: ${what} at offset ${i}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) fail('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else field += text[i++] ?? '';
      }
    } else {
      while (i < text.length && !/[,\r\n]/.test(text[i] ?? '')) {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i++] ?? '';
      }
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      if (i === text.length) fail('comma at end of file');
    } else if (text.startsWith('\r\n', i)) {
      i += 2;
      records.push(record);
      record = [];
    } else if (i === text.length) {
      records.push(record); // RFC 4180 allows the last record without a line break
      record = [];
    } else fail(`expected a comma or CRLF, found ${JSON.stringify(text[i])}`);
  }
  const width = records[0]?.length ?? 0;
  records.forEach((r, n) => {
    if (r.length !== width) throw new Error(`RFC 4180: record ${n + 1} has ${r.length} fields, the header ${width}`);
  });
  return records;
}
