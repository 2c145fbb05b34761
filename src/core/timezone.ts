/**
 * Calendar days in a time zone, through `Intl` only: which day it is there, when the next
 * one starts, and how to write it for a reader.
 */
import {dateTimeFormat, formatDateTime} from './intl.js';

const HOUR = 3_600_000;

/** True when `Intl` knows `zone` as an IANA time zone (`Africa/Casablanca`, `UTC`). */
export function isValidTimeZone(zone: string): boolean {
  try {
    dateTimeFormat('en', {timeZone: zone});
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone an element's `timezone` attribute names, when `Intl` knows it; undefined (the
 * reader's zone) when it is empty, or unknown, which `element` reports in one console warning.
 */
export function timeZoneAttribute(value: string | undefined, element: string): string | undefined {
  const zone = value?.trim() || undefined;
  if (!zone || isValidTimeZone(zone)) return zone;
  console.warn(`${element}: unknown time zone "${zone}"; using the reader's instead.`);
  return undefined;
}

/** The calendar date at `instant` in `zone` (the reader's zone when undefined), as `YYYY-MM-DD`. */
export function dayIn(instant: number, zone?: string): string {
  // en-CA writes dates as YYYY-MM-DD; the parts make it independent of that habit anyway.
  const parts = dateTimeFormat('en-CA', {timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn'}).formatToParts(
    instant,
  );
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/**
 * The first instant after `instant` at which the date in `zone` changes: that zone's next
 * midnight, or whatever starts its next day when a daylight-saving change skips midnight.
 * Found by bisection on `Intl`'s answer, so no offset table or arithmetic can be wrong.
 */
export function nextDayStart(instant: number, zone?: string): number {
  const today = dayIn(instant, zone);
  let before = instant;
  // No day is longer than 26 hours; 48 leaves room for a zone that skipped a whole day.
  let after = instant + 48 * HOUR;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (dayIn(middle, zone) === today) before = middle;
    else after = middle;
  }
  return after;
}

/** "Friday, January 16, 2026" / "الجمعة، 16 يناير 2026": weekday, day, month and year in `zone`. */
export function formatDay(instant: number, locale: string, zone?: string): string {
  return formatDateTime(instant, locale, {timeZone: zone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'});
}
