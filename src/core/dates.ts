/**
 * Reading the dates every page may meet: RFC 3339 / W3C-DTF / ISO 8601 (JSON Feed, Atom,
 * Dublin Core, WordPress, a card's `date`), RFC 822 with any common zone (RSS, and Atom feeds
 * that use it; also `+01` and a trailing `(CET)` comment), and the asctime and JavaScript
 * `Date#toString` forms some generators print. A date and time without a zone is a
 * `ZonelessDate`, whose zone the page decides, and so is a date alone (its midnight). Anything else — a
 * wrong month name, day 99, minute 61 — is no date at all. The forms only RSS and Atom dates
 * write (month names of other languages, zones named otherwise, a 12-hour clock) are read by
 * feed-dates.ts, which the RSS/Atom reader loads and the module API's `parseDate` is.
 */
import {ZONELESS} from './timezone.js';

// Zone abbreviations feeds use, in hours from UTC (the US one-letter-less forms ET/CT/… too).
// An abbreviation two zones share is read one way: AST the Atlantic's (−4, as feedparser reads
// it), not Arabia's (+3); IST Ireland's (+1), not India's (+5:30). A feed that means the other
// must write its offset (`+0300`), as RFC 822 asks of any zone but the US ones.
const ZONES: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0, WEST: 1, BST: 1, IST: 1, CET: 1, CEST: 2, MET: 1, MEST: 2, EET: 2, EEST: 3, MSK: 3,
  ADT: -3, AST: -4, AT: -4, EDT: -4, EST: -5, ET: -5, CDT: -5, CST: -6, CT: -6, MDT: -6, MST: -7, MT: -7, PDT: -7, PST: -8, PT: -8,
  AKST: -9, AKDT: -8, HST: -10, NZST: 12, NZDT: 13, AEST: 10, AEDT: 11, ACST: 9.5, ACDT: 10.5, AWST: 8, JST: 9, KST: 9, HKT: 8, SGT: 8,
  WIB: 7, PKT: 5, A: -1, N: 1, M: -12, Y: 12,
});
export const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A date and time written without a zone (`2026-12-04T10:00:00`, as Python's `isoformat()` of
 * a naive datetime writes it; RSS's `Fri, 04 Dec 2026 10:00:00`): its UTC reading is the time
 * written. Whose clock that is, the page knows, not the feed: `inZone` (timezone.ts) reads it
 * in a zone, as `<news-article-card>` and the date formatters do in their `timeZone` (the
 * edition's), else in the reader's, as `new Date('2026-12-04T10:00')` reads such a date.
 * JSON writes it without a zone too, so a feed stored and read again (the feed cache, a
 * server handing its feed to the page) keeps it.
 */
export class ZonelessDate extends Date {
  get [ZONELESS](): true {
    return true;
  }
  override toJSON(): string {
    // Invalid, `null`, as Date's (which TypeScript types as a string).
    const json = super.toJSON() as string | null;
    return (json && json.slice(0, -1)) as string;
  }
}

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const YEARS_400_MS = 146_097 * 86_400_000;
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysIn = (year: number, month: number) => (month === 1 && isLeap(year) ? 29 : DAYS[month]);

/**
 * The instant of the parts, checked (undefined when any part is out of range), written at
 * `offsetMinutes` from UTC; with `null` (the default), a date or time written without a zone,
 * a `ZonelessDate`.
 */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, offsetMinutes: number | null = null, ms = 0): Date | undefined {
  if (!(year >= 1 && year <= 9999) || month < 0 || month > 11 || day < 1 || day > daysIn(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 60) return undefined;
  // Date.UTC reads years 0–99 as 1900–1999: shift those by 400 years (the calendar repeats) and back.
  const early = year < 100;
  const time = Date.UTC(early ? year + 400 : year, month, day, hour, minute, Math.min(second, 59), ms) - (early ? YEARS_400_MS : 0);
  return offsetMinutes === null ? new ZonelessDate(time) : new Date(time - offsetMinutes * 60_000);
}

/**
 * Minutes east of UTC for a zone written as a name, `±hhmm`, `±hh:mm` or `GMT±hh[:mm]`;
 * undefined when unreadable. None: `null` (a `ZonelessDate`, a date alone too: its day is the day
 * written wherever it is read, not the day before west of UTC).
 */
function zoneOffset(zone: string | undefined): number | null | undefined {
  if (!zone) return null;
  const upper = zone.toUpperCase();
  const name = upper.replace(/^ETC\//, '');
  if (Object.hasOwn(ZONES, name)) return ZONES[name] * 60;
  const numeric = /^(?:GMT|UTC|UT)?([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(name);
  if (!numeric) return undefined;
  const [, sign, hours, minutes = '0'] = numeric;
  const offset = +hours * 60 + +minutes;
  // No zone is more than 14 hours from UTC.
  if (offset > 840 || +minutes > 59) return undefined;
  // The time zone database's `Etc/GMT+5` is POSIX's: five hours behind UTC.
  return (sign === '-') !== (name !== upper) ? -offset : offset;
}

const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const fullYear = (text: string) => (text.length === 2 ? Number(text) + (Number(text) < 50 ? 2000 : 1900) : Number(text));

// A month of three digits is one zero-padded (`2003-012-31`, from feedparser's tests), not a day of the year.
const ISO = /^(\d{4})(?:-(\d{2,3})(?:-(\d{2}))?|(\d{2})(\d{2}))?(?:[T ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const SHORT_ISO = /^(?:(\d{2})-?(\d{2})-?(\d{2})|-(\d{2})-?(\d{2})|(\d{2})(\d{3}))$/;
const TIME = String.raw`(\d{1,2}):(\d{2})(?::(\d{2}))?`;
// A zone name (with an offset, `GMT+0100`), or an offset: `+0100`, `+01:00`, and `+01` as Python's `%z` leaves it.
const ZONE = String.raw`([a-z]{1,5}(?:\/[a-z]+)?(?:[+-]\d{1,2}(?::?\d{2})?)?|[+-]\d{2}(?::?\d{2})?)`;
const RFC_822 = new RegExp(String.raw`^(?:[a-z]+\.?,?\s*)?(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{2}|\d{4})(?:,?\s+${TIME})?(?:\s*${ZONE})?$`, 'i');
// asctime (`Sun Jan  4 16:29:06 2004`, also with a zone before the year) and Date#toString (`Thu Aug 30 2012 17:26:16 +0200`).
const ASCTIME = new RegExp(String.raw`^[a-z]{3},?\s+([a-z]{3})\s+(\d{1,2})\s+(?:${TIME}(?:\s+${ZONE})?\s+(\d{4})|(\d{4})\s+${TIME}(?:\s+${ZONE})?)$`, 'i');
// Perforce: `Fri, 2006/09/15 08:19:53 EDT`.
const SLASHED = new RegExp(String.raw`^(?:[a-z]+,?\s*)?(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+${TIME})?(?:\s+${ZONE})?$`, 'i');

function fromIso(match: RegExpExecArray): Date | undefined {
  const [, year, month = '1', day = '1', compactMonth, compactDay, hour, minute, second, fraction = '', zone] = match;
  const offset = zoneOffset(zone);
  if (offset === undefined) return undefined;
  // Milliseconds keep the order of items written in one second; digits past them are cut, as Date.parse cuts them.
  const ms = +fraction.slice(0, 3).padEnd(3, '0');
  return utc(+year, +(compactMonth ?? month) - 1, +(compactDay ?? day), hour ? +hour : 0, minute ? +minute : 0, second ? +second : 0, offset, ms);
}

/** Reads a date string of a common form (above); undefined (never Invalid Date) when it is not one. */
export function parseCommonDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value !== 'string') return undefined;
  let text = value.trim().replace(/\s+/g, ' ');
  // A comment at the end names the zone again: RFC 5322's `+0100 (CET)`, Date#toString's `GMT+0100 (Central European Standard Time)`.
  if (text.endsWith(')') && text.lastIndexOf('(') > 0) text = text.slice(0, text.lastIndexOf('(')).trimEnd();
  if (!text || text.length > 64) return undefined;
  let match = ISO.exec(text);
  if (match) return fromIso(match);
  if ((match = SHORT_ISO.exec(text))) {
    const [, yy, mm, dd, yy2, mm2, yy3, ordinal] = match;
    if (ordinal) {
      const year = fullYear(yy3);
      if (+ordinal < 1 || +ordinal > (isLeap(year) ? 366 : 365)) return undefined;
      const date = new Date(Date.UTC(year, 0, +ordinal));
      return utc(year, date.getUTCMonth(), date.getUTCDate());
    }
    return utc(fullYear(yy ?? yy2), +(mm ?? mm2) - 1, dd ? +dd : 1);
  }
  if ((match = RFC_822.exec(text))) {
    const [, day, name, year, hour, minute, second, zone] = match;
    const offset = zoneOffset(zone);
    if (offset === undefined) return undefined;
    // `janv.`, `Ene`: a month of another language (feed-dates.ts).
    if (month(name) < 0 || (name.length > 3 && !MONTH_NAMES.test(name))) return undefined;
    return utc(fullYear(year), month(name), +day, hour ? +hour : 0, minute ? +minute : 0, second ? +second : 0, offset);
  }
  if ((match = ASCTIME.exec(text))) {
    const [, name, day, h1, m1, s1, z1, y1, y2, h2, m2, s2, z2] = match;
    const offset = zoneOffset(z1 ?? z2);
    if (offset === undefined || month(name) < 0) return undefined;
    return utc(+(y1 ?? y2), month(name), +day, +(h1 ?? h2), +(m1 ?? m2), +(s1 ?? s2 ?? 0), offset);
  }
  if ((match = SLASHED.exec(text))) {
    const [, year, mon, day, hour, minute, second, zone] = match;
    const offset = zoneOffset(zone);
    return offset === undefined ? undefined : utc(+year, +mon - 1, +day, hour ? +hour : 0, minute ? +minute : 0, second ? +second : 0, offset);
  }
  if ((match = KOREAN.exec(text))) {
    const [, year, mon, day, half, hour, minute, second] = match;
    const hours = half ? (+hour % 12) + (half === '오후' ? 12 : 0) : +hour;
    // Korea's time only where it is written in Korean: `2024-3-5 10:00:00` is ISO's form with one-digit numbers, without a zone.
    return utc(+year, +mon - 1, +day, hours, +minute, +second, half || text.includes('년') ? 9 * 60 : null);
  }
  return undefined;
}

// Korean forms, in Korea's time: `2004년 05월 28일 01:31:15` (OnBlog), `2004-05-25 오후 11:23:17` (Nate; 오전 AM, 오후 PM).
const KOREAN = /^(\d{4})(?:년 ?|-)(\d{1,2})(?:월 ?|-)(\d{1,2})일? (?:(오전|오후) )?(\d{1,2}):(\d{2}):(\d{2})$/;
const MONTH_NAMES = /^(?:january|february|march|april|may|june|july|august|september|sept|october|november|december)$/i;
