/**
 * Dates for readers, through `Intl` only (see `intl.ts` for the locale that formats and the
 * one formatter cache).
 */
import {carriedLocale, formatDateTime, formatRelative, listFormat} from './intl.js';
import {calendarDays, inZone, isZoneless} from './timezone.js';
import {offsetAt, zoneAt} from './zone-data.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Dates closer than this are relative ("3 hours ago"); older ones absolute. */
const RELATIVE_LIMIT = 7 * DAY;

/** Options of the date formatters. */
export interface DateOptions {
  /**
   * IANA zone absolute dates and times are shown in, e.g. the edition's `Africa/Casablanca`
   * (default: the reader's), and the zone of a date written without one (a feed's
   * `2026-12-04T10:00`, which `parseFeed` keeps as written).
   */
  timeZone?: string;
}

/**
 * True for a day without a time: a date alone (`2026-01-10`), or midnight written without a zone
 * (`2026-01-10T00:00:00`, as systems that keep only the day write it). It is shown as a day
 * ("yesterday"), never in hours it does not know.
 */
const dayAlone = (date: Date) => isZoneless(date) && date.getTime() % DAY === 0;

/**
 * The `datetime` of a `<time>` showing `date` as `shown` (`date` read in the card's zone, as
 * `inZone` reads it): a day alone is its day (`2026-01-10`), as written, not the instant of its
 * midnight in one zone; any other date is its instant.
 */
export const machineTime = (date: Date, shown: Date): string => (dayAlone(date) ? date.toISOString().slice(0, 10) : shown.toISOString());

/** True when `date` is shown relative to `now`, and so changes as time passes. */
export function isRelative(date: Date, now = Date.now()): boolean {
  return Math.abs(now - date.getTime()) < RELATIVE_LIMIT;
}

/**
 * "3 hours ago" / "قبل 3 ساعات" under a day from `now`; then in days by the calendar of
 * `timeZone` (the reader's without one), so that "yesterday" is the day before today whatever
 * the hours between: 47 hours ago at 15:00 is "2 days ago", "avant-hier", "أول أمس". A week
 * or more away: day, month name and year ("Jan 12, 2026", "12 يناير 2026") in `timeZone`. A
 * day without a time (a `ZonelessDate` at midnight: `2026-01-10`, `2026-01-10T00:00:00`) is
 * never in hours: "today", "yesterday", "3 days ago".
 * @throws {RangeError} for an invalid date, and for a `timeZone` that `Intl` does not know once
 *   the date is a day or more away (nearer ones are written without it), as
 *   `Intl.DateTimeFormat` does (the elements warn of an unknown zone and use the reader's).
 */
export function formatArticleDate(date: Date, locale: string, now = Date.now(), {timeZone: given}: DateOptions = {}): string {
  const timeZone = zoneAt(given, date.getTime());
  const day = dayAlone(date);
  date = inZone(date, timeZone);
  const diff = date.getTime() - now;
  const abs = Math.abs(diff);
  // By the calendar, 6 days and 23 hours ago can be 7 days ago: a week or more is a date.
  const days = (abs < DAY && !day) || abs >= RELATIVE_LIMIT ? 0 : calendarDays(date.getTime(), now, given);
  // In French's months: CLDR shortens Morocco's as its papers never do ("jui." for juin, "mar." for mars).
  if (abs >= RELATIVE_LIMIT || Math.abs(days) >= 7) return formatDateTime(date, locale.replace(/^fr-ma\b/i, 'fr'), {day: 'numeric', month: 'short', year: 'numeric', timeZone});
  // A day alone: "today", "yesterday", "3 days ago".
  if (day) return formatRelative(days, 'day', locale);
  // Clocks disagree by a few seconds or minutes: anything inside a minute is "now", and so is a
  // story up to 5 minutes ahead (a reader's clock behind the newsroom's: never "in 3 minutes").
  if (abs < MINUTE || (diff > 0 && diff < 5 * MINUTE)) return formatRelative(0, 'second', locale);
  if (abs < HOUR) return formatRelative(Math.trunc(diff / MINUTE), 'minute', locale);
  // Under a day, hours; also 24 hours and more within one calendar day, as on a day of 25 hours (clocks turned back).
  if (!days) return formatRelative(Math.trunc(diff / HOUR), 'hour', locale);
  return formatRelative(days, 'day', locale);
}

// A zone's offset ("+1", "−5:30", "+0") in a zone's name.
const OFFSET = /([+\-\u2212]\p{Nd}[\p{Nd}:]*)(\s*)/gu;
/** Text that ends where a word could start: nothing, a space, an opening parenthesis or a direction mark. */
const AFTER_GAP = /(^|[\s(\u200e\u200f])$/u;

/**
 * The full date and time (the date alone for a day without a time, as `formatArticleDate`
 * reads one), for a tooltip; with the zone's name when `timeZone` is given, so a
 * reader abroad knows whose clock it is. The zone's offset is isolated left to right (LRI …
 * PDI): in Arabic its sign would otherwise stand after its digits ("غرينتش+1" shown as
 * "1+غرينتش"). An offset of zero goes: "UTC", "GMT", "غرينتش", where engines write "UTC+0"
 * (French, Arabic: Morocco's time since 2026, London's in winter).
 * @throws {RangeError} for a `timeZone` that `Intl` does not know or an invalid date.
 */
export function formatFullDate(date: Date, locale: string, {timeZone: given}: DateOptions = {}): string {
  const timeZone = zoneAt(given, date.getTime());
  const day = dayAlone(date);
  date = inZone(date, timeZone);
  // A day alone has no time to give, nor a zone whose clock it is.
  if (day) return formatDateTime(date, locale, {dateStyle: 'full', timeZone});
  // The reader's own clock (read by its latest rules): no zone's name.
  if (!given) return formatDateTime(date, locale, {dateStyle: 'full', timeStyle: 'short', timeZone});
  // Zero in whatever digits the locale writes ("+0", "+٠"); with the space after it where no
  // word stands before it (Persian's "(‎+۰ گرینویچ)"; Chinese "GMT+0 10:07" keeps "GMT 10:07"),
  // and the space it leaves at the end (Urdu's "GMT +0").
  const utc = !offsetAt(date.getTime(), timeZone);
  return formatDateTime(date, locale, {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short'})
    .replace(OFFSET, (_, offset: string, space: string, at: number, text: string) =>
      utc ? (AFTER_GAP.test(text.slice(0, at)) ? '' : space) : `\u2066${offset}\u2069${space}`,
    )
    .trim();
}

const ISOLATE_MARKS = /[\u2066-\u2069]/g;

/**
 * `text` isolated for bidi (FSI … PDI, its own isolate marks gone), to stand in a sentence of
 * either direction: "C++" stays "C++" inside an Arabic sentence, not "++C".
 */
export const isolate = (text: string) => `\u2068${text.replace(ISOLATE_MARKS, '')}\u2069`;

/**
 * "Amina, Karim and Salma" in the locale's words. Each name is isolated for bidi (FSI … PDI,
 * no extra element): a name in another script, or with a direction override in it (or an
 * isolate mark that would end its isolate early), cannot reorder the next name or the words
 * between them. A language the engines lack (Tamazight) says its own "and", not its pattern
 * locale's.
 */
export function formatList(names: string[], locale: string): string {
  // One name is its own list, in every locale (most cards have one author: no formatter asked).
  if (names.length < 2) return names.map(isolate).join('');
  const and = carriedLocale(locale)?.and;
  if (and) return `${names.slice(0, -1).map(isolate).join(', ')} ${and} ${isolate(names.at(-1)!)}`;
  // The formatter reads the names themselves, for a conjunction that depends on the next word's
  // sound (Spanish "Amina e Ignacio", not "y"); each is isolated once the list is written.
  return listFormat(locale, {type: 'conjunction'})
    .formatToParts(names)
    .map((part) => (part.type === 'element' ? isolate(part.value) : part.value))
    .join('');
}
