import {expect, fixture as render, fixtureCleanup, html, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/components/news-header-bar/news-header-bar.js';
import type {NewsHeaderBarElement} from '../../src/components/news-header-bar/news-header-bar.component.js';
import type {Weather} from '../../src/core/weather.js';
// The class as an npm user imports it, for `instanceof`.
import {WeatherError} from '../../src/index.js';
import {browserEngine, countEvents, countFetches, domUntil, eventOnce, fixture, otherOrigin, textOf, useLocale} from '../helpers.js';
import {part} from '../harness/shadow.js';

// Fake only the clocks: Lit's updates run on promises, which stay real.
const FAKE: ('setTimeout' | 'clearTimeout' | 'setInterval' | 'clearInterval' | 'Date')[] = ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'];
const MINUTE = 60_000;
/**
 * The longest date of the year in every language (a Wednesday in September): layout tests
 * measure the bar on it, the hardest day for its room, rather than on the day they run.
 */
const LONGEST_DAY = Date.parse('2026-09-30T12:00:00Z');
const OPEN_METEO = 'https://api.open-meteo.com/v1/forecast?latitude=33.57&longitude=-7.59&current=temperature_2m,weather_code,is_day';

/** Whether a part is rendered (a boolean, so a failing assertion does not print the element). */
const shows = (el: Element, name: string) => part(el, name) !== null;
const dateOf = (el: Element) => {
  const time = part(el, 'date') as HTMLTimeElement;
  return {text: textOf(time), datetime: time.dateTime, tag: time.localName};
};
const weatherOf = (el: Element) => ({
  temperature: textOf(part(el, 'temperature')),
  condition: textOf(part(el, 'condition')),
  city: textOf(part(el, 'city')),
  icon: part(el, 'icon')?.getAttribute('aria-label'),
  time: part(el, 'icon')?.getAttribute('data-time'),
});
/** What a screen reader reads of `el`: its text without aria-hidden parts, an image as its label. */
const spoken = (el: Element): string =>
  [...el.childNodes]
    .map((node) => {
      if (!(node instanceof Element)) return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '') : '';
      if (node.getAttribute('aria-hidden') === 'true') return '';
      return node.getAttribute('role') === 'img' ? (node.getAttribute('aria-label') ?? '') : spoken(node);
    })
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
const openMeteo = (temperature: number, code: number, isDay: 0 | 1, unit = '°C') =>
  new Response(JSON.stringify({current_units: {temperature_2m: unit}, current: {temperature_2m: temperature, weather_code: code, is_day: isDay}}), {
    headers: {'Content-Type': 'application/json'},
  });
/** Resolves when the next weather event of either kind reaches the document. */
const nextWeather = () =>
  Promise.race([eventOnce<{weather: Weather}>(document, 'news-weather-load'), eventOnce<{error: WeatherError}>(document, 'news-weather-error')]);

describe('<news-header-bar>', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  // The test runner may run this page in a background tab, where `document.hidden` is true
  // and the weather waits: each test decides whether the page is visible.
  let hidden = false;
  beforeEach(() => {
    hidden = false;
    Object.defineProperty(document, 'hidden', {configurable: true, get: () => hidden});
  });
  afterEach(async () => {
    // Remove this test's bars while its fake clock and fetch are still in place: a bar left
    // connected would re-render on the locale change below and load the weather for real,
    // from the network, with real timers.
    fixtureCleanup();
    delete (document as {hidden?: boolean}).hidden;
    clock?.restore();
    clock = undefined;
    sinon.restore();
    await useLocale('en');
  });
  const fakeTime = (iso: string) => (clock = sinon.useFakeTimers({now: Date.parse(iso), toFake: FAKE}));

  describe('date', () => {
    it('shows today’s weekday, day, month and year for the time zone in a time element', async () => {
      fakeTime('2026-01-16T23:30:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`);
      // 23:30 UTC is already Saturday in Casablanca (UTC+1).
      expect(dateOf(el)).to.deep.equal({text: 'Saturday, January 17, 2026', datetime: '2026-01-17', tag: 'time'});
      await useLocale('ar-MA');
      await el.updateComplete;
      expect(dateOf(el).text).to.equal('السبت، 17 يناير 2026');
      await useLocale('fr');
      await el.updateComplete;
      expect(dateOf(el).text).to.equal('Samedi 17 janvier 2026');
    });

    // Midnights written out by hand: [zone, start, midnight (UTC), date before, date after].
    const rollovers: [string, string, string, string, string, string][] = [
      ['a zone ahead of UTC (Asia/Tokyo)', 'Asia/Tokyo', '2026-01-16T03:00:00Z', '2026-01-16T15:00:00Z', 'Friday, January 16, 2026', 'Saturday, January 17, 2026'],
      ['a zone behind UTC (America/New_York)', 'America/New_York', '2026-01-16T12:00:00Z', '2026-01-17T05:00:00Z', 'Friday, January 16, 2026', 'Saturday, January 17, 2026'],
      ['New York across the spring daylight-saving change (a 23-hour day)', 'America/New_York', '2026-03-08T05:30:00Z', '2026-03-09T04:00:00Z', 'Sunday, March 8, 2026', 'Monday, March 9, 2026'],
      ['Paris across the autumn daylight-saving change (a 25-hour day)', 'Europe/Paris', '2026-10-24T23:30:00Z', '2026-10-25T23:00:00Z', 'Sunday, October 25, 2026', 'Monday, October 26, 2026'],
    ];
    for (const [name, zone, start, midnight, before, after] of rollovers) {
      it(`changes exactly at midnight in ${name}, without polling`, async () => {
        fakeTime(start);
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone=${zone}></news-header-bar>`);
        expect(dateOf(el).text).to.equal(before);
        expect(clock!.countTimers()).to.equal(1);
        const renders = sinon.spy(el, 'render');
        // Up to the last millisecond of the day: nothing re-renders meanwhile.
        await clock!.tickAsync(Date.parse(midnight) - Date.now() - 1);
        await el.updateComplete;
        expect(renders.callCount).to.equal(0);
        expect(dateOf(el).text).to.equal(before);
        await clock!.tickAsync(1);
        await el.updateComplete;
        expect(renders.callCount).to.equal(1);
        expect(dateOf(el).text).to.equal(after);
        expect(clock!.countTimers()).to.equal(1);
      });
    }

    it('turns Casablanca\'s day at its midnight by its rules of 2026-09-20, in an engine whose time-zone data predates them too (WebKit here; helper-183)', async () => {
      // Morocco has been on UTC all year since 20 September 2026: 23:30 UTC is still the 6th there, not the 7th.
      fakeTime('2026-12-06T23:30:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`);
      expect(dateOf(el)).to.deep.equal({text: 'Sunday, December 6, 2026', datetime: '2026-12-06', tag: 'time'});
      await clock!.tickAsync(30 * MINUTE - 1);
      await el.updateComplete;
      expect(dateOf(el).datetime, 'before midnight').to.equal('2026-12-06');
      await clock!.tickAsync(MINUTE);
      await el.updateComplete;
      expect(dateOf(el).datetime, 'after midnight').to.equal('2026-12-07');
    });

    it('shows the new day within a minute of waking from a sleep through midnight, the page shown all along', async () => {
      fakeTime('2026-01-16T22:00:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`);
      expect(dateOf(el).datetime).to.equal('2026-01-16');
      // Asleep from 22:00 to 06:00 Casablanca: the clock moves on, the timers stand still.
      clock!.setSystemTime(Date.parse('2026-01-17T05:00:00Z'));
      // The timer's step ends a minute on; it reads the clock and runs the day's change at once.
      await clock!.tickAsync(MINUTE + 1);
      await el.updateComplete;
      expect(dateOf(el).datetime).to.equal('2026-01-17');
    });

    it('shares one timer between every bar on the page, and leaves none running once they are removed', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const [tokyo, newYork, casablanca] = await Promise.all(
        ['Asia/Tokyo', 'America/New_York', 'Africa/Casablanca'].map((zone) => render<NewsHeaderBarElement>(html`<news-header-bar timezone=${zone}></news-header-bar>`)),
      );
      expect(clock!.countTimers()).to.equal(1);
      // Tokyo's midnight comes first (15:00 UTC): only Tokyo changes.
      await clock!.tickAsync(3 * 60 * MINUTE);
      await Promise.all([tokyo, newYork, casablanca].map((el) => el.updateComplete));
      expect([tokyo, newYork, casablanca].map((el) => dateOf(el).datetime)).to.deep.equal(['2026-01-17', '2026-01-16', '2026-01-16']);
      expect(clock!.countTimers()).to.equal(1);
      // Casablanca at 23:00 UTC, New York at 05:00 UTC the next day.
      await clock!.tickAsync(8 * 60 * MINUTE);
      await Promise.all([tokyo, newYork, casablanca].map((el) => el.updateComplete));
      expect([tokyo, newYork, casablanca].map((el) => dateOf(el).datetime)).to.deep.equal(['2026-01-17', '2026-01-16', '2026-01-17']);
      await clock!.tickAsync(6 * 60 * MINUTE);
      await Promise.all([tokyo, newYork, casablanca].map((el) => el.updateComplete));
      expect([tokyo, newYork, casablanca].map((el) => dateOf(el).datetime)).to.deep.equal(['2026-01-17', '2026-01-17', '2026-01-17']);
      for (const el of [tokyo, newYork, casablanca]) el.remove();
      expect(clock!.countTimers()).to.equal(0);
    });

    it('shows the new day at once when put back on the page after a midnight spent off it', async () => {
      fakeTime('2026-01-16T20:00:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`);
      expect(dateOf(el).datetime).to.equal('2026-01-16');
      const place = el.parentNode!;
      el.remove();
      await clock!.tickAsync(6 * 60 * MINUTE); // 02:00 on the 17th in Casablanca
      place.append(el);
      await el.updateComplete;
      expect(dateOf(el).datetime).to.equal('2026-01-17');
    });

    it('follows a change of timezone', async () => {
      fakeTime('2026-01-16T20:00:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="America/New_York"></news-header-bar>`);
      expect(dateOf(el).datetime).to.equal('2026-01-16');
      el.timezone = 'Asia/Tokyo';
      await el.updateComplete;
      expect(dateOf(el).datetime).to.equal('2026-01-17');
      // The shared timer now waits for Tokyo's next midnight (15:00 UTC on the 17th).
      await clock!.tickAsync(19 * 60 * MINUTE - 1);
      await el.updateComplete;
      expect(dateOf(el).datetime).to.equal('2026-01-17');
      await clock!.tickAsync(1);
      await el.updateComplete;
      expect(dateOf(el).datetime).to.equal('2026-01-18');
    });

    it('falls back to the reader’s zone, with one warning, for an unknown zone', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Mars/Olympus"></news-header-bar>`);
      const local = new Date();
      const expected = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
      expect(dateOf(el).datetime).to.equal(expected);
      expect(dateOf(el).text).to.equal(new Intl.DateTimeFormat('en', {weekday: 'long', day: 'numeric', month: 'long', year: 'numeric'}).format(local));
      el.city = 'Olympus Mons';
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('Mars/Olympus');
    });
  });

  describe('hijri date', () => {
    const hijriOf = (el: Element) => {
      const time = part(el, 'hijri') as HTMLTimeElement | null;
      return time && {text: textOf(time), datetime: time.dateTime, tag: time.localName};
    };

    // Friday 16 January 2026 is 27 Rajab 1447 (Umm al-Qura), in each language the library speaks.
    const languages: [string, string, string][] = [
      ['en', 'Friday, January 16, 2026', 'Rajab 27, 1447 AH'],
      ['ar', 'الجمعة، 16 يناير 2026', '27 رجب 1447 هـ'],
      ['fr', 'Vendredi 16 janvier 2026', '27 rajab 1447 H'],
      ['es', 'Viernes, 16 de enero de 2026', '27 de rajab de 1447 AH'],
      ['zgh', 'ⴰⵙⵉⵎⵡⴰⵙ 16 ⵉⵏⵏⴰⵢⵔ 2026', '27 ⵔⴰⵊⴰⴱ 1447'],
    ];
    for (const [locale, gregorian, hijri] of languages) {
      it(`shows the Hijri date of the same day after the Gregorian one in ${locale}`, async () => {
        fakeTime('2026-01-16T10:00:00Z');
        await useLocale(locale);
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri></news-header-bar>`);
        expect(dateOf(el).text).to.equal(gregorian);
        // A `time` whose machine-readable date is the Gregorian day it stands for.
        expect(hijriOf(el)).to.deep.equal({text: hijri, datetime: '2026-01-16', tag: 'time'});
      });
    }

    it('separates the dates by the mark the theme gives cards (--news-meta-separator), which screen readers skip (helper-181)', async () => {
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri></news-header-bar>`);
      expect(getComputedStyle(part(el, 'hijri')!, '::before').content).to.match(/^"·"\s*\/\s*""$/);
      el.style.setProperty('--news-meta-separator', "'|'");
      expect(getComputedStyle(part(el, 'hijri')!, '::before').content).to.match(/^"\|"\s*\/\s*""$/);
    });

    it('keeps the date above it Gregorian on a page whose language asks for the Islamic calendar', async () => {
      fakeTime('2026-01-16T10:00:00Z');
      await useLocale('ar-SA-u-ca-islamic-umalqura');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri></news-header-bar>`);
      expect(dateOf(el).text).to.equal('الجمعة، 16 يناير 2026');
      expect(hijriOf(el)?.text).to.equal('27 رجب 1447 هـ');
      // Without the Hijri line, the page's calendar it is.
      el.hijri = false;
      await el.updateComplete;
      expect(dateOf(el).text).to.contain('1447');
    });

    it('sits after the date on the line: to its right in English, to its left in Arabic', async () => {
      fakeTime('2026-01-16T10:00:00Z');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri style="inline-size: 60rem"></news-header-bar>`);
      const placement = () => ({date: part(el, 'date')!.getBoundingClientRect(), hijri: part(el, 'hijri')!.getBoundingClientRect()});
      let {date, hijri} = placement();
      expect(hijri.left).to.be.at.least(date.right);
      expect(Math.round(hijri.top)).to.equal(Math.round(date.top));
      await useLocale('ar');
      await el.updateComplete;
      ({date, hijri} = placement());
      expect(hijri.right).to.be.at.most(date.left);
      expect(getComputedStyle(part(el, 'hijri')!).direction).to.equal('rtl');
    });

    it('is not shown without the hijri attribute', async () => {
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca"></news-header-bar>`);
      expect(hijriOf(el)).to.equal(null);
      el.hijri = true;
      await el.updateComplete;
      expect(hijriOf(el)).to.not.equal(null);
    });

    it('follows a national moon-sighting calendar with hijri-offset', async () => {
      // 18 February 2026 is 1 Ramadan 1447 in Umm al-Qura; Morocco, a day behind, still says 29 Shaaban.
      fakeTime('2026-02-18T10:00:00Z');
      await useLocale('ar');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset="-1"></news-header-bar>`);
      expect(hijriOf(el)!.text).to.equal('29 شعبان 1447 هـ');
      el.setAttribute('hijri-offset', '0');
      await el.updateComplete;
      expect(hijriOf(el)!.text).to.equal('1 رمضان 1447 هـ');
      el.hijriOffset = 2;
      await el.updateComplete;
      expect(hijriOf(el)!.text).to.equal('3 رمضان 1447 هـ');
      expect(dateOf(el).datetime, 'the Gregorian date does not move').to.equal('2026-02-18');
    });

    const badOffsets: [string, string, string][] = [
      ['5', 'clamps 5 to 2', 'Rajab 29, 1447 AH'],
      ['-9', 'clamps -9 to -2', 'Rajab 25, 1447 AH'],
      ['soon', 'ignores a word', 'Rajab 27, 1447 AH'],
    ];
    for (const [offset, name, shown] of badOffsets) {
      it(`${name} in hijri-offset, with one warning`, async () => {
        fakeTime('2026-01-16T10:00:00Z');
        const warn = sinon.stub(console, 'warn');
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset=${offset}></news-header-bar>`);
        expect(hijriOf(el)!.text).to.equal(shown);
        el.city = 'Casablanca';
        await el.updateComplete;
        el.requestUpdate();
        await el.updateComplete;
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.contain(`hijri-offset "${offset}"`);
      });
    }

    it('quotes, in its warning, the hijri-offset set on the property since the attribute, not the attribute', async () => {
      fakeTime('2026-01-16T10:00:00Z');
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset="-1"></news-header-bar>`);
      el.hijriOffset = 5;
      await el.updateComplete;
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('hijri-offset "5" is not a whole number');
    });

    it('reads hijri-offset as an Arabic keyboard writes it: a minus sign, Arabic-Indic digits', async () => {
      fakeTime('2026-01-16T10:00:00Z');
      const warn = sinon.stub(console, 'warn');
      const shown: string[] = [];
      for (const offset of ['\u22121', '-\u0661', '+1', ' \u06f2 ', '']) {
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset=${offset}></news-header-bar>`);
        shown.push(hijriOf(el)!.text);
      }
      expect(shown).to.deep.equal(['Rajab 26, 1447 AH', 'Rajab 26, 1447 AH', 'Rajab 28, 1447 AH', 'Rajab 29, 1447 AH', 'Rajab 27, 1447 AH']);
      expect(warn.callCount).to.equal(0);
    });

    it('changes at midnight with the Gregorian date, from the same timer', async () => {
      // Midnight in Casablanca (UTC+1) is 23:00 UTC.
      fakeTime('2026-01-16T20:00:00Z');
      await useLocale('ar');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset="-1"></news-header-bar>`);
      expect(clock!.countTimers()).to.equal(1);
      await clock!.tickAsync(3 * 60 * MINUTE - 1);
      await el.updateComplete;
      expect([dateOf(el).datetime, hijriOf(el)!.text]).to.deep.equal(['2026-01-16', '26 رجب 1447 هـ']);
      await clock!.tickAsync(1);
      await el.updateComplete;
      expect([dateOf(el).datetime, hijriOf(el)!.text, hijriOf(el)!.datetime]).to.deep.equal(['2026-01-17', '27 رجب 1447 هـ', '2026-01-17']);
      expect(clock!.countTimers()).to.equal(1);
    });

    for (const locale of ['en', 'ar']) {
      it(`passes an accessibility audit with the Hijri date in ${locale}`, async () => {
        await useLocale(locale);
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" hijri hijri-offset="-1"></news-header-bar>`);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('weather', () => {
    it('shows temperature, condition, icon and city from weather-src', async () => {
      const loaded = eventOnce<{weather: Weather}>(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(
        html`<news-header-bar timezone="Africa/Casablanca" city="Casablanca" weather-src=${fixture('weather-celsius.json')}></news-header-bar>`,
      );
      const {detail} = await loaded;
      await el.updateComplete;
      expect(detail.weather).to.deep.equal({temperature: 13.1, weatherCode: 2, isDay: true});
      expect(weatherOf(el)).to.deep.equal({temperature: '13.1°C', condition: 'Partly cloudy', city: 'Casablanca', icon: 'Partly cloudy', time: 'day'});
      expect(part(el, 'icon')!.getAttribute('role')).to.equal('img');
      expect(textOf(part(el, 'weather'))).to.equal('13.1°C 13.1 degrees Celsius Partly cloudy Casablanca');
      expect(spoken(part(el, 'weather')!)).to.equal('Partly cloudy 13.1 degrees Celsius Casablanca');
    });

    it('keeps the address a relative weather-src resolved to when it was set, as an img does, though the app moves to another path', async () => {
      const start = location.href;
      try {
        const loaded = eventOnce(document, 'news-weather-load');
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar city="Casablanca" weather-src="test/fixtures/weather-celsius.json?spa"></news-header-bar>`);
        await loaded;
        await el.updateComplete;
        history.pushState(null, '', '/spa/section/story');
        // Any update: a locale switch, midnight, a property the app sets.
        el.requestUpdate();
        await el.updateComplete;
        expect(weatherOf(el).temperature, 'the weather after the update').to.equal('13.1°C');
      } finally {
        history.replaceState(null, '', start);
      }
    });

    it('shows the weather in Arabic, right to left', async () => {
      await useLocale('ar-MA');
      const loaded = eventOnce(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(
        html`<news-header-bar timezone="Africa/Casablanca" city="الدار البيضاء" weather-src=${fixture('weather-celsius.json')}></news-header-bar>`,
      );
      await loaded;
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({temperature: '13,1\u200f°م', condition: 'سماء غائمة جزئيًا', icon: 'سماء غائمة جزئيًا', city: 'الدار البيضاء'});
      // A screen reader says the temperature in words, not a degree sign and the letter م.
      expect(spoken(part(el, 'weather')!)).to.equal('سماء غائمة جزئيًا 13,1 درجة مئوية الدار البيضاء');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(part(el, 'base')!.getAttribute('lang')).to.equal('ar');
    });

    it('requests the exact Open-Meteo URL for latitude and longitude', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 0, 1));
      const loaded = eventOnce(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
      await loaded;
      await el.updateComplete;
      expect(fetch.callCount).to.equal(1);
      expect(String(fetch.firstCall.args[0])).to.equal(OPEN_METEO);
      expect(weatherOf(el)).to.deep.include({temperature: '13.1°C', condition: 'Clear sky'});
    });

    it('tells Open-Meteo nothing of the page (no Referer under an unsafe-url page policy), and a weather-src the usual', async () => {
      // A page whose policy sends its full address (unsafe-url, no-referrer-when-downgrade) would
      // otherwise tell a third party the site never chose which article each reader is on.
      const policy = (content: string) => document.head.append(Object.assign(document.createElement('meta'), {name: 'referrer', content}));
      policy('unsafe-url');
      // Each request goes, with the very options the bar gave it, to a test server route on
      // another origin (as Open-Meteo and a site's weather host are) that answers the headers it
      // received: the browser works out the Referer from the page's policy and those options.
      // The bar then gets Open-Meteo's answer.
      const echo = await otherOrigin('/__headers');
      const proxy = (await otherOrigin('/weather/casablanca.json')).href;
      const received: [string, Record<string, string>][] = [];
      const realFetch = window.fetch;
      sinon.stub(window, 'fetch').callsFake(async (input: RequestInfo | URL, init?: RequestInit) => {
        const url = String(input);
        const answer = await realFetch(echo, init);
        received.push([url, (await answer.json()) as Record<string, string>]);
        return openMeteo(13.1, 0, 1);
      });
      try {
        let loaded = eventOnce(document, 'news-weather-load');
        await render(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
        await loaded;
        // A site's own weather host may check where its requests come from: it gets what the
        // page's policy gives, the page's full address (no default policy sends it to another
        // origin), in Chromium; Firefox and WebKit cut a Referer to another site down to its
        // origin whatever the page's policy says (their own privacy rule).
        loaded = eventOnce(document, 'news-weather-load');
        await render(html`<news-header-bar weather-src=${proxy}></news-header-bar>`);
        await loaded;
      } finally {
        // A policy stays when its meta goes: the test runner's default back.
        policy('strict-origin-when-cross-origin');
        document.head.querySelectorAll('meta[name="referrer"]').forEach((meta) => meta.remove());
      }
      expect(received.map(([url, headers]) => [url, headers.referer ?? 'none', headers.accept])).to.deep.equal([
        [OPEN_METEO, 'none', 'application/json'],
        [proxy, (await browserEngine()) === 'chromium' ? location.href : `${location.origin}/`, 'application/json'],
      ]);
    });

    it('asks Open-Meteo in °C with units="fahrenheit", shows °F, and asks nothing again when the units change', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 61, 0));
      const loaded = eventOnce(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" units="fahrenheit"></news-header-bar>`);
      await loaded;
      await el.updateComplete;
      expect(String(fetch.firstCall.args[0])).to.equal(OPEN_METEO);
      expect(weatherOf(el)).to.deep.include({temperature: '55.6°F', condition: 'Rain', time: 'night'});
      el.units = 'celsius';
      await el.updateComplete;
      expect(weatherOf(el).temperature).to.equal('13.1°C');
      expect(fetch.callCount).to.equal(1);
    });

    it('reads a decimal comma in the coordinates, and takes empty ones for none, not 0° 0° at sea', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      const warn = sinon.stub(console, 'warn');
      const loaded = eventOnce(document, 'news-weather-load');
      const comma = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33,57" longitude=" -7,59 "></news-header-bar>`);
      await loaded;
      expect(String(fetch.firstCall.args[0])).to.equal(OPEN_METEO);
      // A CMS's template with the fields unset, as attributes and as React's text properties.
      const empty = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="" longitude=""></news-header-bar>`);
      const props = await render<NewsHeaderBarElement>(html`<news-header-bar .latitude=${'' as unknown as number} .longitude=${'' as unknown as number}></news-header-bar>`);
      await Promise.all([comma.updateComplete, empty.updateComplete, props.updateComplete]);
      expect(fetch.callCount).to.equal(1);
      expect([shows(empty, 'weather'), shows(props, 'weather')]).to.deep.equal([false, false]);
      expect(warn.callCount).to.equal(0);
      // As an Arabic keyboard writes them: Arabic-Indic digits, the Arabic decimal separator, a minus sign.
      const arabic = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="٣٣٫٥٧" longitude="\u2212٧٫٥٩"></news-header-bar>`);
      expect([arabic.latitude, arabic.longitude]).to.deep.equal([33.57, -7.59]);
      // Copied from an Arabic page: direction marks around the number (Intl writes one before the minus).
      const copied = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="\u200f33.57" longitude=${new Intl.NumberFormat('ar', {maximumFractionDigits: 2}).format(-7.59)}></news-header-bar>`);
      expect([copied.latitude, copied.longitude]).to.deep.equal([33.57, -7.59]);
    });

    it('says which coordinates are no place on Earth, as written, once, and keeps no room for a weather that cannot come', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57N" longitude="-7.59"></news-header-bar>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(fetch.callCount).to.equal(0);
      expect(shows(el, 'weather')).to.equal(false);
      expect(warn.callCount).to.equal(1);
      expect(String(warn.firstCall.args[0])).to.contain('latitude "33.57N" and longitude "-7.59" are no place on Earth');
    });

    it('reads no hexadecimal, exponent or Infinity as a coordinate (Number() reads 0x21 as 33): no site writes one', async () => {
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="0x21" longitude="1e1"></news-header-bar>`);
      const far = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="Infinity" longitude="-7.59"></news-header-bar>`);
      await Promise.all([el.updateComplete, far.updateComplete]);
      expect([el.latitude, el.longitude, far.latitude]).to.deep.equal([NaN, NaN, NaN]);
      expect(fetch.callCount).to.equal(0);
      expect(warn.callCount).to.equal(2);
      expect(String(warn.firstCall.args[0])).to.contain('latitude "0x21" and longitude "1e1" are no place on Earth');
    });

    it('reads weather-refresh and weather-max-bytes as a site writes its numbers, as the coordinates (٦٠٠, ١٢٨٠٠٠)', async () => {
      sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" weather-refresh="٦٠٠" weather-max-bytes=" ١٢٨٠٠٠ "></news-header-bar>`);
      expect([el.weatherRefresh, el.weatherMaxBytes]).to.deep.equal([600, 128000]);
      // A separator, which may be a thousands' or a decimal one by the language: no guess, the default.
      const separated = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" weather-refresh="3,600" weather-max-bytes="65٬536"></news-header-bar>`);
      expect([separated.weatherRefresh, separated.weatherMaxBytes]).to.deep.equal([NaN, NaN]);
    });

    it('converts a °C response shown in fahrenheit (13.1 °C → 55.6 °F)', async () => {
      const loaded = eventOnce(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar units="fahrenheit" weather-src=${fixture('weather-celsius.json')}></news-header-bar>`);
      await loaded;
      await el.updateComplete;
      expect(weatherOf(el).temperature).to.equal('55.6°F');
    });

    it('reads units in any case, and warns once of a unit it does not know, showing °C (helper-183)', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const weather = {temperature: 21.4, weatherCode: 1, isDay: true};
        const upper = await render<NewsHeaderBarElement>(html`<news-header-bar units="Fahrenheit" .weather=${weather}></news-header-bar>`);
        expect(weatherOf(upper).temperature).to.equal('70.5°F');
        expect(warn.callCount).to.equal(0);
        const typo = await render<NewsHeaderBarElement>(html`<news-header-bar units="imperial" .weather=${weather}></news-header-bar>`);
        expect(weatherOf(typo).temperature).to.equal('21.4°C');
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.equal('news-header-bar: units "imperial" is neither "celsius" nor "fahrenheit"; showing °C.');
        typo.city = 'Casablanca';
        await typo.updateComplete;
        expect(warn.callCount, 'once, not at each update').to.equal(1);
      } finally {
        warn.restore();
      }
    });

    it('converts a °F response shown in celsius', async () => {
      const loaded = eventOnce(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar weather-src=${fixture('weather-fahrenheit.json')}></news-header-bar>`);
      await loaded;
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({temperature: '13.1°C', condition: 'Rain', time: 'night'});
    });

    it('reads a blank weather-src (a CMS\'s empty field) as none: no request for the page\'s own address as weather, no room kept for it', async () => {
      const {result: el, calls} = await countFetches(async () => {
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar weather-src=" " city="Casablanca"></news-header-bar>`);
        await el.updateComplete;
        return el;
      });
      expect(calls).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="weather"], .reserved')).to.equal(null);
      // Coordinates beside it are the weather's place, as without it.
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 0, 1));
      const loaded = eventOnce(document, 'news-weather-load');
      const bar = await render<NewsHeaderBarElement>(html`<news-header-bar weather-src=" " latitude="33.57" longitude="-7.59"></news-header-bar>`);
      await loaded;
      expect(fetch.callCount).to.equal(1);
      expect(String(fetch.firstCall.args[0])).to.equal(OPEN_METEO);
      await bar.updateComplete;
      expect(weatherOf(bar)).to.deep.include({temperature: '13.1°C'});
    });

    it('shows a weather property as given, without a request or news-weather-load (the page set it)', async () => {
      const loads = countEvents(document, 'news-weather-load');
      const {result: el, calls} = await countFetches(async () => {
        const el = await render<NewsHeaderBarElement>(
          html`<news-header-bar latitude="33.57" longitude="-7.59" .weather=${{temperature: -3.04, weatherCode: 73, isDay: false}}></news-header-bar>`,
        );
        await el.updateComplete;
        return el;
      });
      expect(calls).to.deep.equal([]);
      expect(weatherOf(el)).to.deep.include({temperature: '-3°C', condition: 'Snow', time: 'night'});
      loads.stop();
      expect(loads.count).to.equal(0);
    });

    it('shows the temperature alone, without icon or condition, when the source has no weather code (Open-Meteo null)', async () => {
      sinon.stub(window, 'fetch').callsFake(async () => new Response(JSON.stringify({current: {temperature_2m: 13.1, weather_code: null, is_day: 1}})));
      const loaded = eventOnce<{weather: Weather}>(document, 'news-weather-load');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar city="Casablanca" latitude="33.57" longitude="-7.59"></news-header-bar>`);
      const {detail} = await loaded;
      await el.updateComplete;
      expect(detail.weather).to.deep.equal({temperature: 13.1, weatherCode: null, isDay: true});
      expect(weatherOf(el)).to.deep.equal({temperature: '13.1°C', condition: '', city: 'Casablanca', icon: undefined, time: undefined});
      expect(spoken(part(el, 'weather')!)).to.equal('13.1 degrees Celsius Casablanca');
      expect(textOf(el.shadowRoot)).to.not.match(/undefined|null|NaN/);
      // A page's own weather without a code, in Arabic.
      await useLocale('ar-MA');
      el.weather = {temperature: 21, weatherCode: null, isDay: false};
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({temperature: '21\u200f°م', condition: '', icon: undefined});
      // A WMO code Open-Meteo does not use, as a station reports it, is named too: a sandstorm.
      el.weather = {temperature: 18, weatherCode: 31, isDay: true};
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({temperature: '18\u200f°م', condition: 'عاصفة رملية', icon: 'عاصفة رملية'});
    });

    it('draws the night icon for is_day 0 passed on as isDay, as Open-Meteo writes it', async () => {
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar .weather=${{temperature: 9, weatherCode: 0, isDay: 0} as unknown as Weather}></news-header-bar>`);
      expect(weatherOf(el)).to.deep.include({condition: 'Clear sky', time: 'night'});
      el.weather = {temperature: 9, weatherCode: 0, isDay: 1} as unknown as Weather;
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({time: 'day'});
    });

    it('shows nothing for a weather property it cannot read, and says so once each time in the console', async () => {
      const warn = sinon.stub(console, 'warn');
      try {
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar .weather=${{temperature: NaN, weatherCode: 2, isDay: true}}></news-header-bar>`);
        expect(shows(el, 'weather')).to.equal(false);
        el.weather = {temperature: 10, weatherCode: 100, isDay: true};
        await el.updateComplete;
        expect(shows(el, 'weather')).to.equal(false);
        expect(textOf(el.shadowRoot)).to.not.match(/undefined|null|NaN/);
        // The shape a developer might guess, with `code` for `weatherCode`.
        el.weather = {temperature: 20, code: 1, isDay: true} as unknown as Weather;
        await el.updateComplete;
        expect(shows(el, 'weather')).to.equal(false);
        expect(warn.args.map(([message]) => String(message))).to.deep.equal(
          Array(3).fill('news-header-bar: weather needs {temperature, weatherCode, isDay}: degrees Celsius from -100 to 100 and a WMO weather code (null for none); showing none.'),
        );
        // Another update of the bar does not say it again; weather it can show says nothing.
        el.city = 'Rabat';
        await el.updateComplete;
        el.weather = {temperature: 20, weatherCode: 1, isDay: true};
        await el.updateComplete;
        expect(shows(el, 'weather')).to.equal(true);
        expect(warn.callCount).to.equal(3);
      } finally {
        warn.restore();
      }
    });

    const failures: [string, () => string, WeatherError['kind']][] = [
      ['an HTTP error', () => '/__status/500', 'http'],
      ['a body that is not JSON', () => fixture('not-json.html'), 'format'],
      ['JSON of another shape', () => fixture('jsonfeed-1.1.json'), 'format'],
      ['an unreachable server', () => 'http://127.0.0.1:9/weather.json', 'network'],
      // Open-Meteo's answer of a January afternoon, which a cache or proxy kept serving.
      ['a reading hours old (a cache stuck on it)', () => fixture('weather-stale.json'), 'stale'],
    ];
    for (const [name, url, kind] of failures) {
      it(`hides the weather quietly on ${name}: the date stays, one warning`, async () => {
        const warn = sinon.stub(console, 'warn');
        const failed = eventOnce<{error: WeatherError}>(document, 'news-weather-error');
        const el = await render<NewsHeaderBarElement>(html`<news-header-bar city="Casablanca" weather-src=${url()}></news-header-bar>`);
        const {detail} = await failed;
        await el.updateComplete;
        expect(detail.error).to.be.instanceOf(WeatherError);
        expect(detail.error.kind).to.equal(kind);
        expect(shows(el, 'weather')).to.equal(false);
        expect(shows(el, 'city')).to.equal(false);
        expect(dateOf(el).text).to.match(/\d{4}$/);
        expect(warn.callCount).to.equal(1);
        expect(String(warn.firstCall.args[0])).to.match(/^news-header-bar: /);
      });
    }

    it('requests no weather for a bar removed before its first update', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      const el = Object.assign(document.createElement('news-header-bar'), {latitude: 33.57, longitude: -7.59});
      document.body.append(el);
      el.remove();
      // A load starts within the update (the weather is due at once), or from a timer it sets:
      // with every timer it left run out, a request would have been asked for.
      await el.updateComplete;
      expect(fetch.callCount, 'requests from the update').to.equal(0);
      await clock!.runAllAsync();
      expect(fetch.callCount, 'requests from its timers').to.equal(0);
    });

    it('keeps a reading through failed refreshes for an hour from its load, then hides it; tries again after 30 s, then twice as long after each failure, never past the interval', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const warn = sinon.stub(console, 'warn');
      const down = () => Promise.reject(new TypeError('Failed to fetch'));
      const answers = [() => openMeteo(13.1, 2, 1), ...Array.from({length: 10}, () => down), () => openMeteo(14.2, 3, 1)];
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => answers[fetch.callCount - 1]());
      let event = nextWeather();
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" weather-refresh="600"></news-header-bar>`);
      await event;
      await el.updateComplete;
      expect(weatherOf(el).temperature).to.equal('13.1°C');
      event = nextWeather();
      await clock!.tickAsync(10 * MINUTE);
      expect((await event).type).to.equal('news-weather-error');
      await el.updateComplete;
      expect(weatherOf(el).temperature, 'a reading of 10 minutes ago, through a failed refresh').to.equal('13.1°C');
      expect(warn.callCount).to.equal(1);
      expect(fetch.callCount).to.equal(2);
      // Again after 30 s, 1, 2 and 4 min, then 8 min capped at the 10 min interval.
      for (const [wait, calls] of [[30_000, 3], [MINUTE, 4], [2 * MINUTE, 5], [4 * MINUTE, 6], [8 * MINUTE, 7]]) {
        await clock!.tickAsync(wait - 1);
        expect(fetch.callCount, `before ${wait} ms`).to.equal(calls - 1);
        await clock!.tickAsync(1);
        expect(fetch.callCount, `after ${wait} ms`).to.equal(calls);
      }
      await clock!.tickAsync(10 * MINUTE - 1);
      expect(fetch.callCount, 'the interval caps the wait').to.equal(7);
      // Failures at 35.5, 45.5 and 55.5 minutes keep it; the one at 65.5 hides it.
      for (const calls of [8, 9, 10]) {
        event = nextWeather();
        await clock!.tickAsync(calls === 8 ? 1 : 10 * MINUTE);
        expect((await event).type).to.equal('news-weather-error');
        await el.updateComplete;
        expect(fetch.callCount).to.equal(calls);
        expect(shows(el, 'weather'), `after ${calls - 1} failures`).to.equal(true);
      }
      event = nextWeather();
      await clock!.tickAsync(10 * MINUTE);
      expect((await event).type).to.equal('news-weather-error');
      await el.updateComplete;
      expect(fetch.callCount).to.equal(11);
      expect(shows(el, 'weather'), 'a reading of 65 minutes ago').to.equal(false);
      event = nextWeather();
      await clock!.tickAsync(10 * MINUTE);
      expect((await event).type).to.equal('news-weather-load');
      await el.updateComplete;
      expect(weatherOf(el)).to.deep.include({temperature: '14.2°C', condition: 'Overcast'});
    });

    it('loaded once (weather-refresh="0"), tries again after a failure; refreshes no more than once a minute', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      sinon.stub(console, 'warn');
      const answers = [() => Promise.reject(new TypeError('Failed to fetch')), () => openMeteo(14.2, 3, 1)];
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => answers[Math.min(fetch.callCount, 2) - 1]());
      let event = nextWeather();
      const once = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" weather-refresh="0"></news-header-bar>`);
      expect((await event).type).to.equal('news-weather-error');
      event = nextWeather();
      await clock!.tickAsync(30_000);
      expect((await event).type).to.equal('news-weather-load');
      await once.updateComplete;
      expect(weatherOf(once).temperature).to.equal('14.2°C');
      await clock!.tickAsync(24 * 60 * MINUTE);
      expect(fetch.callCount, 'once loaded, never again').to.equal(2);
      once.remove();
      event = nextWeather();
      await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" weather-refresh="1"></news-header-bar>`);
      await event;
      await clock!.tickAsync(MINUTE - 1);
      expect(fetch.callCount, 'not every second').to.equal(3);
      await clock!.tickAsync(1);
      expect(fetch.callCount).to.equal(4);
    });

    it('refreshes every 30 minutes by default', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(10 + fetch.callCount, 0, 1));
      let event = nextWeather();
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
      await event;
      await clock!.tickAsync(30 * MINUTE - 1);
      expect(fetch.callCount).to.equal(1);
      event = nextWeather();
      await clock!.tickAsync(1);
      await event;
      await el.updateComplete;
      expect(fetch.callCount).to.equal(2);
      expect(weatherOf(el).temperature).to.equal('12°C');
    });

    it('pauses while the page is hidden and catches up when it shows again', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(13.1, 2, 1));
      let event = nextWeather();
      await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
      await event;
      hidden = true;
      document.dispatchEvent(new Event('visibilitychange'));
      await clock!.tickAsync(3 * 30 * MINUTE);
      expect(fetch.callCount).to.equal(1);
      hidden = false;
      event = nextWeather();
      document.dispatchEvent(new Event('visibilitychange'));
      await event;
      expect(fetch.callCount).to.equal(2);
      await clock!.tickAsync(30 * MINUTE);
      expect(fetch.callCount).to.equal(3);
    });

    it('keeps its weather and its refresh time when taken off the page and put back', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      const fetch = sinon.stub(window, 'fetch').callsFake(async () => openMeteo(10 + fetch.callCount, 0, 1));
      let event = nextWeather();
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
      await event;
      const home = el.parentElement!;
      el.remove();
      await clock!.tickAsync(10 * MINUTE);
      home.append(el);
      await el.updateComplete;
      expect(weatherOf(el).temperature, 'shown at once, not loaded again').to.equal('11°C');
      await clock!.tickAsync(20 * MINUTE - 1);
      expect(fetch.callCount, 'nothing before 30 minutes from the load').to.equal(1);
      event = nextWeather();
      await clock!.tickAsync(1);
      await event;
      expect(fetch.callCount).to.equal(2);
    });

    it('keeps its request going when moved in the page while the weather loads: one request', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      let answer!: (response: Response) => void;
      const fetch = sinon.stub(window, 'fetch').callsFake(() => new Promise<Response>((resolve) => (answer = resolve)));
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59"></news-header-bar>`);
      expect(fetch.callCount).to.equal(1);
      // Out and back in within one task, as a layout script or a keyed list moves it.
      const home = el.parentElement!;
      document.body.append(el);
      home.append(el);
      await el.updateComplete;
      const event = nextWeather();
      answer(openMeteo(13.1, 2, 1));
      await event;
      await el.updateComplete;
      expect(weatherOf(el).temperature).to.equal('13.1°C');
      expect(fetch.callCount).to.equal(1);
    });

    it('aborts its request and leaves no timer once removed', async () => {
      fakeTime('2026-01-16T12:00:00Z');
      let signal: AbortSignal | undefined;
      const fetch = sinon.stub(window, 'fetch').callsFake((_url, init) => {
        signal = init!.signal!;
        return new Promise<Response>((_, reject) => signal!.addEventListener('abort', () => reject(signal!.reason)));
      });
      const warn = sinon.stub(console, 'warn');
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar latitude="33.57" longitude="-7.59" timezone="Asia/Tokyo"></news-header-bar>`);
      expect(fetch.callCount).to.equal(1);
      el.remove();
      // At the end of the task that removed it: one moved (out and back in) keeps its request.
      await Promise.resolve();
      expect(signal!.aborted).to.equal(true);
      expect(clock!.countTimers()).to.equal(0);
      await clock!.tickAsync(24 * 60 * MINUTE);
      expect(fetch.callCount).to.equal(1);
      expect(warn.callCount).to.equal(0);
    });
  });

  describe('layout', () => {
    beforeEach(() => (clock = sinon.useFakeTimers({now: LONGEST_DAY, toFake: ['Date']})));
    const bar = () =>
      render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" city="Casablanca" .weather=${{temperature: 13.1, weatherCode: 2, isDay: true}}>
        <a slot="start" href="#home">Casablanca Post</a>
        <button slot="end" type="button">Subscribe</button>
      </news-header-bar>`);

    it('puts start before the date and end last, mirrored in Arabic', async () => {
      const el = await bar();
      const logo = el.querySelector('a')!.getBoundingClientRect();
      const date = part(el, 'date')!.getBoundingClientRect();
      const subscribe = el.querySelector('button')!.getBoundingClientRect();
      expect(logo.right).to.be.at.most(date.left);
      expect(date.right).to.be.at.most(subscribe.left);
      await useLocale('ar');
      await el.updateComplete;
      const arLogo = el.querySelector('a')!.getBoundingClientRect();
      const arDate = part(el, 'date')!.getBoundingClientRect();
      const arSubscribe = el.querySelector('button')!.getBoundingClientRect();
      expect(arLogo.left).to.be.at.least(arDate.right);
      expect(arDate.left).to.be.at.least(arSubscribe.right);
    });

    it('lets a column layout stretch the end slot\'s box across, its items at the end, in both directions (parts start and end)', async () => {
      const style = document.createElement('style');
      style.textContent = `.column::part(base) { flex-direction: column; align-items: stretch; }
        .column::part(end) { margin-inline-start: 0; justify-content: flex-end; }`;
      document.head.append(style);
      try {
        const el = await bar();
        expect(part(el, 'start')!.contains(el.shadowRoot!.querySelector('slot[name="start"]'))).to.equal(true);
        el.classList.add('column');
        for (const locale of ['en', 'ar']) {
          await useLocale(locale);
          await el.updateComplete;
          const base = part(el, 'base')!.getBoundingClientRect();
          const end = part(el, 'end')!.getBoundingClientRect();
          const subscribe = el.querySelector('button')!.getBoundingClientRect();
          expect(Math.round(end.width), locale).to.equal(Math.round(base.width));
          if (locale === 'ar') expect(Math.round(subscribe.left)).to.equal(Math.round(end.left));
          else expect(Math.round(subscribe.right)).to.equal(Math.round(end.right));
        }
      } finally {
        style.remove();
      }
    });

    it('wraps on a narrow screen without overflowing', async () => {
      const el = await bar();
      el.style.inlineSize = '18rem';
      await el.updateComplete;
      const base = part(el, 'base') as HTMLElement;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const rows = new Set([el.querySelector('a')!, part(el, 'date')!, el.querySelector('button')!].map((node) => Math.round(node.getBoundingClientRect().top)));
      expect(rows.size).to.be.greaterThan(1);
      for (const node of [part(el, 'date')!, part(el, 'weather')!, el.querySelector('button')!]) {
        expect(node.getBoundingClientRect().right).to.be.at.most(base.getBoundingClientRect().right + 0.5);
      }
    });

    it('gives up the condition’s text before any of the city’s when the weather is short of room', async () => {
      for (const locale of ['en', 'ar']) {
        await useLocale(locale);
        const el = await bar();
        const weather = part(el, 'weather') as HTMLElement;
        const [condition, city] = [part(el, 'condition')!, part(el, 'city')!];
        // What the weather's line needs: its four parts side by side, and the gaps between them.
        const gap = parseFloat(getComputedStyle(weather).columnGap);
        const needed = [...weather.children].reduce((sum, child) => sum + Math.ceil(child.getBoundingClientRect().width), 3 * gap);
        const cityWidth = city.getBoundingClientRect().width;
        // Room for all but half the condition: the city stays whole (no ellipsis, not a fraction of a pixel cut).
        weather.style.flex = 'none';
        weather.style.inlineSize = `${needed - condition.scrollWidth / 2}px`;
        expect(condition.clientWidth, locale).to.be.within(1, condition.scrollWidth - 1);
        expect(city.getBoundingClientRect().width, `${locale}: the city is not cut`).to.be.closeTo(cityWidth, 0.01);
        // Less room than the city needs beside the rest: the condition is gone, then the city gives way.
        weather.style.inlineSize = `${needed - condition.scrollWidth - city.scrollWidth / 2}px`;
        expect(condition.clientWidth, locale).to.equal(0);
        expect(city.clientWidth, locale).to.be.within(1, city.scrollWidth - 1);
        el.remove();
      }
      await useLocale('en');
    });

    it('adds no tab stop of its own: Tab goes from the logo to the subscribe button', async () => {
      const el = await bar();
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(el.querySelector('a'));
      await sendKeys({press: 'Tab'});
      expect(document.activeElement).to.equal(el.querySelector('button'));
      before.remove();
    });

    it('leaves no room for an empty slot', async () => {
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="UTC"></news-header-bar>`);
      const base = part(el, 'base')!.getBoundingClientRect();
      expect(Math.round(part(el, 'date')!.getBoundingClientRect().left)).to.equal(Math.round(base.left));
    });
  });

  describe('narrow window', () => {
    // What a reader's text-spacing bookmarklet or user stylesheet applies (WCAG 1.4.12): it
    // reaches the bar's shadow DOM by inheritance.
    const TEXT_SPACING = '* {line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important}';
    // The audit's city, and a longer name: at 200 % text the one line cut it in every engine
    // (and Casablanca in Firefox and WebKit).
    const CITIES = ['Casablanca', 'Saint-Jean-de-Luz'];
    const LOCALES = ['en', 'fr', 'ar'];
    // The two-line weather follows the window's width (a media query), so each case is a page
    // of its own in an iframe, whose viewport is the iframe: a 320 px iframe is a 320 px
    // window in every engine, where no engine's automation sizes its window alike (WebKit's
    // MiniBrowser window is never narrower than 447 px). Everything in the bar is sized in em,
    // media-query ems included, so a 195 px page at the default 16 px text lays the bar out as
    // a 390 px phone at 200 % default text (32 px) does: the body's 8 px margins alone stay in
    // px, which leaves the 195 px page's bar 0.25em narrower than the phone's, if anything
    // harder on the city.
    const PHONE_AT_200 = 195;
    const frames: HTMLIFrameElement[] = [];
    /** Each page's clock (its `Date` only), on {@link LONGEST_DAY} until a test sets another day. */
    const pageClocks = new Map<Window, sinon.SinonFakeTimers>();
    afterEach(() => {
      pageClocks.forEach((pageClock) => pageClock.uninstall());
      pageClocks.clear();
      frames.splice(0).forEach((frame) => frame.remove());
    });

    /**
     * A page `width` px wide declaring `lang` (the library's language on a page that declares
     * one) that loads <news-header-bar> from its own module graph, and the reader's `style`.
     * Its weather requests get `answer`; it is visible (the weather waits while a page is hidden).
     * Its date is {@link LONGEST_DAY}'s (see `pageClocks`).
     */
    const pageOf = async (width: number, lang: string, {style = '', answer}: {style?: string; answer?: (url: string) => Response | Promise<Response>} = {}) => {
      const frame = document.createElement('iframe');
      frame.title = `${width} px page`;
      frame.style.cssText = `display: block; inline-size: ${width}px; block-size: 600px; border: 0`;
      frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>${style}</style>
        <script type="module" src="/src/components/news-header-bar/news-header-bar.ts"></script></head><body></body></html>`;
      const loaded = eventOnce(frame, 'load');
      document.body.append(frame);
      frames.push(frame);
      await loaded;
      const win = frame.contentWindow! as Window & typeof globalThis;
      // The date is the page's: fake its clock, not this one (sinon takes `global`; its types lack it).
      const onPage = {now: LONGEST_DAY, toFake: ['Date' as const], global: win};
      pageClocks.set(win, sinon.useFakeTimers(onPage));
      await win.customElements.whenDefined('news-header-bar');
      Object.defineProperty(win.document, 'hidden', {configurable: true, get: () => false});
      if (answer) win.fetch = async (input) => answer(input instanceof win.Request ? input.url : String(input));
      // The failed bar's warning, as the main page's tests stub it.
      win.console.warn = () => {};
      return win;
    };
    /** A bar as a site's header has it (logo, date, weather, a button) in the page `win`, in the language the page declares. */
    const barIn = async (win: Window, city: string, weather: {src?: string; weather?: Weather}) => {
      const box = win.document.createElement('div');
      win.document.body.append(box);
      box.innerHTML = `<news-header-bar timezone="Africa/Casablanca" weather-refresh="0">
        <a slot="start" href="#home">Casablanca Post</a>
        <button slot="end" type="button">Subscribe</button>
      </news-header-bar>`;
      const el = box.firstElementChild as NewsHeaderBarElement;
      el.city = city;
      if (weather.src) el.weatherSrc = weather.src;
      if (weather.weather) el.weather = weather.weather;
      // Its catalog loads first.
      const lang = win.document.documentElement.lang;
      await domUntil(el.shadowRoot!, () => part(el, 'base')?.getAttribute('lang') === lang);
      await el.updateComplete;
      return el;
    };
    const LOADED: Weather = {temperature: 13.1, weatherCode: 2, isDay: true};
    /** How much of the city's name is hidden, if any ("" when it shows whole, without an ellipsis). */
    const cityCut = (el: Element) => {
      const city = part(el, 'city')!;
      return city.scrollWidth > city.clientWidth ? `${city.scrollWidth} px of name in ${city.clientWidth} px` : '';
    };
    // To a hundredth of a pixel: bars at other places on the page round their fractions apart.
    const heightOf = (el: Element) => Math.round(el.getBoundingClientRect().height * 100) / 100;

    it('shows the city whole in a 320 px window (as is and with a reader’s text spacing) and on a 390 px phone at 200 % default text, in English, French and Arabic', async () => {
      const cases = [
        {name: '320 px', width: 320, style: ''},
        {name: '320 px, text spacing', width: 320, style: TEXT_SPACING},
        {name: '390 px at 200 % default text', width: PHONE_AT_200, style: ''},
      ];
      const cut: string[] = [];
      for (const {name, width, style} of cases) {
        for (const locale of LOCALES) {
          const win = await pageOf(width, locale, {style});
          for (const city of CITIES) {
            const el = await barIn(win, city, {weather: LOADED});
            expect(textOf(part(el, 'city'))).to.equal(city);
            if (cityCut(el)) cut.push(`${locale}, ${name}, ${city}: ${cityCut(el)}`);
          }
        }
      }
      expect(cut).to.deep.equal([]);
    });

    it('keeps the same height loading, loaded and failed in a 320 px window, on a 390 px phone at 200 % default text and in a 768 px window', async () => {
      const heights: Record<string, Record<string, number>> = {};
      for (const [name, width] of Object.entries({'320 px': 320, '390 px at 200 % default text': PHONE_AT_200, '768 px': 768})) {
        for (const locale of LOCALES) {
          const win = await pageOf(width, locale, {
            answer: (url) => {
              if (url.includes('/loading/')) return new Promise<Response>(() => {});
              if (url.includes('/failed/')) return new win.Response('', {status: 500});
              return new win.Response(JSON.stringify({current_units: {temperature_2m: '°C'}, current: {temperature_2m: 13.1, weather_code: 2, is_day: 1}}), {
                headers: {'Content-Type': 'application/json'},
              });
            },
          });
          const loading = await barIn(win, CITIES[1], {src: '/weather/loading/'});
          const loadedEvent = eventOnce(win.document, 'news-weather-load');
          const loaded = await barIn(win, CITIES[1], {src: '/weather/loaded/'});
          await loadedEvent;
          const failedEvent = eventOnce(win.document, 'news-weather-error');
          const failed = await barIn(win, CITIES[1], {src: '/weather/failed/'});
          await failedEvent;
          await Promise.all([loaded.updateComplete, failed.updateComplete]);
          expect(shows(loaded, 'weather'), 'loaded shows the weather').to.equal(true);
          expect(shows(loading, 'weather') || shows(failed, 'weather'), 'neither loading nor failed shows weather').to.equal(false);
          heights[`${locale}, ${name}`] = {loading: heightOf(loading), loaded: heightOf(loaded), failed: heightOf(failed)};
        }
      }
      const shifts = Object.entries(heights).filter(([, {loading, loaded, failed}]) => loaded !== loading || failed !== loading);
      expect(shifts).to.deep.equal([]);
    });

    it('shows a long city whole in a 768 px window, in English, French and Arabic, on days with a long date, as tall loading as loaded; a short one keeps the bar on one line', async () => {
      // Days whose date left the weather less than its icon, temperature and city need, though
      // its reserve (14em) fit beside it: Firefox and WebKit cut "Saint-Jean-de-Luz" on them.
      // Its longer name takes a longer reserve; Casablanca's bar keeps its one line.
      const DAYS = ['2026-11-11T12:00:00Z', '2026-11-01T12:00:00Z'];
      const wrong: string[] = [];
      for (const locale of LOCALES) {
        const win = await pageOf(768, locale, {answer: () => new Promise<Response>(() => {})});
        for (const day of DAYS) {
          pageClocks.get(win)!.setSystemTime(Date.parse(day));
          const loaded = await barIn(win, CITIES[1], {weather: LOADED});
          const loading = await barIn(win, CITIES[1], {src: '/weather/loading/'});
          const at = `${locale}, ${textOf(part(loaded, 'date'))}`;
          if (textOf(part(loaded, 'city')) !== CITIES[1] || cityCut(loaded)) wrong.push(`${at}: the city is cut (${cityCut(loaded)})`);
          if (heightOf(loading) !== heightOf(loaded)) wrong.push(`${at}: ${heightOf(loading)} px tall loading, ${heightOf(loaded)} px loaded`);
          const short = await barIn(win, CITIES[0], {weather: LOADED});
          const button = short.querySelector('button')!.getBoundingClientRect();
          if (button.top >= part(short, 'date')!.getBoundingClientRect().bottom) wrong.push(`${at}: with ${CITIES[0]}, the end slot went to a second line`);
          if (cityCut(short)) wrong.push(`${at}: ${CITIES[0]} is cut (${cityCut(short)})`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });

    it('keeps the weather on one line in a 390 px window, the bar as tall as before: an ordinary phone is unchanged', async () => {
      const wrong: string[] = [];
      for (const locale of LOCALES) {
        const phone = await barIn(await pageOf(390, locale), CITIES[0], {weather: LOADED});
        // The bar as it was before the two-line weather: the same width, in a window too wide for it.
        const wide = await pageOf(768, locale);
        const before = await barIn(wide, CITIES[0], {weather: LOADED});
        before.style.inlineSize = `${phone.getBoundingClientRect().width}px`;
        const weather = part(phone, 'weather')!.getBoundingClientRect();
        const icon = part(phone, 'icon')!.getBoundingClientRect();
        const city = part(phone, 'city')!.getBoundingClientRect();
        if (Math.abs(weather.height - icon.height) > 0.5) wrong.push(`${locale}: the weather is ${weather.height} px tall, its icon ${icon.height} px`);
        if (Math.abs(city.top + city.height / 2 - (icon.top + icon.height / 2)) > 1) wrong.push(`${locale}: the city is not on the icon's line`);
        if (heightOf(phone) !== heightOf(before)) wrong.push(`${locale}: the bar is ${heightOf(phone)} px tall, ${heightOf(before)} px before`);
        if (cityCut(phone)) wrong.push(`${locale}: the city is cut (${cityCut(phone)})`);
      }
      expect(wrong).to.deep.equal([]);
    });

    it('keeps a width of its own where the page sizes it by its content, wide enough for the date and the weather’s reserve, and shrinks to a narrow row', async () => {
      fakeTime(new Date(LONGEST_DAY).toISOString());
      // Where a page sizes the bar by its content (this page's window is wider than a phone's,
      // so the weather keeps one line). A size container, which a container query would need,
      // gets no width from its content: the bar was 0 px wide there, its date and city cut or
      // broken down the page.
      const ROOMY = {
        'a flex row without flex-grow': 'display: flex; inline-size: 60em',
        'an auto grid column': 'display: grid; grid-template-columns: auto 1fr; inline-size: 60em',
        'an inline-block': 'display: inline-block',
        'a fit-content box': 'inline-size: fit-content',
        'a float': 'float: inline-start',
      };
      // The same in a 320 px page: the bar shrinks to the room it has rather than overflow it.
      const NARROW = {
        'a 320 px flex row without flex-grow': 'display: flex; inline-size: 320px',
        'a fit-content box in 320 px': 'inline-size: fit-content; max-inline-size: 320px',
      };
      const wrong: string[] = [];
      for (const locale of ['en', 'fr', 'es', 'ar']) {
        await useLocale(locale);
        for (const [name, area] of [...Object.entries(ROOMY), ...Object.entries(NARROW)]) {
          const box = await render<HTMLElement>(html`<div style=${area}>
            <news-header-bar timezone="Africa/Casablanca" city=${CITIES[0]} weather-refresh="0" .weather=${LOADED}>
              <a slot="start" href="#home">Casablanca Post</a>
              <button slot="end" type="button">Subscribe</button>
            </news-header-bar>
          </div>`);
          const el = box.querySelector('news-header-bar')!;
          const width = el.getBoundingClientRect().width;
          const date = part(el, 'date')!;
          const reserve = 14 * parseFloat(getComputedStyle(el).fontSize);
          const at = `${locale}, ${name}`;
          if (name in ROOMY && width < date.getBoundingClientRect().width + reserve) {
            wrong.push(`${at}: ${Math.round(width)} px wide, narrower than its date and the weather's reserve`);
          }
          if (name in NARROW && width > 320) wrong.push(`${at}: ${Math.round(width)} px wide, overflowing 320 px`);
          if (date.getBoundingClientRect().height > 1.5 * parseFloat(getComputedStyle(date).lineHeight)) wrong.push(`${at}: the date takes more than one line`);
          if (textOf(part(el, 'city')) !== CITIES[0] || cityCut(el)) wrong.push(`${at}: the city is cut (${cityCut(el)})`);
          el.parentElement!.remove();
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  });

  for (const locale of ['en', 'ar']) {
    it(`passes an accessibility audit in ${locale}`, async () => {
      await useLocale(locale);
      const el = await render<NewsHeaderBarElement>(html`<news-header-bar timezone="Africa/Casablanca" city="Casablanca" .weather=${{temperature: 13.1, weatherCode: 95, isDay: false}}>
        <a slot="start" href="#home">Casablanca Post</a>
        <button slot="end" type="button">Subscribe</button>
      </news-header-bar>`);
      await waitUntil(() => part(el, 'icon'));
      await expect(el).to.be.accessible();
    });
  }

  it('keeps the room of its end slot and of the weather from the first render: nothing shifts when the weather arrives', async () => {
    const el = await render<NewsHeaderBarElement>(html`<news-header-bar
      style="width: 320px"
      timezone="Africa/Casablanca"
      city="Casablanca"
      weather-src="/__slow/400/test/fixtures/weather-celsius.json"
      ><a slot="end" href="#subscribe">Subscribe</a></news-header-bar
    >`);
    const root = el.shadowRoot!;
    const end = root.querySelector<HTMLElement>('.end')!;
    expect(end.hidden).to.equal(false);
    expect(root.querySelector('.weather.reserved')).to.not.equal(null);
    const before = end.getBoundingClientRect().top;
    await waitUntil(() => root.querySelector('[part="temperature"]'), 'the weather never arrived', {timeout: 5000});
    expect(root.querySelector('.weather.reserved')).to.equal(null);
    expect(end.getBoundingClientRect().top).to.equal(before);
  });

});
