/**
 * Chinese numerals as used to number parts (一 、) and measures （二十七）.
 * Only the canonical forms 一 … 九十九 are accepted, so that （十） and （一十）
 * cannot both mean ten.
 */
const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

export function toChineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (DIGITS[units] ?? '');
}

const CANONICAL = new Map<string, number>(Array.from({ length: 99 }, (_, i) => [toChineseNumeral(i + 1), i + 1] as const));

/** The value of a canonical Chinese numeral, or undefined if the text is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  return CANONICAL.get(text);
}
