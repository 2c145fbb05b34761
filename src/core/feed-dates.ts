/**
 * The module API's `parseDate`, which the RSS/Atom reader reads every date with: the common
 * forms of dates.ts, and those only RSS and Atom dates write. Month names of other languages
 * (`jeu., 16 janv. 2025`, `Вт, 05 мар 2024`, `15 جويلية 2025`, `2024 m. sausio 5 d.`), the
 * month first (`January 2, 2006`, `Mon, Jan 2, 2006 3:04 PM`), a 12-hour clock, RFC 850's
 * dashes (`Monday, 02-Jan-06`),
 * a zone's name after its offset (`+0000 GMT`, as Go's layouts print it), zone names only
 * RSS dates write (WAT, MEZ…) and time zone database names (`20:19:00 America/Los_Angeles`).
 * Apart from dates.ts so that pages reading JSON Feed, whose dates are RFC 3339, do not load it.
 */
import {MONTHS, ZonelessDate, parseCommonDate} from './dates.js';
import {languageOf} from './language.js';
import {memoized} from './memo.js';
import {fromWallTime} from './timezone.js';
import {zoneAt} from './zone-data.js';
import {latinDigits} from './written-number.js';

/**
 * Reads a date string of any form feeds write, as the feed readers read it (RFC 3339, RFC 822
 * with a zone's abbreviation, offset or time zone database name, month names in other
 * languages, asctime…); a date and time without a zone is a `ZonelessDate` (read it with
 * `inZone`), and so is a date alone, as its midnight (its day is the day written in every
 * zone, not the day before west of UTC). A `Date` is returned as it is.
 * @param language - the language the date is written in, as its feed or item declares it
 *   (`hr-HR`): that language's month names are read first. Croatian's are read only then, as
 *   they are Polish's and Czech's for other months (`listopada` is October in Croatian,
 *   November in Polish).
 * @returns the instant, or `undefined` (never an Invalid Date) when `value` is no date.
 */
export function parseDate(value: unknown, language?: string): Date | undefined {
  // A date is short (dates.ts reads none over 64 characters): a long text is not searched.
  if (typeof value !== 'string' || value.length > 96) return parseCommonDate(value);
  // Arabic-Indic digits (١٦ يناير ٢٠٢٦) as Latin ones, and a day written as an ordinal as its
  // number: French's first of the month (1er avril), Spanish's, Portuguese's and Italian's
  // (1º de abril, 1° aprile), English's (April 1st, 01st May, 1st of May).
  const text = latinDigits(value.trim().replace(/\s+/g, ' ')).replace(ORDINAL_DAY, '$1');
  const named = NAMED_ZONE.exec(text);
  const declared = languageOf(language);
  if (!named) return readForms(text, declared);
  const read = readForms(text.slice(0, named.index), declared);
  // A date that names its own zone (`+01:00 Europe/Paris`, Korean time) is read by it.
  if (!(read instanceof ZonelessDate)) return read;
  try {
    // Read by the zone's latest rules where a server's data predates them, as every date function reads a zone.
    return new Date(fromWallTime(read.getTime(), zoneAt(named[1], read.getTime())));
  } catch {
    // A zone Intl does not know.
    return undefined;
  }
}

// A day of the month written as an ordinal: its number (PHP's `jS` or `dS`) and its suffix, not part of a longer word or number, and English's `of` after it.
const ORDINAL_DAY = /(?<![\p{L}\d])([0-3]?\d)(?:er|st|nd|rd|th|\.?[º°ª])(?![\p{L}\d])(?: of(?= ))?/giu;

// A time zone database name right after the time (and its AM or PM): `America/Los_Angeles`, `Etc/GMT+5` (five hours behind UTC).
const NAMED_ZONE = /(?<=\d:\d\d(?::\d\d(?:[.,]\d+)?)?(?: ?[ap]\.?m\.?)?)\s+([a-z]+(?:\/[a-z0-9_+-]+)+)$/i;

/** `text` read as dates.ts reads it, also with a month named in another language. */
const readWords = (text: string, declared: string) => parseCommonDate(text) ?? parseCommonDate(inEnglish(text, declared));

/** `text` read as it is, else in one of the forms above rewritten as RFC 822's. */
const readForms = (text: string, declared: string) =>
  readWords(text, declared) ??
  readWords(
    text
      .replace(/([+-]\d\d:?\d\d) [a-z]{1,5}$/i, '$1')
      .replace(/^(?:[a-z]+,? )?([a-z]{3,9}\.?) (\d{1,2}),? (\d{4})/i, '$2 $1 $3')
      .replace(/(\d{1,2})-([a-z]{3})-(\d\d)/i, '$1 $2 $3')
      .replace(/(?<!\d)(\d\d?)(:\d\d(?::\d\d)?) ?([ap])\.?m\.?(?= |$)/i, twelveHour)
      .replace(/(?<= )[a-z]{3,4}$/i, (zone) => (Object.hasOwn(RSS_ZONES, zone.toUpperCase()) ? RSS_ZONES[zone.toUpperCase()] : zone)),
    declared,
  );

/**
 * A time on a 12-hour clock on the 24-hour one: 1-12 AM or PM; a 24-hour time whose AM or PM
 * agrees with it (`23:15 PM`, `00:04 AM`, as PHP's `H:i A` prints it) as written; one that
 * contradicts it (`15:04 AM`) left as it is, which is no date.
 */
function twelveHour(time: string, hour: string, rest: string, half: string): string {
  const pm = /p/i.test(half);
  const h = +hour;
  return h >= 1 && h <= 12 ? `${(h % 12) + (pm ? 12 : 0)}${rest}` : (pm ? h > 12 && h < 24 : h === 0) ? hour + rest : time;
}

/**
 * Offsets of zone names only RSS dates write, as SimplePie reads them: Africa's, German's
 * names for CET and CEST, and more (dates.ts knows the common ones).
 */
const RSS_ZONES: Record<string, string> = {
  WAT: '+0100', WAST: '+0200', CAT: '+0200', SAST: '+0200', EAT: '+0300', MEZ: '+0100', MESZ: '+0200', GST: '+0400', IRST: '+0330', AFT: '+0430',
  NPT: '+0545', MYT: '+0800', PHT: '+0800', ART: '-0300', BRT: '-0300', BRST: '-0200', COT: '-0500', PET: '-0500', VET: '-0400',
};

// A month written as a word of another language: `Κυρ, 11 Ιούλ 2004 12:00:00 EST` (Greek), `2004-július-13T9:15-05:00` (Hungarian), `jeu., 16 janv. 2025` (French), `Di, 05. März 2024` (German's day with a dot),
// `5 марта 2024 г.` (Russian's and Bulgarian's year, г.), `5. март 2024.` (Serbian's year with a dot), `5 de gener de 2024`, `5 d’abril del 2024` (Catalan's de, d’ or d' and del; Spanish's and Portuguese's de).
const DAY_MONTH_WORD = /^(?:[^\d\s,]+,? )?(\d{1,2})\.? (?:de |d['’])?(\p{L}+)\.?(?: del?)? (\d{4})(?: г\.|\.)?((?: .*)?)$/u;
const ISO_MONTH_WORD = /^(\d{4})-(\p{L}+)-(\d{1,2})(.*)$/u;
// The year first, as Lithuanian (`2024 m. sausio 5 d.`) and Latvian (`piektdiena, 2024. gada 5. janv.`) write it: rewritten with the day first.
const YEAR_FIRST = /^(?:[^\d\s,]+, )?(\d{4})(?: m\. (\p{L}+) (\d{1,2}) d\.|\. gada (\d{1,2})\. (\p{L}+)\.?)(?= |$)/u;

/** `text` with a month named in another language (above) named in English, or as a number in ISO's form; else `text`. */
function inEnglish(text: string, declared: string): string {
  // A group that took no part is replaced by nothing: each form gives its own day and month.
  text = text.replace(YEAR_FIRST, '$3$4 $2$5 $1');
  let match = DAY_MONTH_WORD.exec(text);
  let month = match ? monthWord(match[2], declared) : undefined;
  if (match && month !== undefined) return `${match[1]} ${MONTHS[month]} ${match[3]}${match[4]}`;
  if ((match = ISO_MONTH_WORD.exec(text)) && (month = monthWord(match[2], declared)) !== undefined) {
    return `${match[1]}-${String(month + 1).padStart(2, '0')}-${match[3].padStart(2, '0')}${match[4]}`;
  }
  return text;
}

/** Lower case without accents, so `Ιούλ` and `Ιουλ` are one name. */
const bare = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
let monthWords: Map<string, number> | undefined;
// Each declared language's own names (memo.ts bounds how many a hostile feed can make).
const declaredWords = new Map<string, Map<string, number>>();

/** Each month name of the `locales` (short or long, alone or beside its day) and its month, from Intl. */
function monthNames(locales: string[]): Map<string, number> {
  const names = new Map<string, number>();
  for (const locale of locales) {
    for (const month of ['short', 'long'] as const) {
      // The month alone (Russian март) and as a date writes it, beside its day (марта, мар.).
      for (const day of [undefined, 'numeric'] as const) {
        const format = new Intl.DateTimeFormat(locale, {month, day, timeZone: 'UTC'});
        for (let m = 0; m < 12; m++) names.set(bare(format.formatToParts(Date.UTC(2000, m, 15)).find((part) => part.type === 'month')!.value).replace(/\.$/, ''), m);
      }
    }
  }
  return names;
}

/**
 * The month a Greek, Hungarian, French, Spanish, Portuguese, German, Dutch, Italian, Russian,
 * Ukrainian, Polish, Czech, Slovak, Slovenian, Swedish, Danish, Norwegian, Finnish, Estonian,
 * Romanian, Turkish, Bulgarian, Serbian (both scripts), Indonesian, Catalan, Lithuanian,
 * Latvian or Arabic month name (short or long, alone or as a date writes it: марта, березня,
 * ledna, maaliskuuta, sausio) stands for, from Intl's names for them: Arabic's in the Middle East's, Morocco's (ماي، غشت، شتنبر) and
 * Algeria's and Tunisia's (جانفي، جويلية، أوت) forms, as Arabic WordPress sites' localized feed
 * dates write them. First, the names of the language the date is `declared` in (a language
 * subtag, or ''): so Croatian's are read in a date declared Croatian, whose names are Polish's
 * and Czech's for other months (listopad is October, not November).
 */
function monthWord(name: string, declared: string): number | undefined {
  monthWords ??= monthNames(['el', 'hu', 'fr', 'es', 'pt', 'de', 'nl', 'it', 'ru', 'uk', 'pl', 'cs', 'sk', 'sl', 'sv', 'da', 'nb', 'fi', 'et', 'ro', 'tr', 'bg', 'sr', 'sr-Latn', 'id', 'ca', 'lt', 'lv', 'ar', 'ar-MA', 'ar-DZ']);
  return (declared ? memoized(declaredWords, declared, (language) => monthNames([language])).get(bare(name)) : undefined) ?? monthWords.get(bare(name));
}
