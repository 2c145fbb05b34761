import {expect} from '@open-wc/testing';
// The names carried for Tamazight load with its catalog or the module API; these tests format with them directly.
import '../../src/core/carry-zgh.js';
import {formatHijriDate, hijriOffset} from '../../src/core/hijri.js';

// Friday 16 January 2026 is 27 Rajab 1447 in the Umm al-Qura calendar.
const friday = Date.parse('2026-01-16T10:00:00Z');

describe('formatHijriDate', () => {
  it('writes the Hijri date in the active language', () => {
    expect(formatHijriDate(friday, 'ar-MA')).to.equal('27 رجب 1447 هـ');
    expect(formatHijriDate(friday, 'ar-MA-u-nu-arab')).to.equal('٢٧ رجب ١٤٤٧ هـ');
    expect(formatHijriDate(friday, 'fr-MA')).to.equal('27 rajab 1447 H');
    expect(formatHijriDate(friday, 'es')).to.equal('27 de rajab de 1447 AH');
    expect(formatHijriDate(friday, 'en')).to.equal('Rajab 27, 1447 AH');
    expect(formatHijriDate(friday, 'zgh')).to.equal('27 ⵔⴰⵊⴰⴱ 1447');
    expect(formatHijriDate(friday, 'ar', {weekday: true})).to.equal('الجمعة، 27 رجب 1447 هـ');
  });

  it('writes the French Hijri month dhou al qi’da with an apostrophe, not CLDR’s backtick', () => {
    // 1 Dhu al-Qi'dah 1447 (Umm al-Qura) is 18 April 2026.
    expect(formatHijriDate(Date.parse('2026-04-18T12:00:00Z'), 'fr-MA')).to.equal('1er dhou al qi’da 1447 H');
    expect(formatHijriDate(Date.parse('2026-04-19T12:00:00Z'), 'fr')).to.equal('2 dhou al qi’da 1447 H');
    expect(formatHijriDate(Date.parse('2026-04-19T12:00:00Z'), 'fr', {weekday: true})).to.equal('dimanche 2 dhou al qi’da 1447 H');
  });

  it('follows a national moon-sighting calendar with an offset of −2…2 days', () => {
    expect(formatHijriDate(friday, 'ar-MA', {offset: -1})).to.equal('26 رجب 1447 هـ');
    expect(formatHijriDate(friday, 'ar-MA', {offset: 2})).to.equal('29 رجب 1447 هـ');
    expect(formatHijriDate(friday, 'ar-MA', {offset: 5})).to.equal('29 رجب 1447 هـ');
    // 1 Ramadan 1447 (Umm al-Qura) is 18 February 2026; a day later in a country that sighted the moon later.
    const eve = Date.parse('2026-02-18T12:00:00Z');
    expect(formatHijriDate(eve, 'ar')).to.equal('1 رمضان 1447 هـ');
    expect(formatHijriDate(eve, 'ar', {offset: -1})).to.equal('29 شعبان 1447 هـ');
  });

  it('keeps the day of the week under an offset: it moves the month’s days, not the week', () => {
    expect(formatHijriDate(friday, 'ar-MA', {offset: -1, weekday: true})).to.equal('الجمعة، 26 رجب 1447 هـ');
    expect(formatHijriDate(friday, 'fr-MA', {offset: 1, weekday: true})).to.equal('vendredi 28 rajab 1447 H');
    expect(formatHijriDate(friday, 'en', {offset: 2, weekday: true})).to.equal('Friday, Rajab 29, 1447 AH');
    expect(formatHijriDate(friday, 'zgh', {offset: -2, weekday: true})).to.equal('ⴰⵙⵉⵎⵡⴰⵙ 25 ⵔⴰⵊⴰⴱ 1447');
    // As the whole date writes it, in every engine's data: Latvian's weekday inside a date is
    // not its name alone ("Piektdiena"), and Mongolian's or Turkmen's stand elsewhere.
    const weekdayIn = (tag: string, at: number) =>
      new Intl.DateTimeFormat(tag, {calendar: 'islamic-umalqura', timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', era: 'narrow'})
        .formatToParts(at)
        .find((part) => part.type === 'weekday')!.value;
    for (const tag of ['lv', 'mn', 'tk', 'ru', 'de', 'tr']) {
      const written = formatHijriDate(friday, tag, {offset: -1, weekday: true});
      expect(written, tag).to.contain(weekdayIn(tag, friday)).and.not.contain(weekdayIn(tag, friday - 86_400_000));
    }
  });

  it('converts the day it is in the edition’s zone', () => {
    // 23:30 on 15 January in Casablanca is already 16 January in Tokyo.
    const late = Date.parse('2026-01-15T22:30:00Z');
    expect(formatHijriDate(late, 'ar', {timeZone: 'Africa/Casablanca'})).to.equal('26 رجب 1447 هـ');
    expect(formatHijriDate(late, 'ar', {timeZone: 'Asia/Tokyo'})).to.equal('27 رجب 1447 هـ');
  });

  it('reads offsets as attributes give them, also as an Arabic keyboard writes them (as <news-header-bar hijri-offset> reads them)', () => {
    const table: [unknown, number][] = [
      ['-1', -1],
      ['\u22121', -1],
      ['-\u0661', -1],
      // As Arabic number formatting writes it (copied from a page): a direction mark, then the minus.
      [new Intl.NumberFormat('ar-u-nu-arab').format(-1), -1],
      ['\u200f-1', -1],
      ['\u0662', 2],
      ['\u06f1', 1],
      [' +1 ', 1],
      [-1, -1],
      ['2', 2],
      ['3', 2],
      ['-7', -2],
      ['0.6', 1],
      [null, 0],
      ['', 0],
      ['soon', 0],
      [undefined, 0],
    ];
    for (const [value, days] of table) expect(hijriOffset(value), String(value)).to.equal(days);
  });
});
