/**
 * The Hijri date beside the Gregorian one, as Moroccan (and most Arab) news sites show it,
 * through `Intl`'s Islamic calendars. Countries that follow a moon sighting (Morocco's
 * Ministry of Habous and Islamic Affairs announces each month) often differ from the
 * computed Umm al-Qura calendar by a day or two: an offset of −2…2 days follows them.
 */
import {carriedLocale, dateTimeFormat, formatDateTime} from './intl.js';
import {dayIn, inZone} from './timezone.js';
import {zoneAt} from './zone-data.js';
import {writtenNumber} from './written-number.js';

/** The Islamic calendars `Intl` knows. */
export type HijriCalendar = 'islamic-umalqura' | 'islamic-civil' | 'islamic-tbla' | 'islamic';

/** Options of {@link formatHijriDate}. */
export interface HijriOptions {
  /** Days added to the calculated date, −2…2, to follow a national moon-sighting calendar (default 0). */
  offset?: number;
  /** IANA zone whose calendar day is converted (default: the reader's). */
  timeZone?: string;
  /** The Islamic calendar computed (default `islamic-umalqura`). */
  calendar?: HijriCalendar;
  /** Add the weekday ("الجمعة، 27 رجب 1447 هـ"). */
  weekday?: boolean;
}

const DAY = 86_400_000;
export const MAX_HIJRI_OFFSET = 2;

/**
 * An offset as an element attribute gives it (`"-1"`, `"1"`, `null`), also as an Arabic
 * keyboard writes it (`"−1"`, `"-١"`): a whole number of days, clamped to −2…2; 0 for anything
 * that is not a number.
 */
export function hijriOffset(value: unknown): number {
  const days = Math.round(typeof value === 'string' ? (writtenNumber(value) ?? 0) : Number(value));
  return Number.isFinite(days) ? Math.max(-MAX_HIJRI_OFFSET, Math.min(MAX_HIJRI_OFFSET, days)) : 0;
}

/**
 * The Hijri date of the calendar day at `instant` in `timeZone`, shifted by `offset` days, in
 * the locale `tag`: "27 رجب 1447 هـ", "27 rajab 1447 H", "Rajab 27, 1447 AH", "27 ⵔⴰⵊⴰⴱ 1447".
 * The era is CLDR's narrow one: French papers write "1447 H", where the short one is "AH".
 * @throws {RangeError} for a `timeZone` that `Intl` does not know or an invalid date.
 */
export function formatHijriDate(instant: Date | number, tag: string, {offset = 0, timeZone, calendar = 'islamic-umalqura', weekday = false}: HijriOptions = {}): string {
  timeZone = zoneAt(timeZone, +instant);
  // The day as the edition's clock reads it (a date written without a zone, on that clock), taken at noon UTC so no zone can move it.
  const day = Date.parse(`${dayIn(+(instant instanceof Date ? inZone(instant, timeZone) : instant), timeZone)}T12:00:00Z`);
  const shifted = day + hijriOffset(offset) * DAY;
  const options: Intl.DateTimeFormatOptions = {calendar, timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric', era: 'narrow', ...(weekday ? {weekday: 'long'} : {})};
  const text = formatDateTime(shifted, tag, options);
  if (!weekday || shifted === day) return text;
  // The offset moves the month's days to the moon as sighted, not the week: Friday stays
  // Friday. Its name as the whole date writes it (Latvian's differs from its name alone), or a
  // carried language's own.
  const weekdayOf = (at: number) =>
    carriedLocale(tag) ? formatDateTime(at, tag, {calendar, timeZone: 'UTC', weekday: 'long'}) : (dateTimeFormat(tag, options).formatToParts(at).find(({type}) => type === 'weekday')?.value ?? '');
  return text.replace(weekdayOf(shifted), weekdayOf(day));
}
