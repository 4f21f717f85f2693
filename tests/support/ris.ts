/**
 * A strict RIS reader for the tests: every line is `XX  - value` (two
 * characters, two spaces, a hyphen, a space) ending in CRLF; a record starts
 * with TY and ends with ER. Anything else throws with the line number.
 */
export type RisRecord = [tag: string, value: string][];

export function parseRis(text: string): RisRecord[] {
  if (!text.endsWith('\r\n')) throw new Error('RIS: the last line does not end in CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  const records: RisRecord[] = [];
  let record: RisRecord | undefined;
  lines.forEach((line, n) => {
    const m = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
    if (!m) throw new Error(`RIS: line ${n + 1} is not a tag line: ${JSON.stringify(line)}`);
    const [, tag = '', value = ''] = m;
    if (/[\r\n]/.test(value)) throw new Error(`RIS: line ${n + 1} holds a bare line break`);
    if (tag === 'TY') {
      if (record) throw new Error(`RIS: line ${n + 1} starts a record before ER`);
      record = [];
    } else if (!record) throw new Error(`RIS: line ${n + 1} stands outside a record`);
    if (tag === 'ER') {
      if (value !== '') throw new Error(`RIS: line ${n + 1}: ER takes no value`);
      records.push(record);
      record = undefined;
    } else record.push([tag, value]);
  });
  if (record) throw new Error('RIS: the last record has no ER');
  return records;
}
