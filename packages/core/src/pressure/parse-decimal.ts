const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Parses one numeric cell `text[start, end)` without allocating a substring for the common case (optional sign,
 * digits, optional decimal point and digits, surrounding spaces). Anything else (exponents, `Infinity`) goes
 * through `Number`, so the result always agrees with `Number(cell.trim())` for finite numbers.
 *
 * @param text - the whole file text
 * @param start - index of the cell's first character
 * @param end - index one past the cell's last character
 * @returns the value, or NaN when the cell is empty or not a number
 */
export function parseDecimal(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return Number.NaN;
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === 45 || first === 43) {
    negative = first === 45;
    i++;
  }
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let c: number;
  while (i < end && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
    mantissa = mantissa * 10 + (c - 48);
    digits++;
    i++;
  }
  if (i < end && text.charCodeAt(i) === 46) {
    i++;
    while (i < end && (c = text.charCodeAt(i)) >= 48 && c <= 57) {
      mantissa = mantissa * 10 + (c - 48);
      digits++;
      fraction++;
      i++;
    }
  }
  if (i === end && digits > 0 && digits <= 15) {
    const value = mantissa / (POWERS_OF_TEN[fraction] ?? 1);
    return negative ? -value : value;
  }
  const cell = text.slice(start, end);
  if (!DECIMAL.test(cell)) return Number.NaN;
  const slow = Number(cell);
  return Number.isFinite(slow) ? slow : Number.NaN;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}
