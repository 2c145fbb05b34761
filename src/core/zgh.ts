/**
 * Names that engines lack for Standard Moroccan Tamazight (`zgh`, Tifinagh script): browsers
 * ship no `zgh` date data, so the library carries it. Gregorian months and weekdays are
 * CLDR 48's `zgh` data (as full ICU builds print them); the Hijri months are the Arabic names
 * written in Tifinagh, and the relative phrases follow IRCAM's standard (ⵣⴳ "since",
 * ⴷⴳ "in"); CLDR has neither.
 */

/** What the library carries for a language the engines do not know. */
export interface CarriedLocale {
  /** The locale whose patterns (order of day, month, year; 24-hour clock) and digits are used. */
  pattern: string;
  /** The locale whose plural rules apply. */
  plurals: string;
  months: {long: readonly string[]; short: readonly string[]};
  /** Sunday first, as `Date#getDay`. */
  weekdays: readonly string[];
  /** Hijri months, Muharram first. */
  islamicMonths: readonly string[];
  /** `now`, `yesterday`, `today`, `tomorrow`, and "{n} units ago / in {n} units" per unit and plural form. */
  relative: {
    now: string;
    day: Partial<Record<'-1' | '0' | '1', string>>;
    past: Record<'minute' | 'hour' | 'day', {one: string; other: string}>;
    future: Record<'minute' | 'hour' | 'day', {one: string; other: string}>;
  };
}

export const zgh: CarriedLocale = {
  pattern: 'fr-MA',
  plurals: 'en',
  months: {
    long: ['ⵉⵏⵏⴰⵢⵔ', 'ⴱⵕⴰⵢⵕ', 'ⵎⴰⵕⵚ', 'ⵉⴱⵔⵉⵔ', 'ⵎⴰⵢⵢⵓ', 'ⵢⵓⵏⵢⵓ', 'ⵢⵓⵍⵢⵓⵣ', 'ⵖⵓⵛⵜ', 'ⵛⵓⵜⴰⵏⴱⵉⵔ', 'ⴽⵜⵓⴱⵔ', 'ⵏⵓⵡⴰⵏⴱⵉⵔ', 'ⴷⵓⵊⴰⵏⴱⵉⵔ'],
    short: ['ⵉⵏⵏ', 'ⴱⵕⴰ', 'ⵎⴰⵕ', 'ⵉⴱⵔ', 'ⵎⴰⵢ', 'ⵢⵓⵏ', 'ⵢⵓⵍ', 'ⵖⵓⵛ', 'ⵛⵓⵜ', 'ⴽⵜⵓ', 'ⵏⵓⵡ', 'ⴷⵓⵊ'],
  },
  weekdays: ['ⴰⵙⴰⵎⴰⵙ', 'ⴰⵢⵏⴰⵙ', 'ⴰⵙⵉⵏⴰⵙ', 'ⴰⴽⵕⴰⵙ', 'ⴰⴽⵡⴰⵙ', 'ⴰⵙⵉⵎⵡⴰⵙ', 'ⴰⵙⵉⴹⵢⴰⵙ'],
  islamicMonths: [
    'ⵎⵓⵃⴰⵔⵔⴰⵎ',
    'ⵚⴰⴼⴰⵔ',
    'ⵔⴰⴱⵉⵄ ⵍⴰⵡⵡⴰⵍ',
    'ⵔⴰⴱⵉⵄ ⵜⵜⴰⵏⵉ',
    'ⵊⵓⵎⴰⴷⴰ ⵍⵓⵍⴰ',
    'ⵊⵓⵎⴰⴷⴰ ⵍⴰⵅⵉⵔⴰ',
    'ⵔⴰⵊⴰⴱ',
    'ⵛⴰⵄⴱⴰⵏ',
    'ⵔⴰⵎⴹⴰⵏ',
    'ⵛⴰⵡⵡⴰⵍ',
    'ⴷⵓ ⵍⵇⵉⵄⴷⴰ',
    'ⴷⵓ ⵍⵃⵉⵊⵊⴰ',
  ],
  relative: {
    now: 'ⵖⵉⵍⴰⴷ',
    day: {'-1': 'ⵉⴹⵍⵍⵉ', '0': 'ⴰⵙⵙⴰ', '1': 'ⴰⵙⴽⴽⴰ'},
    past: {
      minute: {one: 'ⵣⴳ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ', other: 'ⵣⴳ {n} ⵜⵓⵙⴷⵉⴷⵉⵏ'},
      hour: {one: 'ⵣⴳ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ', other: 'ⵣⴳ {n} ⵜⵙⵔⴰⴳⵉⵏ'},
      day: {one: 'ⵣⴳ ⵢⴰⵏ ⵡⴰⵙⵙ', other: 'ⵣⴳ {n} ⵡⵓⵙⵙⴰⵏ'},
    },
    future: {
      minute: {one: 'ⴷⴳ ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ', other: 'ⴷⴳ {n} ⵜⵓⵙⴷⵉⴷⵉⵏ'},
      hour: {one: 'ⴷⴳ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ', other: 'ⴷⴳ {n} ⵜⵙⵔⴰⴳⵉⵏ'},
      day: {one: 'ⴷⴳ ⵢⴰⵏ ⵡⴰⵙⵙ', other: 'ⴷⴳ {n} ⵡⵓⵙⵙⴰⵏ'},
    },
  },
};
