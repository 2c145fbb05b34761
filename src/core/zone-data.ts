/**
 * The engine's time-zone data (`offsetAt`), and what to do when it is older than a zone's
 * rules: a server's Node (`process.versions.tz`) is as old as its release, and so is a
 * browser that no longer gets updates (an iPhone left on an old iOS, an app's pinned web
 * view), which a reader in Morocco may well hold.
 */
import {dateTimeFormat} from './intl.js';
import {memoized} from './memo.js';

const DAY = 24 * 60 * 60_000;

/** The offset of `zone` from UTC at `instant`, in milliseconds, from its name there ("GMT+01:00"; "GMT" for none). */
export function offsetAt(instant: number, zone?: string): number {
  const name = dateTimeFormat('en', {timeZone: zone, timeZoneName: 'longOffset'}).formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const [, sign, hours = 0, minutes = 0, seconds = 0] = /([+-])(\d+):?(\d+)?:?(\d+)?/.exec(name) ?? [];
  return (sign === '-' ? -1 : 1) * ((+hours * 60 + +minutes) * 60 + +seconds) * 1000;
}

/** A change of a zone's rules: the first instant of its new offset, and that offset (ms). */
type Change = [since: number, offset: number];

/**
 * Zones whose rules changed lately, each with the first instant of its new offset and that
 * offset (ms): an engine whose time-zone data predates the change writes their days and times
 * wrong. tz 2026c: Morocco, and Western Sahara with it, on UTC all year from 20 September 2026.
 */
const CHANGED_ZONES: Record<string, Change> = {
  'Africa/Casablanca': [Date.UTC(2026, 8, 20, 1), 0],
  'Africa/El_Aaiun': [Date.UTC(2026, 8, 20, 1), 0],
};

/** The IANA name of `zone` as `Intl` writes it (the engine's own zone when undefined), or undefined for one it does not know. */
export function canonical(zone?: string): string | undefined {
  try {
    return dateTimeFormat('en', {timeZone: zone}).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

const missed = new Map<string | undefined, [name: string, change: Change] | undefined>();

/**
 * `zone`'s latest change of rules, under its IANA name, when this engine's data predates it
 * (the engine's own zone when undefined); undefined for a zone whose rules it has, or unknown.
 * Checked once per zone: a server asks it for every card.
 */
const missedChange = (zone?: string): [name: string, change: Change] | undefined =>
  memoized(missed, zone, () => {
    const name = canonical(zone);
    const change = name ? CHANGED_ZONES[name] : undefined;
    return name && change && offsetAt(change[0] + DAY, name) !== change[1] ? [name, change] : undefined;
  });

/** Whether this engine's time-zone data has `zone`'s latest rules (the engine's own zone when undefined; true for a zone unchanged lately, or unknown). */
export const hasLatestRules = (zone?: string): boolean => !missedChange(zone);

/**
 * The zone to read `instant` in on this engine: `zone` itself (the engine's own when
 * undefined), or, when this engine's data predates `zone`'s latest rules (checked once per
 * zone) and `instant` falls under them, a zone fixed at their offset (Abidjan's, at +0, for
 * Morocco's since 2026-09-20). A server or a reader's old phone on older data then writes a
 * Moroccan edition's days and times as an updated browser does (they showed tomorrow from
 * 23:00 UTC). Every date function of the library reads its zone through it: the elements, and
 * the module API a server's own code calls.
 */
export function zoneAt(zone: string | undefined, instant: number): string | undefined {
  const [since, offset] = missedChange(zone)?.[1] ?? [Infinity, 0];
  if (instant < since) return zone;
  // Etc/GMT+N is N hours behind UTC (POSIX's sign); the table's offsets are whole hours. At
  // zero, Abidjan's (GMT all year since 1912): engines name it as they name Casablanca at +0
  // ("GMT", "غرينتش", "UTC+0" in French), where they name Etc/UTC "UTC" in every language.
  const hours = -offset / 3_600_000;
  return hours ? `Etc/GMT${hours > 0 ? '+' : ''}${hours}` : 'Africa/Abidjan';
}

/** Zones checked already, by their IANA name: each warns once, whatever way it is written. */
const checkedZones = new Set<string>();

/**
 * One console warning per zone when this engine's time-zone data is older than `zone`'s rules
 * (`element` names who shows its dates, which {@link zoneAt} corrects; the page's other code
 * on this engine is not).
 */
export function warnOutdatedZone(zone: string | undefined, element: string): void {
  const missedOne = missedChange(zone);
  if (!missedOne || checkedZones.has(missedOne[0])) return;
  const [name, [since]] = missedOne;
  checkedZones.add(name);
  const tz = (globalThis as {process?: {versions?: {tz?: string}}}).process?.versions?.tz;
  console.warn(
    `${element}: this engine's time-zone data${tz ? ` (tz ${tz})` : ''} predates the rules ${name} has followed since ${new Date(since).toISOString().slice(0, 10)}: the elements and news-widgets' date functions write its days and times by those rules, but other code on this server reads them wrong. Update Node (tz 2026c or later).`,
  );
}
