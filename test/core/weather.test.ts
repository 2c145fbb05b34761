import {expect} from '@open-wc/testing';
import {
  canShow,
  conditionOf,
  formatTemperature,
  loadWeather,
  openMeteoUrl,
  parseOpenMeteo,
  toCelsius,
  toFahrenheit,
  WeatherError,
  WMO_CODES,
  type WeatherCondition,
} from '../../src/core/weather.js';
import {fixture} from '../helpers.js';

// Open-Meteo's documented WMO code table, written out independently of the module.
const TABLE: [number, WeatherCondition][] = [
  [0, 'clear'], [1, 'mainly-clear'], [2, 'partly-cloudy'], [3, 'overcast'], [45, 'fog'], [48, 'rime-fog'],
  [51, 'drizzle'], [53, 'drizzle'], [55, 'drizzle'], [56, 'freezing-drizzle'], [57, 'freezing-drizzle'],
  [61, 'rain'], [63, 'rain'], [65, 'rain'], [66, 'freezing-rain'], [67, 'freezing-rain'],
  [71, 'snow'], [73, 'snow'], [75, 'snow'], [77, 'snow-grains'], [80, 'rain-showers'], [81, 'rain-showers'],
  [82, 'rain-showers'], [85, 'snow-showers'], [86, 'snow-showers'], [95, 'thunderstorm'],
  [96, 'thunderstorm-hail'], [99, 'thunderstorm-hail'],
];
const current = (over: Record<string, unknown> = {}, units: Record<string, unknown> = {temperature_2m: '°C'}) => ({
  current_units: units,
  current: {temperature_2m: 13.1, weather_code: 2, is_day: 1, ...over},
});

describe('core/weather', () => {
  describe('conditionOf', () => {
    for (const [code, condition] of TABLE) {
      it(`groups WMO code ${code} as ${condition}`, () => expect(conditionOf(code)).to.equal(condition));
    }
    it('groups every code of WMO\'s table once, Open-Meteo\'s sixteen groups and four more', () => {
      const all = Object.values(WMO_CODES).flat().sort((a, b) => a - b);
      expect(all).to.deep.equal(Array.from({length: 100}, (_, i) => i));
      expect(Object.keys(WMO_CODES)).to.have.length(20);
      // Open-Meteo's sixteen groups, and four for codes only stations report.
      const openMeteo = new Set(TABLE.map(([, condition]) => condition));
      expect(Object.keys(WMO_CODES).filter((condition) => !openMeteo.has(condition as WeatherCondition))).to.have.members(['haze', 'sandstorm', 'hail-showers', 'squalls']);
    });
    // Codes only a station's report gives (WMO code table 4677), each named as a reader would.
    const STATION: [number, WeatherCondition, string][] = [
      [4, 'haze', 'smoke'], [5, 'haze', 'haze'], [6, 'haze', 'dust in suspension'], [8, 'haze', 'dust whirls'],
      [9, 'sandstorm', 'duststorm or sandstorm in sight'], [31, 'sandstorm', 'duststorm, no change'], [35, 'sandstorm', 'severe, increasing'],
      [10, 'fog', 'mist'], [11, 'fog', 'shallow fog patches'], [28, 'fog', 'fog in the last hour'], [40, 'fog', 'fog at a distance'], [49, 'rime-fog', 'rime fog, sky invisible'],
      [13, 'thunderstorm', 'lightning, no thunder heard'], [17, 'thunderstorm', 'thunderstorm without precipitation'], [29, 'thunderstorm', 'thunderstorm in the last hour'], [91, 'thunderstorm', 'rain after a thunderstorm'], [97, 'thunderstorm', 'heavy thunderstorm'], [98, 'thunderstorm', 'thunderstorm with a dust storm'],
      [14, 'overcast', 'precipitation in sight, not reaching the ground'], [16, 'rain-showers', 'precipitation reaching the ground nearby'],
      [18, 'squalls', 'squalls'], [19, 'squalls', 'funnel cloud'],
      [20, 'drizzle', 'drizzle in the last hour'], [21, 'rain', 'rain in the last hour'], [24, 'freezing-rain', 'freezing drizzle or rain in the last hour'],
      [27, 'hail-showers', 'hail showers in the last hour'], [89, 'hail-showers', 'hail showers without thunder'],
      [38, 'snow', 'blowing snow'], [68, 'snow', 'rain and snow'], [79, 'snow-grains', 'ice pellets'], [84, 'snow-showers', 'rain and snow showers'],
    ];
    for (const [code, condition, what] of STATION) {
      it(`names WMO code ${code} (${what}) ${condition}`, () => expect(conditionOf(code)).to.equal(condition));
    }
    it('knows no other code', () => {
      for (const code of [-1, 100, 1.5, NaN, Infinity]) expect(conditionOf(code), String(code)).to.equal(undefined);
    });
  });

  describe('openMeteoUrl', () => {
    it('asks Open-Meteo for the current temperature, weather code and day/night', () => {
      expect(openMeteoUrl(33.57, -7.59)).to.equal(
        'https://api.open-meteo.com/v1/forecast?latitude=33.57&longitude=-7.59&current=temperature_2m,weather_code,is_day',
      );
    });
    it('refuses a place that is not on Earth', () => {
      for (const [lat, lon] of [[91, 0], [0, 181], [NaN, 0], [0, Infinity]]) expect(() => openMeteoUrl(lat, lon)).to.throw(RangeError);
    });
  });

  describe('parseOpenMeteo', () => {
    it('reads a °C response', () => {
      expect(parseOpenMeteo(current())).to.deep.equal({temperature: 13.1, weatherCode: 2, isDay: true});
    });
    it('converts a °F response to °C', () => {
      const weather = parseOpenMeteo(current({temperature_2m: 55.6, is_day: 0}, {temperature_2m: '°F'}));
      expect(weather.temperature).to.be.closeTo(13.111, 0.001);
      expect(weather.isDay).to.equal(false);
    });
    it('reads the shape Open-Meteo answered before 2023 (current_weather), which proxies still serve', () => {
      const old = {current_weather: {temperature: 55.6, windspeed: 9.7, weathercode: 61, is_day: 0, time: '2026-12-04T19:00'}, current_weather_units: {temperature: '°F'}};
      const at = Date.UTC(2026, 11, 4, 19, 20);
      expect(parseOpenMeteo(old, undefined, at)).to.deep.include({weatherCode: 61, isDay: false});
      expect(parseOpenMeteo(old, undefined, at).temperature).to.be.closeTo(13.111, 0.001);
      expect(parseOpenMeteo({current_weather: {temperature: 13.1, weathercode: 2, is_day: 1}})).to.deep.equal({temperature: 13.1, weatherCode: 2, isDay: true});
      // The current shape wins where both are.
      expect(parseOpenMeteo({...current(), current_weather: {temperature: 99, weathercode: 0, is_day: 0}}).temperature).to.equal(13.1);
    });
    it('reads a reading without is_day (current_weather before 2023) by the hour at the place: no sun at midnight (helper-183)', () => {
      const at = Date.UTC(2026, 11, 4, 23, 30);
      // Casablanca (7.59° W) at 23:15 UTC: 22:45 by the sun.
      const night = {current_weather: {temperature: 11, weathercode: 0, time: '2026-12-04T23:15'}, utc_offset_seconds: 0, longitude: -7.59};
      expect(parseOpenMeteo(night, undefined, at).isDay).to.equal(false);
      const noon = {...night, current_weather: {...night.current_weather, time: '2026-12-04T12:00'}};
      expect(parseOpenMeteo(noon, undefined, Date.UTC(2026, 11, 4, 12, 10)).isDay).to.equal(true);
      // Tokyo (139.7° E) at 03:00 UTC, asked without a time zone: noon there.
      const tokyo = {current_weather: {temperature: 14, weathercode: 0, time: '2026-12-04T03:00'}, utc_offset_seconds: 0, longitude: 139.7};
      expect(parseOpenMeteo(tokyo, undefined, Date.UTC(2026, 11, 4, 3, 10)).isDay).to.equal(true);
      // A longitude a relay passed on as text is the same place (helper-185).
      expect(parseOpenMeteo({...tokyo, longitude: '139.7'}, undefined, Date.UTC(2026, 11, 4, 3, 10)).isDay).to.equal(true);
      // No longitude: the place's clock. In seconds since the epoch, 22:00 UTC is 23:00 at UTC+1, 12:00 at UTC-10.
      const unix = {current_weather: {temperature: 11, weathercode: 0, time: Date.UTC(2026, 11, 4, 22) / 1000}, utc_offset_seconds: 3600};
      expect(parseOpenMeteo(unix, undefined, at).isDay).to.equal(false);
      expect(parseOpenMeteo({...unix, utc_offset_seconds: -36_000}, undefined, at).isDay).to.equal(true);
      // An is_day given wins over the hour; with no time, or no place to read it at, day.
      expect(parseOpenMeteo({...night, current_weather: {...night.current_weather, is_day: 1}}, undefined, at).isDay).to.equal(true);
      expect(parseOpenMeteo({current_weather: {temperature: 11, weathercode: 0}}).isDay).to.equal(true);
      expect(parseOpenMeteo({current_weather: {temperature: 11, weathercode: 0, time: '2026-12-04T23:15Z'}}, undefined, at).isDay).to.equal(true);
    });
    it('takes °C when the response gives no units', () => {
      expect(parseOpenMeteo({current: {temperature_2m: -2, weather_code: 71, is_day: 0}}).temperature).to.equal(-2);
    });
    it('reads a weather code of null, or none, as no condition: the temperature alone', () => {
      expect(parseOpenMeteo(current({weather_code: null}))).to.deep.equal({temperature: 13.1, weatherCode: null, isDay: true});
      expect(parseOpenMeteo({current: {temperature_2m: 9.5, is_day: 0}})).to.deep.equal({temperature: 9.5, weatherCode: null, isDay: false});
      expect(parseOpenMeteo({current_weather: {temperature: 9.5, weathercode: null, is_day: 1}}).weatherCode).to.equal(null);
    });
    it('keeps a WMO code Open-Meteo does not use, as a station reports it (10, mist)', () => {
      for (const code of [4, 10, 42, 99]) {
        const weather = parseOpenMeteo(current({weather_code: code}));
        expect(weather.weatherCode).to.equal(code);
        expect(canShow(weather), String(code)).to.equal(true);
      }
    });

    describe('a reading more than 3 hours old', () => {
      // Open-Meteo's answer for Casablanca asked with timezone=auto: local time, and its offset.
      const casablanca = (time: unknown, offset?: number) => ({utc_offset_seconds: offset, ...current({time})});
      const now = Date.UTC(2026, 11, 4, 20, 47);
      const kindOf = (data: unknown) => {
        try {
          parseOpenMeteo(data, 'https://example.com/w', now);
          return 'read';
        } catch (error) {
          return (error as WeatherError).kind;
        }
      };
      it('is stale, whatever form its time takes', () => {
        expect(kindOf(casablanca('2026-12-04T17:45', 0))).to.equal('stale');
        expect(kindOf(casablanca('2026-12-04T18:45', 3600))).to.equal('stale');
        expect(kindOf(current({time: Math.floor(now / 1000) - 4 * 3600}))).to.equal('stale');
        expect(kindOf({utc_offset_seconds: 0, current_weather: {temperature: 9.5, weathercode: 0, is_day: 1, time: '2026-12-03T21:00'}})).to.equal('stale');
        // A proxy's own time with its zone, which wins over the offset field.
        expect(kindOf(casablanca('2026-12-04T17:00:00Z', 3600))).to.equal('stale');
        expect(kindOf(casablanca('2026-12-04T14:30:00-02:00', 0))).to.equal('stale');
      });
      it('says how old it is and where it came from', () => {
        expect(() => parseOpenMeteo(casablanca('2026-12-04T15:00', 0), 'https://example.com/w', now)).to.throw(
          WeatherError,
          'The weather at https://example.com/w was read at "2026-12-04T15:00", 5 hours ago: a cache or proxy serving an old answer, or this device’s clock ahead? Showing none.',
        );
      });
      it('is not a reading of 3 hours or less, nor one in the future (a clock behind)', () => {
        expect(kindOf(casablanca('2026-12-04T17:47', 0))).to.equal('read');
        // 19:45 in Casablanca at UTC+1 is 18:45 UTC: 2 hours ago, not 1.
        expect(kindOf(casablanca('2026-12-04T19:45', 3600))).to.equal('read');
        expect(kindOf(casablanca('2026-12-04T21:30', 3600))).to.equal('read');
        expect(kindOf(casablanca('2026-12-05T09:00:00', 0))).to.equal('read');
        expect(kindOf(current({time: Math.floor(now / 1000) - 600}))).to.equal('read');
        expect(kindOf(casablanca('2026-12-04T18:00:00Z', -36000))).to.equal('read');
        expect(kindOf(casablanca('2026-12-04T15:30-03:00'))).to.equal('read');
      });
      it('is read with an offset given as text, and a time with fractions of a second', () => {
        expect(kindOf(casablanca('2026-12-04T12:45', '-18000' as unknown as number))).to.equal('stale');
        expect(kindOf(casablanca('2026-12-04T15:45', '-18000' as unknown as number))).to.equal('read');
        expect(kindOf(current({time: '2026-12-04T16:00:00.000Z'}))).to.equal('stale');
      });
      it('is judged only by a time it can read: none, another form, or a local time of no known offset is no check', () => {
        // New York's 15:45 (20:45 UTC), from a proxy that passed on `current` alone: not 5 hours old.
        expect(kindOf(current({time: '2026-12-04T15:45'}))).to.equal('read');
        for (const offset of [null, 'EST', 1e9, true]) expect(kindOf(casablanca('2026-12-04T15:45', offset as number)), String(offset)).to.equal('read');
        for (const time of [undefined, null, 'yesterday', '2026-12-03', 'Thu, 03 Dec 2026 10:00:00 GMT', '2026-12-03T10:00+0100', NaN, {}]) expect(kindOf(current({time})), String(time)).to.equal('read');
      });
    });

    it('reads is_day as Open-Meteo defines it (1 day, 0 night), also when a relay sends it as a string', () => {
      const isDay = (value: unknown) => parseOpenMeteo(current({is_day: value})).isDay;
      expect([1, 0, '1', '0', ' 0 ', true, false].map(isDay)).to.deep.equal([true, false, true, false, false, true, false]);
      // A relay that writes a boolean as text.
      expect(['false', 'true', ' False '].map(isDay)).to.deep.equal([false, true, false]);
      // Missing or unreadable: day, the less surprising guess.
      expect([undefined, null, 'night', {}].map(isDay)).to.deep.equal([true, true, true, true]);
    });
    const broken: [string, unknown][] = [
      ['null', null],
      ['a feed', {version: 'https://jsonfeed.org/version/1.1', items: []}],
      ['a string temperature', current({temperature_2m: '13.1'})],
      ['a missing temperature', current({temperature_2m: undefined})],
      ['a weather code past WMO\'s 99', current({weather_code: 100})],
      ['a weather code that is no whole number', current({weather_code: 1.5})],
      ['a weather code as a string', current({weather_code: '2'})],
      ['kelvin', current({}, {temperature_2m: 'K'})],
      ['a temperature no weather reaches', current({temperature_2m: 4000})],
      ['a temperature far past the hottest on record (150 °C)', current({temperature_2m: 150})],
      ['a temperature below absolute zero', current({temperature_2m: -300})],
      ['a huge Fahrenheit temperature', current({temperature_2m: 1e308}, {temperature_2m: '°F'})],
    ];
    for (const [name, data] of broken) {
      it(`rejects ${name} with a format error that says what is wrong`, () => {
        let error: unknown;
        try {
          parseOpenMeteo(data, 'https://example.com/w');
        } catch (e) {
          error = e;
        }
        expect(error).to.be.instanceOf(WeatherError);
        expect((error as WeatherError).kind).to.equal('format');
        expect((error as WeatherError).message).to.contain('https://example.com/w');
      });
    }
  });

  describe('formatTemperature', () => {
    it('converts between the units', () => {
      expect(toFahrenheit(13.1)).to.be.closeTo(55.58, 1e-9);
      expect(toCelsius(212)).to.equal(100);
      expect(toCelsius(toFahrenheit(-40))).to.equal(-40);
    });
    const cases: [number, 'celsius' | 'fahrenheit', string, string][] = [
      [13.1, 'celsius', 'en', '13.1°C'],
      [13.1, 'fahrenheit', 'en', '55.6°F'],
      [13.14, 'celsius', 'en', '13.1°C'],
      [20, 'celsius', 'en', '20°C'],
      [-0.04, 'celsius', 'en', '0°C'],
      [-3.25, 'celsius', 'en', '-3.3°C'],
      [13.1, 'celsius', 'fr', '13,1\u202f°C'],
      [13.1, 'celsius', 'es', '13,1 °C'],
      [13.1, 'celsius', 'ar', '13.1\u200f°م'],
      [13.1, 'celsius', 'ar-MA', '13,1\u200f°م'],
    ];
    for (const [value, unit, locale, expected] of cases) {
      it(`writes ${value} °C in ${unit} for ${locale} as ${expected}`, () => {
        expect(formatTemperature(value, unit, locale)).to.equal(expected);
      });
    }
    it('writes Arabic with Latin digits on every engine unless the tag asks for Arabic-Indic ones', () => {
      expect(formatTemperature(13.1, 'celsius', 'ar-EG')).to.equal('13.1\u200f°م');
      expect(formatTemperature(13.1, 'celsius', 'ar-EG-u-nu-arab')).to.equal('١٣٫١°م');
    });
  });

  describe('loadWeather', () => {
    it('loads and reads a fixture', async () => {
      expect(await loadWeather(fixture('weather-celsius.json'))).to.deep.equal({temperature: 13.1, weatherCode: 2, isDay: true});
    });
    const failures: [string, string, WeatherError['kind'], number?][] = [
      ['an HTTP error', '/__status/503', 'http'],
      ['a body that is not JSON', fixture('not-json.html'), 'format'],
      ['JSON of another shape', fixture('jsonfeed-1.1.json'), 'format'],
      ['a slow server', '/__slow/2000/test/fixtures/weather-celsius.json', 'timeout', 200],
      ['an unreachable server', 'http://127.0.0.1:9/weather.json', 'network'],
      ['a body that stops arriving', '/__stall/weather/test/fixtures/weather-celsius.json', 'timeout', 1500],
      ['an endless body', '/__endless/weather', 'limit'],
      ['a declared 50 MB body', '/__declared/50000000', 'limit'],
    ];
    for (const [name, url, kind, timeout] of failures) {
      it(`fails with a ${kind} error on ${name}`, async () => {
        const error = await loadWeather(new URL(url, location.href).href, {timeout}).catch((e: unknown) => e);
        expect(error).to.be.instanceOf(WeatherError);
        expect((error as WeatherError).kind).to.equal(kind);
        if (kind !== 'format') expect((error as WeatherError).message).to.not.contain('not JSON');
        // The status to tell a missing proxy from a failing one by, as a feed error has it.
        expect((error as WeatherError).status).to.equal(kind === 'http' ? 503 : undefined);
      });
    }
    // The time-out leaves room for the headers to arrive on a busy machine: it must end the
    // body, not the wait for an answer.
    it('says a body that stops arriving stopped, rather than calling it broken JSON', async () => {
      const error = (await loadWeather(new URL('/__stall/weather-2/test/fixtures/weather-celsius.json', location.href).href, {timeout: 1500}).catch((e: unknown) => e)) as WeatherError;
      expect(error.message).to.contain('stopped sending');
    });
    it('refuses JSON nested deeper than 64 levels before parsing it', async () => {
      const original = window.fetch;
      window.fetch = async () => new Response(`{"current": {"temperature_2m": 13, "weather_code": 2, "is_day": 1, "x": ${'['.repeat(10_000)}${']'.repeat(10_000)}}}`);
      try {
        const error = (await loadWeather('https://weather.example/deep').catch((e: unknown) => e)) as WeatherError;
        expect(error.kind).to.equal('limit');
        expect(error.message).to.contain('nested deeper than 64 levels');
      } finally {
        window.fetch = original;
      }
    });
    it('shares one request between callers of one URL and limit, aborted only when the last caller aborts', async () => {
      const original = window.fetch;
      const started: {url: string; signal: AbortSignal}[] = [];
      // Never answers: only an abort ends it.
      window.fetch = (input, init) => (
        started.push({url: String(input), signal: init!.signal!}),
        new Promise((_, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)))
      );
      try {
        const [a, b, c] = [new AbortController(), new AbortController(), new AbortController()];
        const url = 'https://weather.example/shared';
        const waits = [loadWeather(url, {signal: a.signal}), loadWeather(url, {signal: b.signal}), loadWeather(url, {signal: c.signal, maxBytes: 100_000})].map((wait) =>
          wait.catch((e: unknown) => e),
        );
        expect(started.map((request) => request.url)).to.deep.equal([url, url]);
        a.abort();
        expect(started[0].signal.aborted, 'one caller still waits').to.equal(false);
        b.abort();
        expect(started[0].signal.aborted, 'the last caller left').to.equal(true);
        expect(started[1].signal.aborted, 'the request under another limit is its own').to.equal(false);
        c.abort();
        expect(started[1].signal.aborted).to.equal(true);
        expect((await Promise.all(waits)).map((error) => (error as DOMException).name)).to.deep.equal(['AbortError', 'AbortError', 'AbortError']);
        // A caller after everyone left starts a new request.
        void loadWeather(url, {signal: AbortSignal.abort()}).catch(() => {});
        const late = new AbortController();
        const wait = loadWeather(url, {signal: late.signal}).catch((e: unknown) => e);
        expect(started).to.have.length(3);
        late.abort();
        await wait;
      } finally {
        window.fetch = original;
      }
    });
    it('reads under the default limit when maxBytes is no positive number: a NaN never lifts it', async () => {
      const error = (await loadWeather(new URL('/__declared/50000000', location.href).href, {maxBytes: NaN}).catch((e: unknown) => e)) as WeatherError;
      expect(error.kind).to.equal('limit');
      expect(error.message).to.contain('larger than 65,536 bytes');
    });
    it('rejects with the abort reason when aborted', async () => {
      const controller = new AbortController();
      const pending = loadWeather(new URL('/__slow/2000/test/fixtures/weather-celsius.json', location.href).href, {signal: controller.signal});
      controller.abort();
      const error = await pending.catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
    });
  });
});
