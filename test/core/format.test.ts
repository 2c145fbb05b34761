import {expect} from '@open-wc/testing';
// The names carried for Tamazight load with its catalog or the module API; these tests format with them directly.
import '../../src/core/carry-zgh.js';
import {parseCommonDate} from '../../src/core/dates.js';
import {formatArticleDate, formatFullDate, formatList, isRelative} from '../../src/core/format.js';
import {formatHijriDate} from '../../src/core/hijri.js';

const now = Date.parse('2026-01-16T12:00:00Z');
const ago = (ms: number) => new Date(now - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatArticleDate', () => {
  const cases: [string, Date, string, string][] = [
    ['en', ago(10_000), 'now', 'within a minute'],
    ['en', ago(5 * MIN), '5 minutes ago', 'minutes'],
    ['en', ago(3 * HOUR), '3 hours ago', 'hours'],
    ['en', ago(DAY + HOUR), 'yesterday', 'one day'],
    ['en', ago(6 * DAY), '6 days ago', 'days under a week'],
    ['en', ago(8 * DAY), 'Jan 8, 2026', 'absolute after a week'],
    ['en', new Date(now + 4 * MIN), 'now', 'a few minutes ahead: a reader\'s clock behind the newsroom\'s (helper-165)'],
    ['fr', new Date(now + 2 * MIN), 'maintenant', 'French, two minutes ahead'],
    ['en', new Date(now + 10 * MIN), 'in 10 minutes', 'further in the future'],
    ['fr', ago(3 * HOUR), 'il y a 3 heures', 'French'],
    ['es', ago(3 * HOUR), 'hace 3 horas', 'Spanish'],
    ['fr', ago(30 * DAY), '17 déc. 2025', 'French absolute'],
    ['fr-MA', ago(200 * DAY), '30 juin 2025', 'French for Morocco absolute: French\'s months, not CLDR\'s "jui." (June or July?; helper-176)'],
    ['fr-MA-u-nu-latn', ago(320 * DAY), '2 mars 2025', 'French for Morocco, with an extension: "mars", not "mar."'],
    ['ar-MA', ago(3 * HOUR), 'قبل 3 ساعات', 'Arabic (Morocco)'],
    ['ar-EG', ago(3 * HOUR), 'قبل 3 ساعات', 'Arabic (Egypt): Latin digits too'],
    ['ar-EG-u-nu-arab', ago(3 * HOUR), 'قبل ٣ ساعات', 'Arabic-Indic digits when the tag asks'],
    ['ar', ago(30 * DAY), '17 ديسمبر 2025', 'Arabic absolute: the month name, Latin digits'],
    ['ar-MA', ago(30 * DAY), '17 دجنبر 2025', 'Moroccan Arabic month name'],
    ['ar-MA', ago(150 * DAY), '19 غشت 2025', 'Moroccan August'],
    ['es', ago(30 * DAY), '17 dic 2025', 'Spanish absolute'],
    ['zgh', ago(30 * DAY), '17 ⴷⵓⵊ 2025', 'Tamazight absolute, carried month name'],
    ['zgh', ago(3 * HOUR), 'ⵣⴳ 3 ⵜⵙⵔⴰⴳⵉⵏ', 'Tamazight hours'],
    ['zgh', ago(HOUR + MIN), 'ⵣⴳ ⵢⴰⵜ ⵜⵙⵔⴰⴳⵜ', 'Tamazight one hour'],
    ['zgh', ago(DAY + HOUR), 'ⵉⴹⵍⵍⵉ', 'Tamazight yesterday'],
    ['zgh', ago(10_000), 'ⵖⵉⵍⴰⴷ', 'Tamazight now'],
    ['ar-MA', ago(2 * HOUR), 'قبل ساعتين', 'Arabic dual'],
    ['ar-MA', ago(HOUR + 10 * MIN), 'قبل ساعة', 'Arabic one hour: the noun alone, as the news writes it (CLDR: ساعة واحدة; helper-176)'],
    ['ar-MA', ago(MIN + 5_000), 'قبل دقيقة', 'Arabic one minute'],
    ['ar', new Date(now + HOUR + MIN), 'خلال ساعة', 'Arabic one hour ahead'],
    ['ar-EG-u-nu-arab', ago(HOUR + MIN), 'قبل ساعة', 'Arabic one hour, in any digits'],
    ['ar-MA', ago(11 * HOUR), 'قبل 11 ساعة', 'Arabic "many"'],
    // Days go by the calendar: 47 hours before 12:00 is 13:00 two days before, not yesterday.
    ['en', ago(47 * HOUR), '2 days ago', 'two calendar days'],
    ['fr', ago(47 * HOUR), 'avant-hier', 'French day before yesterday'],
    ['es', ago(47 * HOUR), 'anteayer', 'Spanish day before yesterday'],
    ['ar-MA', ago(47 * HOUR), 'أول أمس', 'Arabic day before yesterday'],
    ['en', ago(36 * HOUR), 'yesterday', 'yesterday at midnight'],
    ['en', new Date(now + 37 * HOUR), 'in 2 days', 'the day after tomorrow, 37 hours ahead'],
  ];
  for (const [locale, date, expected, name] of cases) {
    it(`${name}: ${expected}`, () => {
      expect(formatArticleDate(date, locale, now, {timeZone: 'UTC'})).to.equal(expected);
    });
  }

  it('writes the first of the month as French does, "1er", beside a month’s name only', () => {
    const first = new Date('2025-12-01T10:00:00Z');
    expect(formatArticleDate(first, 'fr', now, {timeZone: 'UTC'})).to.equal('1er déc. 2025');
    expect(formatArticleDate(first, 'fr-MA', now, {timeZone: 'Africa/Casablanca'})).to.equal('1er déc. 2025');
    expect(formatFullDate(first, 'fr', {timeZone: 'UTC'})).to.match(/^lundi 1er décembre 2025 à 10:00 /);
    expect(formatArticleDate(new Date('2025-12-11T10:00:00Z'), 'fr', now, {timeZone: 'UTC'})).to.equal('11 déc. 2025');
    expect(formatArticleDate(new Date('2025-12-21T10:00:00Z'), 'fr', now, {timeZone: 'UTC'})).to.equal('21 déc. 2025');
    expect(formatArticleDate(first, 'en', now, {timeZone: 'UTC'})).to.equal('Dec 1, 2025');
    expect(formatArticleDate(first, 'es', now, {timeZone: 'UTC'})).to.equal('1 dic 2025');
  });

  it('says hours, not "today", for 24 hours and more within one day of 25 hours, and a date for 7 calendar days', () => {
    // Morocco turned its clocks back an hour on 15 February 2026 (Ramadan): that day had 25 hours.
    const lateOnThe14th = new Date('2026-02-14T23:05:00Z'); // 00:05 on the 15th in Casablanca (UTC+1)
    const lateOnThe15th = Date.parse('2026-02-15T23:50:00Z'); // 23:50 on the 15th (UTC+0), 24.75 hours on
    expect(formatArticleDate(lateOnThe14th, 'en', lateOnThe15th, {timeZone: 'Africa/Casablanca'})).to.equal('24 hours ago');
    expect(formatArticleDate(lateOnThe14th, 'fr-MA', lateOnThe15th, {timeZone: 'Africa/Casablanca'})).to.equal('il y a 24 heures');
    // 00:30 on the 16th, 6 days and 23.5 hours after 01:00 on the 9th: the 9th, not "7 days ago".
    expect(formatArticleDate(new Date('2026-01-09T01:00:00Z'), 'en', Date.parse('2026-01-16T00:30:00Z'), {timeZone: 'UTC'})).to.equal('Jan 9, 2026');
    expect(formatArticleDate(new Date('2026-01-09T01:30:00Z'), 'en', Date.parse('2026-01-15T23:30:00Z'), {timeZone: 'UTC'})).to.equal('6 days ago');
  });

  it('counts days by the calendar of the given zone', () => {
    // 36.5 hours before 12:00 UTC: 23:30 UTC two days before, but 00:30 the next day in Casablanca (UTC+1).
    const late = ago(36 * HOUR + 30 * MIN);
    expect(formatArticleDate(late, 'en', now, {timeZone: 'UTC'})).to.equal('2 days ago');
    expect(formatArticleDate(late, 'en', now, {timeZone: 'Africa/Casablanca'})).to.equal('yesterday');
    expect(formatArticleDate(late, 'ar-MA', now, {timeZone: 'Africa/Casablanca'})).to.equal('أمس');
  });

  it('is relative under seven days only', () => {
    expect(isRelative(ago(7 * DAY - 1), now)).to.equal(true);
    expect(isRelative(ago(7 * DAY), now)).to.equal(false);
  });
});

describe('dates in the edition’s time zone', () => {
  // 23:30 in Casablanca (UTC+1) on 8 January is already 9 January in Tokyo and still 8 January in New York.
  const lateInCasablanca = new Date('2026-01-08T22:30:00Z');
  it('shows the day it was in the given zone', () => {
    expect(formatArticleDate(lateInCasablanca, 'en', now, {timeZone: 'Africa/Casablanca'})).to.equal('Jan 8, 2026');
    expect(formatArticleDate(lateInCasablanca, 'en', now, {timeZone: 'Asia/Tokyo'})).to.equal('Jan 9, 2026');
    expect(formatArticleDate(lateInCasablanca, 'ar-MA', now, {timeZone: 'Africa/Casablanca'})).to.equal('8 يناير 2026');
  });

  it('reads a date written without a zone as a time of the given zone, the day and hour written', () => {
    // 23:30 on 8 January on the zone's clock: 14:30 UTC in Tokyo, 04:30 UTC on the 9th in New York.
    const written = parseCommonDate('2026-01-08T23:30:00')!;
    expect(formatArticleDate(written, 'en', now, {timeZone: 'Asia/Tokyo'})).to.equal('Jan 8, 2026');
    expect(formatArticleDate(written, 'en', now, {timeZone: 'America/New_York'})).to.equal('Jan 8, 2026');
    expect(formatFullDate(written, 'en', {timeZone: 'Asia/Tokyo'})).to.equal('Thursday, January 8, 2026 at 11:30 PM GMT\u2066+9\u2069');
    expect(formatArticleDate(written, 'en', written.getTime() - 9 * HOUR + 2 * HOUR, {timeZone: 'Asia/Tokyo'})).to.equal('2 hours ago');
    // Late on the 8th in Casablanca is the 8th's Hijri date (19 Rajab 1447), not the 9th's, as UTC would make it after 23:00.
    const late = parseCommonDate('2026-01-08T23:30:00')!;
    expect(formatHijriDate(late, 'en', {timeZone: 'Africa/Casablanca'})).to.equal(formatHijriDate(new Date('2026-01-08T12:00:00Z'), 'en', {timeZone: 'UTC'}));
    expect(formatHijriDate(late, 'en', {timeZone: 'Africa/Casablanca'})).to.not.equal(formatHijriDate(new Date('2026-01-09T12:00:00Z'), 'en', {timeZone: 'UTC'}));
  });

  it('shows a day without a time as that day, never in hours: "today", "yesterday", else its date', () => {
    // 15:00 UTC on 12 January: still the 12th in Mexico City and Casablanca, already the 13th in Tokyo.
    const at = Date.parse('2026-01-12T15:00:00Z');
    const shown = (written: string, locale: string, timeZone: string) => formatArticleDate(parseCommonDate(written)!, locale, at, {timeZone});
    expect(shown('2026-01-12', 'en', 'America/Mexico_City')).to.equal('today');
    expect(shown('2026-01-12', 'ar-MA', 'Africa/Casablanca')).to.equal('اليوم');
    expect(shown('2026-01-12', 'fr', 'Asia/Tokyo')).to.equal('hier');
    expect(shown('2026-01-11', 'ar-MA', 'Africa/Casablanca')).to.equal('أمس');
    // Midnight written without a zone is how systems that keep only the day write it.
    expect(shown('2026-01-10T00:00:00', 'en', 'America/Mexico_City')).to.equal('2 days ago');
    expect(shown('2026-01-13', 'en', 'America/Mexico_City')).to.equal('tomorrow');
    expect(shown('2026-01-02', 'en', 'America/Mexico_City')).to.equal('Jan 2, 2026');
    // A time, or midnight in a zone, is an instant: in hours.
    expect(shown('2026-01-12T09:00:00', 'ar-MA', 'Africa/Casablanca')).to.match(/^قبل \d+ ساعات$/);
    expect(shown('2026-01-12T00:00:00Z', 'en', 'America/Mexico_City')).to.equal('15 hours ago');
    // Its full date has no time to give, nor a zone whose clock it is.
    expect(formatFullDate(parseCommonDate('2026-01-12')!, 'en', {timeZone: 'Asia/Tokyo'})).to.equal('Monday, January 12, 2026');
    expect(formatFullDate(parseCommonDate('2026-01-12')!, 'ar-MA', {timeZone: 'Africa/Casablanca'})).to.equal('الاثنين، 12 يناير 2026');
  });

  it('names the zone in the full date when one is given', () => {
    expect(formatFullDate(lateInCasablanca, 'en', {timeZone: 'Africa/Casablanca'})).to.equal('Thursday, January 8, 2026 at 11:30 PM GMT\u2066+1\u2069');
    expect(formatFullDate(lateInCasablanca, 'ar-MA', {timeZone: 'Africa/Casablanca'})).to.match(/^الخميس، 8 يناير 2026 في 23:30 /);
    expect(formatFullDate(lateInCasablanca, 'fr-MA', {timeZone: 'Africa/Casablanca'})).to.match(/^jeudi 8 janvier 2026 (à )?23:30 UTC\u2066\+1\u2069$/);
  });

  it('names a zone at UTC without an offset of zero ("UTC", not "UTC+0")', () => {
    // Abidjan has kept UTC since 1912 (as Morocco has since 2026, in current time-zone data).
    const date = new Date('2026-01-08T09:10:00Z');
    expect(formatFullDate(date, 'en', {timeZone: 'Africa/Abidjan'})).to.equal('Thursday, January 8, 2026 at 9:10 AM GMT');
    expect(formatFullDate(date, 'fr-MA', {timeZone: 'Africa/Abidjan'})).to.match(/^jeudi 8 janvier 2026 (à )?09:10 UTC$/);
    expect(formatFullDate(date, 'ar-MA', {timeZone: 'Africa/Abidjan'})).to.match(/^الخميس، 8 يناير 2026 في 09:10 غرينتش$/);
    expect(formatFullDate(date, 'fr', {timeZone: 'UTC'})).to.match(/^jeudi 8 janvier 2026 (à )?09:10 UTC$/);
    // In Arabic-Indic digits too ("+٠"), and a real offset is kept in them.
    expect(formatFullDate(date, 'ar-u-nu-arab', {timeZone: 'Africa/Abidjan'})).to.match(/ غرينتش$/);
    expect(formatFullDate(date, 'ar-u-nu-arab', {timeZone: 'Asia/Kolkata'})).to.match(/ غرينتش\u2066\+٥:٣٠\u2069$/);
    // Without the space the zero stood by: Persian's "(‎+۰ گرینویچ)" and Urdu's "GMT +0".
    const persian = formatFullDate(date, 'fa', {timeZone: 'Africa/Abidjan'});
    expect(persian).to.match(/گرینویچ/u).and.not.match(/\p{Nd}[\s\u200e]*\)|\([\s\u200e]*\s|\s{2}/u);
    expect(formatFullDate(date, 'ur', {timeZone: 'Africa/Abidjan'})).to.match(/ GMT$/);
    // Where the zero stood between words ("GMT+0 10:07"), the space after it stays.
    for (const locale of ['zh', 'vi', 'hi']) expect(formatFullDate(date, locale, {timeZone: 'Africa/Abidjan'}), locale).not.to.match(/(GMT|UTC)[\p{L}\p{N}]/u);
  });
});

describe('formatList', () => {
  it('joins names in the locale’s words, each isolated for bidi (FSI … PDI)', () => {
    expect(formatList(['Amina', 'Evil\u202e', 'Karim'], 'en')).to.equal('\u2068Amina\u2069, \u2068Evil\u202e\u2069, and \u2068Karim\u2069');
    expect(formatList(['Amina', 'Karim'], 'fr')).to.equal('\u2068Amina\u2069 et \u2068Karim\u2069');
    // Tamazight's own "and" (ⴷ), not French's, which its dates' patterns come from.
    expect(formatList(['Amina', 'Karim', 'Salma'], 'zgh')).to.equal('\u2068Amina\u2069, \u2068Karim\u2069 ⴷ \u2068Salma\u2069');
    expect(formatList(['Amina', 'Karim'], 'zgh')).to.equal('\u2068Amina\u2069 ⴷ \u2068Karim\u2069');
    expect(formatList(['Amina'], 'zgh')).to.equal('\u2068Amina\u2069');
  });

  it('says the conjunction the names call for, read before they are isolated (Spanish "e" before an i sound)', () => {
    expect(formatList(['Amina', 'Ignacio'], 'es')).to.equal('\u2068Amina\u2069 e \u2068Ignacio\u2069');
    expect(formatList(['Pedro', 'Inés', 'Hilario'], 'es')).to.equal('\u2068Pedro\u2069, \u2068Inés\u2069 e \u2068Hilario\u2069');
    expect(formatList(['Amina', 'Karim'], 'es')).to.equal('\u2068Amina\u2069 y \u2068Karim\u2069');
    // "Hie…" sounds as "ye": "y" stays.
    expect(formatList(['Amina', 'Hierro'], 'es')).to.equal('\u2068Amina\u2069 y \u2068Hierro\u2069');
  });

  it('gives one name as the engine\'s list of one would, and nothing for none', () => {
    for (const locale of ['en', 'ar', 'fr-MA', 'es', 'zgh']) {
      expect(formatList(['Amina\u2069'], locale), locale).to.equal(new Intl.ListFormat(locale === 'zgh' ? 'fr' : locale).format(['\u2068Amina\u2069']));
      expect(formatList([], locale), locale).to.equal('');
    }
  });
});
