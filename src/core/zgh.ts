/**
 * Names that engines lack for Standard Moroccan Tamazight (`zgh`, Tifinagh script): browsers
 * ship no `zgh` date data, so the library carries it. Gregorian months and weekdays are
 * CLDR 48's `zgh` data (as full ICU builds print them); the Hijri months are the Arabic names
 * written in Tifinagh, and the relative phrases follow IRCAM's standard (ⵣⴳ "since",
 * ⴷⴳ "in"); CLDR has neither. CLDR's data is under the Unicode License v3
 * (licenses/Unicode-3.0.txt, reproduced in dist/THIRD-PARTY-NOTICES.txt by the build).
 */

/** What the library carries for a language the engines do not know. */
export interface CarriedLocale {
  /** The locale whose patterns (order of day, month, year; 24-hour clock) and digits are used. */
  pattern: string;
  /** The locale whose plural rules apply. */
  plurals: string;
  /** "and" between the last two of a list of names ("Amina, Karim ⴷ Salma"). */
  and: string;
  months: {long: readonly string[]; short: readonly string[]};
  /** Sunday first, as `Date#getDay`. */
  weekdays: readonly string[];
  /** Hijri months, Muharram first. */
  islamicMonths: readonly string[];
  /**
   * `now`, `yesterday`, `today`, `tomorrow`, and "{n} units ago / in {n} units": the word for
   * "ago" (`past`) or "in" (`future`) before the count of units, per unit and plural form.
   */
  relative: {
    now: string;
    day: Partial<Record<'-1' | '0' | '1', string>>;
    past: string;
    future: string;
    units: Record<'minute' | 'hour' | 'day', {one: string; other: string}>;
  };
}

const MONTHS = ['ⵉⵏⵏⴰⵢⵔ', 'ⴱⵕⴰⵢⵕ', 'ⵎⴰⵕⵚ', 'ⵉⴱⵔⵉⵔ', 'ⵎⴰⵢⵢⵓ', 'ⵢⵓⵏⵢⵓ', 'ⵢⵓⵍⵢⵓⵣ', 'ⵖⵓⵛⵜ', 'ⵛⵓⵜⴰⵏⴱⵉⵔ', 'ⴽⵜⵓⴱⵔ', 'ⵏⵓⵡⴰⵏⴱⵉⵔ', 'ⴷⵓⵊⴰⵏⴱⵉⵔ'];

export const zgh: CarriedLocale = {
  pattern: 'fr-MA',
  plurals: 'en',
  and: 'ⴷ',
  // CLDR's abbreviations are the first three letters of each name (ⵉⵏⵏ, ⴱⵕⴰ … ⴷⵓⵊ).
  months: {long: MONTHS, short: MONTHS.map((name) => name.slice(0, 3))},
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
    past: 'ⵣⴳ',
    future: 'ⴷⴳ',
    units: {
      minute: {one: 'ⵢⴰⵜ ⵜⵓⵙⴷⵉⴷⵜ', other: '{n} ⵜⵓⵙⴷⵉⴷⵉⵏ'},
      hour: {one: 'ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ', other: '{n} ⵜⵙⵔⴰⴳⵉⵏ'},
      day: {one: 'ⵢⴰⵏ ⵡⴰⵙⵙ', other: '{n} ⵡⵓⵙⵙⴰⵏ'},
    },
  },
};
