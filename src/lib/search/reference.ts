/**
 * A query that names a unit rather than describing it: a structural ID as the
 * CSV, JSON and README write it (`m14.s2`, `m14`, `p3`, `p1.para2`,
 * `preamble.s1`), or a reference as readers cite one (`14.2`, `measure 14`,
 * `（十四）`, `第十四条`, `part 3`, `第三部分`). IDs are read only by the ID
 * module; this file reads the reference forms around them and returns
 * `UnitId` values.
 */
import { parseChineseNumeral } from '../records/numerals.ts';
import { ids, parseId, type UnitId } from '../records/ids.ts';

/** How many parts and measures the edition has, so that `measure 40` is not a reference. */
export interface Extent {
  readonly parts: number;
  readonly measures: number;
}

/** A number written in digits (ASCII or full-width) or as a canonical Chinese numeral. */
function numberOf(text: string): number | undefined {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (/^[1-9]\d{0,2}$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}

const NUMBER = '([0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})';
/** Reference forms for a measure, a measure's sentence and a part, each capturing the numbers. */
const MEASURE_SENTENCE = [
  new RegExp(`^${NUMBER}\\s*[.．]\\s*${NUMBER}$`, 'u'),
  new RegExp(`^(?:measure|point|item|no\\.?)\\s*${NUMBER}\\s*[,，]?\\s*(?:sentence|s\\.?)\\s*${NUMBER}$`, 'iu'),
];
const MEASURE = [
  new RegExp(`^(?:measure|point|item|no\\.?)\\s*${NUMBER}$`, 'iu'),
  new RegExp(`^[（(]\\s*${NUMBER}\\s*[）)]$`, 'u'),
  new RegExp(`^第\\s*${NUMBER}\\s*(?:条|项|点)$`, 'u'),
  new RegExp(`^(?:措施|举措)\\s*${NUMBER}$`, 'u'),
];
const PART = [
  new RegExp(`^part\\s*${NUMBER}$`, 'iu'),
  new RegExp(`^第\\s*${NUMBER}\\s*(?:部分|章)$`, 'u'),
  new RegExp(`^${NUMBER}\\s*、$`, 'u'),
];

function firstMatch(patterns: readonly RegExp[], text: string): RegExpExecArray | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return undefined;
}

/** The unit a query names, or `undefined` when it is an ordinary query (or names a unit the edition lacks). */
export function parseReference(query: string, extent: Extent): UnitId | undefined {
  const text = query
    .trim()
    .replace(/^["“'‘]|["”'’]$/g, '')
    .trim();
  const id = parseId(text.toLowerCase());
  // Front-matter IDs are ordinary English words ("title"); a reader typing them is searching.
  if (id && id.kind !== 'issuers' && id.kind !== 'title' && id.kind !== 'dateline') return exists(id, extent) ? id : undefined;
  const ms = firstMatch(MEASURE_SENTENCE, text);
  if (ms) {
    const measure = numberOf(ms[1] ?? '');
    const sentence = numberOf(ms[2] ?? '');
    if (measure && sentence) return checked({ kind: 'measure-sentence', measure, sentence }, extent);
  }
  const m = firstMatch(MEASURE, text);
  const measure = m && numberOf(m[1] ?? '');
  if (measure) return checked({ kind: 'measure', measure }, extent);
  const p = firstMatch(PART, text);
  const part = p && numberOf(p[1] ?? '');
  if (part) return checked({ kind: 'part', part }, extent);
  return undefined;
}

function checked(id: UnitId, extent: Extent): UnitId | undefined {
  return exists(id, extent) ? id : undefined;
}

/** Whether the edition has the unit's part or measure (sentence numbers are checked by the page it opens). */
function exists(id: UnitId, extent: Extent): boolean {
  if ('measure' in id) return id.measure <= extent.measures;
  if ('part' in id) return id.part <= extent.parts;
  return true;
}

/**
 * The search record that holds a unit's text (see `searchRecords`): its measure, its part paragraph, its part's
 * heading, the preamble, or the front matter. Its ID is the record's `u` filter, so a query naming a unit can fetch
 * that unit's text without searching.
 */
export function searchRecordOf(id: UnitId): string {
  switch (id.kind) {
    case 'measure':
    case 'measure-sentence':
      return ids.measure(id.measure);
    case 'part':
    case 'part-heading':
      return ids.part(id.part);
    case 'paragraph':
    case 'paragraph-sentence':
      return ids.paragraph(id.part, id.paragraph);
    case 'preamble-sentence':
      return 'preamble';
    case 'issuers':
    case 'title':
    case 'dateline':
      return ids.title();
  }
}
