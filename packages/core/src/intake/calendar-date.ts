const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Whether a string is a real calendar date `YYYY-MM-DD` (leap years included).
 *
 * @param text - the candidate
 * @returns true for a valid date
 */
export function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/**
 * Age in whole years on a date (core has no clock: the date comes in).
 *
 * @param birthDate - `YYYY-MM-DD`
 * @param onDate - `YYYY-MM-DD`, e.g. today
 * @returns completed years, or null when either date is invalid or the birth is after the date
 */
export function ageInYears(birthDate: string, onDate: string): number | null {
  if (!isCalendarDate(birthDate) || !isCalendarDate(onDate) || birthDate > onDate) return null;
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
