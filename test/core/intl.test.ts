import {expect} from '@open-wc/testing';
// The names carried for Tamazight load with its catalog or the module API; these tests format with them directly.
import '../../src/core/carry-zgh.js';
import {dateTimeFormat, formatDateTime, formattingLocale, numberFormat, pluralRules} from '../../src/core/intl.js';
import {formatTemperature, toCelsius} from '../../src/core/weather.js';
import {formatDay} from '../../src/core/day.js';
import {formatFullDate} from '../../src/core/format.js';

// 07:45 in Casablanca (UTC+1 outside Ramadan) on Friday 16 January 2026.
const morning = Date.parse('2026-01-16T06:45:00Z');
const zone = 'Africa/Casablanca';

describe('formattingLocale', () => {
  it('keeps a regional tag and gives Arabic Latin digits unless the tag names a numbering system', () => {
    const table: [string | undefined, string | undefined][] = [
      ['ar', 'ar-u-nu-latn'],
      ['ar-MA', 'ar-MA-u-nu-latn'],
      ['ar-EG', 'ar-EG-u-nu-latn'],
      ['ar-MA-u-nu-arab', 'ar-MA-u-nu-arab'],
      ['fr-MA', 'fr-MA'],
      ['es', 'es'],
      ['zgh', 'fr-MA'],
      ['zgh-MA', 'fr-MA'],
      ['', undefined],
      ['not a tag!', undefined],
      [undefined, undefined],
    ];
    for (const [tag, expected] of table) expect(formattingLocale(tag), String(tag)).to.equal(expected);
  });

  it('hands out one formatter per locale and options', () => {
    expect(dateTimeFormat('ar-MA', {month: 'long'})).to.equal(dateTimeFormat('ar-MA', {month: 'long'}));
    expect(dateTimeFormat('ar-MA', {month: 'long'})).not.to.equal(dateTimeFormat('ar-MA', {month: 'short'}));
    expect(numberFormat('fr')).to.equal(numberFormat('fr'));
  });
});

describe('regional formats', () => {
  it('writes Moroccan Arabic month names for ar-MA', () => {
    const months = [4, 6, 7, 8, 10, 11].map((m) => formatDateTime(Date.UTC(2026, m, 15), 'ar-MA', {month: 'long', timeZone: 'UTC'}));
    expect(months).to.deep.equal(['ماي', 'يوليوز', 'غشت', 'شتنبر', 'نونبر', 'دجنبر']);
  });

  it('writes the header date and a 24-hour time for ar-MA, with Latin digits', () => {
    expect(formatDay(morning, 'ar-MA', zone)).to.equal('الجمعة، 16 يناير 2026');
    expect(formatDateTime(morning, 'ar-MA', {timeStyle: 'short', timeZone: zone})).to.equal('07:45');
    expect(formatDateTime(morning, 'ar', {timeStyle: 'short', timeZone: zone})).to.equal('7:45 ص');
    expect(formatDay(Date.parse('2026-11-30T12:00:00Z'), 'ar-MA', zone)).to.equal('الاثنين، 30 نونبر 2026');
    expect(formatDay(Date.parse('2026-11-30T12:00:00Z'), 'ar', zone)).to.equal('الاثنين، 30 نوفمبر 2026');
    expect(formatDay(morning, 'ar-MA-u-nu-arab', zone)).to.equal('الجمعة، ١٦ يناير ٢٠٢٦');
  });

  it('writes the header date in the locale calendar, or in the one asked (the Gregorian line above a Hijri one)', () => {
    const islamic = formatDay(morning, 'ar-MA-u-ca-islamic-umalqura', zone);
    expect(islamic).to.contain('1447').and.not.contain('2026');
    expect(formatDay(morning, 'ar-MA-u-ca-islamic-umalqura', zone, 'gregory')).to.equal('الجمعة، 16 يناير 2026');
  });

  it('writes French and Spanish for Morocco, the header date starting with a capital as a line of its own does (helper-176)', () => {
    expect(formatDay(morning, 'fr-MA', zone)).to.equal('Vendredi 16 janvier 2026');
    expect(formatDateTime(morning, 'fr-MA', {timeStyle: 'short', timeZone: zone})).to.equal('07:45');
    expect(formatDay(morning, 'es-MA', zone)).to.equal('Viernes, 16 de enero de 2026');
  });

  it('writes Tamazight dates with the names the library carries', () => {
    expect(formatDay(morning, 'zgh', zone)).to.equal('ⴰⵙⵉⵎⵡⴰⵙ 16 ⵉⵏⵏⴰⵢⵔ 2026');
    expect(formatDay(Date.parse('2026-11-30T12:00:00Z'), 'zgh', zone)).to.equal('ⴰⵢⵏⴰⵙ 30 ⵏⵓⵡⴰⵏⴱⵉⵔ 2026');
    const months = Array.from({length: 12}, (_, m) => formatDateTime(Date.UTC(2026, m, 15), 'zgh', {month: 'long', timeZone: 'UTC'}));
    expect(months[7]).to.equal('ⵖⵓⵛⵜ');
    expect(new Set(months).size).to.equal(12);
    for (const name of months) expect(name).to.match(/^[\u2d30-\u2d7f]+$/u);
    expect(formatDateTime(morning, 'zgh', {timeStyle: 'short', timeZone: zone})).to.equal('07:45');
    expect(pluralRules('zgh').select(0)).to.equal('other');
    // No French word of the pattern locale leaks in ("à" between date and time).
    expect(formatFullDate(new Date('2026-01-15T09:10:00+01:00'), 'zgh', {timeZone: zone})).to.equal('ⴰⴽⵡⴰⵙ 15 ⵉⵏⵏⴰⵢⵔ 2026, 09:10 UTC\u2066+1\u2069');
  });
});

describe('a full date with its zone', () => {
  /** Where each character of `text` is drawn, left to right, in a paragraph of `dir`. */
  function drawnOrder(text: string, dir: 'rtl' | 'ltr'): string {
    const p = Object.assign(document.createElement('p'), {dir, lang: dir === 'rtl' ? 'ar' : 'en', textContent: text});
    document.body.append(p);
    try {
      const range = document.createRange();
      // By code unit, as a range counts (the texts here have no character outside the BMP).
      const visible = [...text.split('').entries()].flatMap(([at, character]) => {
        if (/[\u2066-\u2069]/.test(character)) return [];
        range.setStart(p.firstChild!, at);
        range.setEnd(p.firstChild!, at + 1);
        return [{character, left: range.getBoundingClientRect().left}];
      });
      return visible
        .sort((a, b) => a.left - b.left)
        .map((c) => c.character)
        .join('');
    } finally {
      p.remove();
    }
  }

  it("shows a zone's offset sign before its digits in Arabic, as in English", () => {
    // Friday 16 January 2026, 09:10 in Casablanca (UTC+1) and 03:10 in New York (UTC−5).
    const at = new Date('2026-01-16T08:10:00Z');
    const casablanca = formatFullDate(at, 'ar-MA', {timeZone: 'Africa/Casablanca'});
    // Drawn before the change: "1+" (the sign on the digit's right), "5-" for New York.
    expect(drawnOrder(casablanca, 'rtl')).to.contain('+1');
    expect(drawnOrder(formatFullDate(at, 'ar', {timeZone: 'America/New_York'}), 'rtl')).to.match(/[-\u2212]5/);
    expect(drawnOrder(formatFullDate(at, 'en', {timeZone: 'Asia/Kolkata'}), 'ltr')).to.match(/GMT\+5:30$/);
  });
});

describe('temperature', () => {
  it('reads naturally in Arabic, with Latin digits and the Arabic degree sign', () => {
    expect(formatTemperature(13.1, 'celsius', 'ar')).to.equal('13.1\u200f°م');
    expect(formatTemperature(13.1, 'celsius', 'ar-MA')).to.equal('13,1\u200f°م');
    expect(formatTemperature(13.1, 'celsius', 'fr-MA')).to.match(/^13,1[\u00a0\u202f]°C$/);
    expect(formatTemperature(13.1, 'celsius', 'zgh')).to.equal(formatTemperature(13.1, 'celsius', 'fr-MA'));
  });

  it('is said in words where the language has them, and with the unit\'s symbol in Tamazight, whose words engines lack', () => {
    expect(formatTemperature(13.1, 'celsius', 'en', 'long')).to.equal('13.1 degrees Celsius');
    expect(formatTemperature(13.1, 'celsius', 'ar-MA', 'long')).to.match(/^13,1 درج/);
    expect(formatTemperature(13.1, 'celsius', 'fr-MA', 'long')).to.match(/^13,1[\u00a0\u202f ]degrés Celsius$/);
    // Not the pattern locale's French words in a Tamazight page: the symbol, which every voice says in its own language.
    expect(formatTemperature(13.1, 'celsius', 'zgh', 'long')).to.equal(formatTemperature(13.1, 'celsius', 'zgh'));
  });

  it('says Arabic degrees in agreement with their number (CLDR writes "3 درجة مئوية"): the plural from 3 to 10, the noun alone for 1 and 2', () => {
    const said = (celsius: number, locale = 'ar') => formatTemperature(celsius, 'celsius', locale, 'long').replace(/[\u200e\u061c]/g, '');
    expect([1, 2, 3, 10, 11, 13.5, 100, 103, 0].map((value) => said(value))).to.deep.equal([
      'درجة مئوية واحدة',
      'درجتان مئويتان',
      '3 درجات مئوية',
      '10 درجات مئوية',
      '11 درجة مئوية',
      '13.5 درجة مئوية',
      '100 درجة مئوية',
      '103 درجات مئوية',
      '0 درجة مئوية',
    ]);
    // Below zero the number stays, its sign with it; in the page's digits.
    expect([-1, -3].map((value) => said(value))).to.deep.equal(['-1 درجة مئوية', '-3 درجات مئوية']);
    expect(said(5, 'ar-MA-u-nu-arab')).to.equal('٥ درجات مئوية');
    expect(formatTemperature(toCelsius(2), 'fahrenheit', 'ar', 'long')).to.equal('درجتا فهرنهايت');
    expect(formatTemperature(toCelsius(4), 'fahrenheit', 'ar', 'long')).to.equal('4 درجات فهرنهايت');
  });

  it('stays in reading order inside right-to-left text: number first, unit after it', async () => {
    const host = document.createElement('p');
    host.dir = 'rtl';
    host.lang = 'ar';
    host.style.font = '20px sans-serif';
    for (const value of [13.1, -3.5]) {
      host.replaceChildren();
      const text = formatTemperature(value, 'celsius', 'ar');
      host.append('الدار البيضاء ', text);
      document.body.append(host);
      // In right-to-left text the number must sit to the right of (before) the unit °م.
      const node = host.lastChild as Text;
      const range = document.createRange();
      const digit = text.search(/\d/);
      range.setStart(node, digit);
      range.setEnd(node, digit + 1);
      const number = range.getBoundingClientRect();
      const unit = text.indexOf('م');
      range.setStart(node, unit);
      range.setEnd(node, unit + 1);
      const sign = range.getBoundingClientRect();
      expect(number.left, text).to.be.greaterThan(sign.left);
      // And "°م" reads as one, after the number: the degree sign between the number and the
      // letter, not joined to the digits on their far side ("م 13,1°" as a reader meets it).
      const degree = text.indexOf('°');
      range.setStart(node, degree);
      range.setEnd(node, degree + 1);
      const ring = range.getBoundingClientRect();
      expect(ring.right, `${text}: ° left of the number`).to.be.at.most(number.left + 0.5);
      expect(sign.right, `${text}: م left of °`).to.be.at.most(ring.left + 0.5);
      if (value < 0) {
        const minus = text.indexOf('-');
        range.setStart(node, minus);
        range.setEnd(node, minus + 1);
        // The minus stays before the digits in their own left-to-right run: "-3.5", not "3.5-".
        expect(range.getBoundingClientRect().left, text).to.be.lessThan(number.left);
      }
      host.remove();
    }
  });
});
