/**
 * Calendar days in a time zone, through `Intl` only: which day it is there, and how many
 * days apart two instants are. When the next day starts and how to write a day for a reader
 * are in `day.ts`, so that code that shows no day does not carry them.
 */
import {dateTimeFormat} from './intl.js';
import {canonical, offsetAt, zoneAt} from './zone-data.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** True when `Intl` knows `zone` as an IANA time zone (`Africa/Casablanca`, `UTC`). */
export const isValidTimeZone = (zone: string): boolean => canonical(zone) !== undefined;

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
 * The instant at which the clocks of `zone` (the reader's when undefined) read `wall`, a time
 * of day given as the milliseconds of that time in UTC, as `new Date('2026-03-08T02:30')`
 * reads a local time: where clocks turn back and the time comes twice, the first; where they
 * turn forward past it, the time the clocks would show had they not (02:30 is 03:30).
 */
export function fromWallTime(wall: number, zone?: string): number {
  const before = offsetAt(wall - DAY, zone);
  const after = offsetAt(wall + DAY, zone);
  // The offset before a change, unless the time is one only the offset after gives.
  return offsetAt(wall - before, zone) !== before && offsetAt(wall - after, zone) === after ? wall - after : wall - before;
}

/**
 * Marks a date written without a zone (dates.ts's `ZonelessDate`), by a registered symbol: a
 * date read by another copy of the library on the page is one too.
 */
export const ZONELESS = Symbol.for('news-widgets.zoneless');

/**
 * `date` as an instant: itself, or, written without a zone (a `ZonelessDate`, as `parseFeed`
 * keeps a feed's `2026-12-04T10:00:00`), the instant when the clocks of `zone` (an IANA name,
 * the edition's `Africa/Casablanca`; the reader's when undefined) read the time written. The
 * card and the date formatters read a feed's dates through it; code of a page's own that shows
 * or compares `item.published` should too: `inZone(item.published, 'Africa/Casablanca')`.
 * @throws {RangeError} for a `zone` that `Intl` does not know, when `date` is written without one.
 */
export function inZone<T extends Date | undefined>(date: T, zone?: string): T {
  return date && isZoneless(date) ? (new Date(fromWallTime(date.getTime(), zoneAt(zone, date.getTime()))) as T) : date;
}

/** True for a date written without a zone (a `ZonelessDate`, of this copy of the library or another). */
export const isZoneless = (date: Date): boolean => !!(date as {[ZONELESS]?: true})[ZONELESS];

/** Per zone, the minute last checked and the one offset its clocks kept over the fortnight around it (undefined when they changed). */
const steadyOffsets = new Map<string | undefined, {minute: number; offset?: number}>();

/** The offset `zone` keeps from a week before `now` to a week after, or undefined when its clocks change in that time; checked once a minute. */
function steadyOffset(now: number, zone?: string): number | undefined {
  const minute = Math.floor(now / MINUTE);
  let known = steadyOffsets.get(zone);
  if (known?.minute !== minute) {
    const offset = offsetAt(now, zoneAt(zone, now));
    // Every two days: no zone turns its clocks and back again within two days.
    let steady = true;
    for (let day = -8; day <= 8 && steady; day += 2) steady = offsetAt(now + day * DAY, zoneAt(zone, now + day * DAY)) === offset;
    steadyOffsets.set(zone, (known = {minute, offset: steady ? offset : undefined}));
  }
  return known.offset;
}

/**
 * Whole calendar days from the date of `now` to the date of `instant` in `zone` (-1: the day
 * before). Within a week of `now`, while the zone keeps one offset from UTC, by arithmetic on
 * it (a feed's cards cost no call to `Intl` each); else from the two dates as `Intl` gives
 * them, so a day of 23 or 25 hours counts as one.
 */
export function calendarDays(instant: number, now: number, zone?: string): number {
  const offset = Math.abs(instant - now) <= 7 * DAY ? steadyOffset(now, zone) : undefined;
  // Each date by the rules of its own day (`zoneAt`): a story of 19 September 2026 counted from the 21st in Casablanca.
  if (offset === undefined) return (Date.parse(dayIn(instant, zoneAt(zone, instant))) - Date.parse(dayIn(now, zoneAt(zone, now)))) / DAY;
  return Math.floor((instant + offset) / DAY) - Math.floor((now + offset) / DAY);
}
