/**
 * The library's one door to `Intl`: it turns the active locale into the locale that formats,
 * and caches every formatter (creating one costs far more than formatting with it).
 *
 * - A regional tag formats for its region with its language's catalog: `ar-MA` writes
 *   نونبر and "07:45", `fr-MA` "07:45".
 * - Arabic writes Latin digits on every engine (WebKit would write Arabic-Indic ones for
 *   `ar`) unless the tag asks for a numbering system (`ar-MA-u-nu-arab`).
 * - Languages engines have no data for (`zgh`) format with a related locale's patterns and
 *   the names the library carries (see `zgh.ts`).
 *
 * Language tags, the cache and language names are in `language.ts`, which the CDN loader
 * needs without any of this.
 */
import {cached, languageOf, parseTag as parse} from './language.js';
import {memoized} from './memo.js';
import type {CarriedLocale} from './zgh.js';

/**
 * The names carried for languages engines lack, by language. Empty until a carried language's
 * data loads (core/carry-zgh.ts): when it becomes the page's language (`setLocale`, or a host's
 * @lit/localize switching to it), with the CDN module API's formatters, or at once with the npm
 * entry; a page in any other language never loads it.
 */
const carried: Record<string, CarriedLocale> = Object.create(null) as Record<string, CarriedLocale>;

/** Makes `names` the carried names of `language` (see `zgh.ts`); what was worked out for it before is forgotten. */
export function carryLocale(language: string, names: CarriedLocale): void {
  carried[language] = names;
  formatting.clear();
  phrases.clear();
}

/** The names the library carries for `tag`'s language, when engines have none. */
export function carriedLocale(tag: string | undefined): CarriedLocale | undefined {
  const language = languageOf(tag);
  return language ? carried[language] : undefined;
}

const formatting = new Map<string, string | undefined>();

/**
 * The locale `Intl` formats with for the active locale `tag`: the tag itself, Arabic with
 * Latin digits unless it names a numbering system, a carried language's pattern locale;
 * undefined (the engine's default) when `tag` is empty or not a language tag.
 */
export function formattingLocale(tag: string | undefined): string | undefined {
  return memoized(formatting, tag ?? '', (tag) => {
    const locale = parse(tag);
    if (!locale) return undefined;
    const carry = carried[locale.language];
    if (carry) return carry.pattern;
    if (locale.language === 'ar' && !locale.numberingSystem) return new Intl.Locale(locale.toString(), {numberingSystem: 'latn'}).toString();
    return locale.toString();
  });
}

/** A cached `Intl.DateTimeFormat` for the active locale `tag` (see `formatDateTime` for names a carried language needs). */
export const dateTimeFormat = (tag: string | undefined, options: Intl.DateTimeFormatOptions = {}) =>
  cached('dt', Intl.DateTimeFormat, formattingLocale(tag), options);

/** A cached `Intl.NumberFormat` for the active locale `tag`. */
export const numberFormat = (tag: string | undefined, options: Intl.NumberFormatOptions = {}) =>
  cached('n', Intl.NumberFormat, formattingLocale(tag), options);

/** A cached `Intl.ListFormat` for the active locale `tag`. */
export const listFormat = (tag: string | undefined, options: Intl.ListFormatOptions = {}) => cached('l', Intl.ListFormat, formattingLocale(tag), options);

/** The cached `Intl.PluralRules` of `tag`'s language. */
export const pluralRules = (tag: string | undefined, options: Intl.PluralRulesOptions = {}) =>
  cached('p', Intl.PluralRules, carriedLocale(tag)?.plurals ?? formattingLocale(tag), options);

/** A cached `Intl.Segmenter` for `tag` (undefined: the engine's default). */
export const segmenter = (tag: string | undefined, options: Intl.SegmenterOptions = {}) => cached('s', Intl.Segmenter, formattingLocale(tag), options);

const INDEX_OPTIONS = (options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions => ({
  timeZone: options.timeZone,
  calendar: options.calendar,
  month: 'numeric',
  weekday: 'short',
  numberingSystem: 'latn',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

const FRENCH = /^fr(?:-|$)/;

/**
 * `instant` formatted for the active locale `tag` with `options`, like
 * `Intl.DateTimeFormat#format`, with the month and weekday names a carried language needs,
 * and French's ordinal first of the month, which `Intl` does not write ("1er décembre"), and
 * its apostrophe in "dhou al qi’da" (CLDR has a backtick).
 */
export function formatDateTime(instant: Date | number, tag: string | undefined, options: Intl.DateTimeFormatOptions = {}): string {
  const carry = carriedLocale(tag);
  const format = dateTimeFormat(tag, options);
  if (!carry) {
    const text = format.format(instant);
    if (!FRENCH.test(formattingLocale(tag) ?? '')) return text;
    const parts = /(?:^|\D)1(?!\d)/.test(text) ? format.formatToParts(instant) : [];
    // Only beside a month's name: "01/12/2026" has no ordinal.
    const first = parts.some(({type, value}) => type === 'month' && !/\d/.test(value));
    // CLDR's French writes the ʿayn of the Hijri month "dhou al qi’da" as a backtick (`).
    return (first ? parts.map(({type, value}) => (type === 'day' && value === '1' ? '1er' : value)).join('') : text).replace('`', '’');
  }
  const calendar = options.calendar ?? format.resolvedOptions().calendar;
  const index = cached('dt', Intl.DateTimeFormat, 'en', INDEX_OPTIONS({...options, calendar})).formatToParts(instant);
  const month = Number(index.find((part) => part.type === 'month')?.value) - 1;
  const weekday = WEEKDAYS.indexOf(index.find((part) => part.type === 'weekday')?.value ?? '');
  const islamic = calendar.startsWith('islamic');
  const long = options.month === 'long' || options.dateStyle === 'long' || options.dateStyle === 'full';
  const text = format
    .formatToParts(instant)
    .map(({type, value}) => {
      if (type === 'month' && !/\d/.test(value)) return islamic ? carry.islamicMonths[month] : (long ? carry.months.long : carry.months.short)[month];
      if (type === 'weekday') return carry.weekdays[weekday];
      if (type === 'era') return '';
      // The pattern locale's abbreviations end in a point ("janv."), the carried ones do not;
      // its words between date and time (" à ") are not the carried language's.
      if (type === 'literal') return /\p{L}/u.test(value) ? ', ' : value.replace(/^\./, '');
      return value;
    })
    .join('');
  return text.replace(/\s{2,}/g, ' ').trim();
}

type RelativeUnit = 'second' | 'minute' | 'hour' | 'day';

/**
 * The phrases written so far, by locale, unit and value. A feed's cards of the same age share
 * one string instead of holding a copy each, and the minute clock's re-render of every recent
 * card finds most of them here. The kinds are few: a card's age is under a week (about 90
 * phrases a locale).
 */
const phrases = new Map<string, string>();

/** "3 hours ago", "yesterday", "now" (`numeric: 'auto'`) in the active locale `tag`, carried phrases for languages engines lack. */
export function formatRelative(value: number, unit: RelativeUnit, tag: string | undefined): string {
  return memoized(phrases, `${tag} ${unit} ${value}`, () => relativePhrase(value, unit, tag), 500);
}

function relativePhrase(value: number, unit: RelativeUnit, tag: string | undefined): string {
  const carry = carriedLocale(tag);
  // Arabic's one hour or minute is the noun alone, as the news writes it ("قبل ساعة"): not CLDR's
  // "قبل ساعة واحدة", one single hour. (A pattern only Arabic words meet.)
  if (!carry) return cached('r', Intl.RelativeTimeFormat, formattingLocale(tag), {numeric: 'auto'} as Intl.RelativeTimeFormatOptions).format(value, unit).replace(/ واحدة?$/, '');
  if (unit === 'second' || value === 0) return unit === 'day' ? carry.relative.day['0']! : carry.relative.now;
  const phrase = unit === 'day' ? carry.relative.day[String(value) as '-1' | '1'] : undefined;
  if (phrase) return phrase;
  const forms = carry.relative.units[unit];
  const count = Math.abs(value);
  const counted = (pluralRules(tag).select(count) === 'one' ? forms.one : forms.other).replace('{n}', numberFormat(tag).format(count));
  return `${value < 0 ? carry.relative.past : carry.relative.future} ${counted}`;
}
