/**
 * The day in a time zone as a clock shows it, through `Intl` only: when the next one starts,
 * and how to write it for a reader. Apart from `timezone.ts`, which every element loads, so
 * that only code that shows the day carries this.
 */
import {formatDateTime} from './intl.js';
import {capitalized} from './language.js';
import {dayIn} from './timezone.js';
import {zoneAt} from './zone-data.js';

const HOUR = 3_600_000;

/**
 * The first instant after `instant` at which the date in `zone` changes: that zone's next
 * midnight, or whatever starts its next day when a daylight-saving change skips midnight.
 * Found by bisection on `Intl`'s answer, so no offset table or arithmetic can be wrong.
 */
export function nextDayStart(instant: number, zone?: string): number {
  const today = dayIn(instant, zoneAt(zone, instant));
  let before = instant;
  // No day is longer than 26 hours; 48 leaves room for a zone that skipped a whole day.
  let after = instant + 48 * HOUR;
  while (after - before > 1) {
    const middle = Math.floor((before + after) / 2);
    if (dayIn(middle, zoneAt(zone, middle)) === today) before = middle;
    else after = middle;
  }
  return after;
}

/**
 * "Friday, January 16, 2026" / "الجمعة، 16 يناير 2026": weekday, day, month and year in `zone`,
 * in the locale's calendar (a Persian page's is the Solar Hijri one), or in `calendar`. A line
 * of its own, it starts with a capital: "Vendredi 20 mars 2026", "Viernes, 20 de marzo de
 * 2026", as French and Spanish papers head their pages (`Intl` writes the weekday as running
 * text does).
 */
export function formatDay(instant: number, locale: string, zone?: string, calendar?: string): string {
  return capitalized(formatDateTime(instant, locale, {timeZone: zone, calendar, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}), locale);
}
