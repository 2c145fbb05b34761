/**
 * Dates for readers, through `Intl` only. Formatters are cached per locale: creating one
 * costs far more than formatting with it.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Dates closer than this are relative ("3 hours ago"); older ones absolute. */
export const RELATIVE_LIMIT = 7 * DAY;

type Formatter = Intl.RelativeTimeFormat | Intl.DateTimeFormat | Intl.ListFormat;
const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) cache.set(key, (formatter = make()));
  return formatter;
}

/** True when `date` is shown relative to `now`, and so changes as time passes. */
export function isRelative(date: Date, now = Date.now()): boolean {
  return Math.abs(now - date.getTime()) < RELATIVE_LIMIT;
}

/** "3 hours ago" / "قبل 3 ساعات" under a week from `now`, "12 Jan 2026" otherwise. */
export function formatArticleDate(date: Date, locale: string, now = Date.now()): string {
  const diff = date.getTime() - now;
  if (!isRelative(date, now)) {
    return cached(`d:${locale}`, () => new Intl.DateTimeFormat(locale, {dateStyle: 'medium'})).format(date);
  }
  const rtf = cached(`r:${locale}`, () => new Intl.RelativeTimeFormat(locale, {numeric: 'auto'})) as Intl.RelativeTimeFormat;
  const abs = Math.abs(diff);
  // Clocks disagree by a few seconds or minutes: anything inside a minute is "now".
  if (abs < MINUTE) return rtf.format(0, 'second');
  if (abs < HOUR) return rtf.format(Math.trunc(diff / MINUTE), 'minute');
  if (abs < DAY) return rtf.format(Math.trunc(diff / HOUR), 'hour');
  return rtf.format(Math.trunc(diff / DAY), 'day');
}

/** The full date and time, for a tooltip. */
export function formatFullDate(date: Date, locale: string): string {
  return cached(`f:${locale}`, () => new Intl.DateTimeFormat(locale, {dateStyle: 'full', timeStyle: 'short'})).format(date);
}

/** "Amina, Karim and Salma" in the locale's words. */
export function formatList(names: string[], locale: string): string {
  return cached(`l:${locale}`, () => new Intl.ListFormat(locale, {type: 'conjunction'})).format(names);
}
