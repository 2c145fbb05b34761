/**
 * Current weather: WMO weather codes grouped into conditions, the Open-Meteo `current`
 * response read into a reading in °C, unit conversion, and a small loader.
 */
import {DEFAULT_MAX_DEPTH, LateAnswer, ReadLimitError, fetchBody, readingLimit} from './read-body.js';
import {scanJson} from './formats/json-split.js';
import {runNow} from './steps.js';
import {carriedLocale, numberFormat, pluralRules} from './intl.js';
import {sharedRequests} from './shared-requests.js';
import {WeatherError} from './weather-error.js';

/** Current weather, temperature in °C. */
export interface Weather {
  temperature: number;
  /**
   * WMO weather interpretation code (WW, 0–99), as Open-Meteo reports it; null where the source
   * has none (Open-Meteo answers null where its model has no value): the temperature shows
   * alone. Every code of WMO's table has a condition, not only the 28 Open-Meteo uses.
   */
  weatherCode: number | null;
  /** False between sunset and sunrise at the place. */
  isDay: boolean;
}

export type TemperatureUnit = 'celsius' | 'fahrenheit';

/** The condition groups of the WMO codes: Open-Meteo's sixteen, and four for codes only stations report. */
export type WeatherCondition =
  | 'clear'
  | 'mainly-clear'
  | 'partly-cloudy'
  | 'overcast'
  | 'haze'
  | 'sandstorm'
  | 'fog'
  | 'rime-fog'
  | 'drizzle'
  | 'freezing-drizzle'
  | 'rain'
  | 'freezing-rain'
  | 'snow'
  | 'snow-grains'
  | 'rain-showers'
  | 'snow-showers'
  | 'hail-showers'
  | 'squalls'
  | 'thunderstorm'
  | 'thunderstorm-hail';

const span = (from: number, to: number) => Array.from({length: to - from + 1}, (_, i) => from + i);

/**
 * Every WMO present-weather code (WW, code table 4677: 0–99) by condition. Open-Meteo's 28 keep
 * the groups of its documented table. The others, which a station's report (a `weather-src`)
 * may give, join the group a reader would name them by: smoke, haze and dust (4–8) are haze; a
 * dust or sand storm (9, 30–35) a sandstorm; mist and shallow fog fog; drifting snow snow;
 * rain and snow together snow; ice pellets snow grains; lightning or a thunderstorm in the last
 * hour a thunderstorm; squalls and funnel clouds squalls; precipitation in the last hour but
 * not now (20–29) the kind that fell; precipitation in sight showers where it reaches the
 * ground (15–16), and overcast where it does not (14).
 */
export const WMO_CODES: Readonly<Record<WeatherCondition, readonly number[]>> = {
  clear: [0],
  'mainly-clear': [1],
  'partly-cloudy': [2],
  overcast: [3, 14],
  haze: span(4, 8),
  sandstorm: [9, ...span(30, 35)],
  fog: [...span(10, 12), 28, ...span(40, 47)],
  'rime-fog': [48, 49],
  drizzle: [20, ...span(50, 55), 58],
  'freezing-drizzle': [56, 57],
  rain: [21, 59, ...span(60, 65)],
  'freezing-rain': [24, 66, 67],
  snow: [22, 23, ...span(36, 39), 68, 69, ...span(70, 75), 78],
  'snow-grains': [76, 77, 79],
  'rain-showers': [15, 16, 25, ...span(80, 82)],
  'snow-showers': [26, ...span(83, 86)],
  'hail-showers': [27, ...span(87, 90)],
  squalls: [18, 19],
  thunderstorm: [13, 17, 29, ...span(91, 95), 97, 98],
  'thunderstorm-hail': [96, 99],
};

const byCode = new Map(Object.entries(WMO_CODES).flatMap(([condition, codes]) => codes.map((code) => [code, condition as WeatherCondition])));

/** The condition a WMO code (0–99) belongs to, or undefined for anything else. */
export function conditionOf(code: number): WeatherCondition | undefined {
  return byCode.get(code);
}

/**
 * Whether a temperature in °C could be weather on Earth (records: −89.2 °C and 56.7 °C), with
 * a wide margin. A source answering 4,000 °C or 1e308 is broken: better no weather than that.
 */
function isPlausibleTemperature(celsius: unknown): celsius is number {
  return typeof celsius === 'number' && celsius >= -100 && celsius <= 100;
}

/**
 * Whether `weather` can be shown: a plausible temperature, and a WMO code or null (the
 * temperature alone). Page script may give any value: anything else is no weather.
 */
export function canShow(weather: Weather | undefined): weather is Weather {
  const code = weather?.weatherCode;
  return !!weather && isPlausibleTemperature(weather.temperature) && (code === null || byCode.has(code as number));
}

export const toFahrenheit = (celsius: number) => (celsius * 9) / 5 + 32;
export const toCelsius = (fahrenheit: number) => ((fahrenheit - 32) * 5) / 9;

/**
 * A temperature in °C shown in `unit`, at most one decimal, through `Intl`: "13.1°C", "55.6°F";
 * in words with `display` long, as a screen reader should say it: "13.1 degrees Celsius",
 * "13,1 درجة مئوية" (rather than a degree sign and the letter م), "3 درجات مئوية", "درجتان
 * مئويتان" (Arabic's degrees agree with their number); with the symbol in a language the engines
 * have no words for.
 */
export function formatTemperature(celsius: number, unit: TemperatureUnit, locale: string, display: 'short' | 'long' = 'short'): string {
  const value = unit === 'fahrenheit' ? toFahrenheit(celsius) : celsius;
  // A language engines lack (Tamazight) has no words for the unit: its pattern locale's
  // ("degrés Celsius") are not its own, but the symbol is every language's.
  const unitDisplay = carriedLocale(locale) ? 'short' : display;
  // signDisplay 'negative' writes -0.04 as "0°C", not "-0°C".
  const format = numberFormat(locale, {style: 'unit', unit, unitDisplay, maximumFractionDigits: 1, signDisplay: 'negative'});
  if (unitDisplay === 'long' && /^ar(?:-|$)/i.test(locale)) return arabicDegrees(format.formatToParts(value), value, unit, locale);
  const text = format.format(value);
  // In "13,1°م" the degree sign joins the digits before it (Unicode's bidi rules), which leaves
  // the letter alone on their far side in a right-to-left line: "م 13,1°". A right-to-left mark
  // between them keeps "°م" together after the number.
  return text.replace(/(?<=\d)(?=°\p{Script=Arabic})/u, '\u200f');
}

/**
 * Arabic's degrees agree with their number, where CLDR writes one form for every count ("3
 * درجة مئوية"): from 3 to 10 the plural ("3 درجات مئوية"), and 1 and 2 said by the noun alone,
 * as Arabic says them ("درجة مئوية واحدة", "درجتان مئويتان"; below zero, the number stays).
 * An engine with forms of its own keeps them.
 */
const ARABIC_DEGREES: Record<TemperatureUnit, {cldr: string} & Partial<Record<Intl.LDMLPluralRule, string>>> = {
  celsius: {cldr: 'درجة مئوية', one: 'درجة مئوية واحدة', two: 'درجتان مئويتان', few: 'درجات مئوية'},
  fahrenheit: {cldr: 'درجة فهرنهايت', one: 'درجة فهرنهايت واحدة', two: 'درجتا فهرنهايت', few: 'درجات فهرنهايت'},
};

function arabicDegrees(parts: Intl.NumberFormatPart[], value: number, unit: TemperatureUnit, locale: string): string {
  const forms = ARABIC_DEGREES[unit];
  const category = parts.some((part) => part.type === 'unit' && part.value === forms.cldr) && pluralRules(locale, {maximumFractionDigits: 1}).select(value);
  if ((category === 'one' || category === 'two') && value > 0) return forms[category]!;
  return parts.map((part) => (part.type === 'unit' && category === 'few' ? forms.few : part.value)).join('');
}

export {WeatherError, type WeatherErrorKind} from './weather-error.js';

const OPEN_METEO = 'https://api.open-meteo.com/';

/**
 * Open-Meteo's forecast URL for the current temperature (in °C: the bar converts it for
 * display), weather code and day/night at a place.
 */
export function openMeteoUrl(latitude: number, longitude: number): string {
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)) {
    throw new RangeError(`news-widgets: latitude ${latitude} and longitude ${longitude} are not a place on Earth.`);
  }
  // Written out by hand: URLSearchParams would escape the commas Open-Meteo documents.
  return `${OPEN_METEO}v1/forecast?latitude=${latitude}&longitude=${longitude}&current=temperature_2m,weather_code,is_day`;
}

type Fields = Record<string, unknown> | undefined;

/**
 * A reading older than this is no current weather: a cache or proxy serving an answer of
 * hours ago (Open-Meteo's readings are 15 minutes apart), at night the day's sun.
 */
const STALE_MS = 3 * 3_600_000;

/**
 * When a reading was taken, in milliseconds since the epoch: Open-Meteo's `time` is the
 * place's local time without a zone ("2026-12-04T19:45", `utc_offset_seconds` from UTC; UTC
 * unless the request asked for a `timezone`), or seconds since the epoch with
 * `timeformat=unixtime`; a proxy's time with its zone too. Undefined for anything else (a local
 * time without its offset too): no time is no check.
 */
function readingTime(time: unknown, offsetSeconds: unknown): number | undefined {
  if (typeof time === 'number') return Number.isFinite(time) ? time * 1000 : undefined;
  // ECMAScript's own date-time form, which Date.parse reads the same in every engine.
  const parts = typeof time === 'string' ? /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(Z|[+-]\d\d:\d\d)?$/.exec(time.trim()) : null;
  if (!parts) return undefined;
  // A proxy may write the time with its zone ("…Z", "…+01:00"): that zone, not the offset field.
  if (parts[1]) return Date.parse(parts[0]);
  // Without either, a local time is of no known zone (a proxy passing on `current` alone).
  const offset = /^\s*-?\d+\s*$/.test(String(offsetSeconds)) ? Number(offsetSeconds) : NaN;
  // Zones are UTC-12 to UTC+14: anything past 18 hours is no offset.
  return Math.abs(offset) <= 64_800 ? Date.parse(`${parts[0]}Z`) - offset * 1000 : undefined;
}

/**
 * Reads an Open-Meteo response (`current` with `temperature_2m`, `weather_code`, `is_day`,
 * `time`, and `current_units`) into a `Weather` in °C, whatever unit the response used. Its
 * shape before 2023 too, which proxies still serve (`current_weather` with `temperature`,
 * `weathercode`, `is_day`, `time`, and `current_weather_units`). A weather code that is null
 * or missing is `weatherCode: null`: the temperature alone; one past WMO's 0–99 is a format error.
 * Without `is_day`, day is 07:00 to 18:59 at the place when it was read: by the sun, from the
 * answer's `longitude`, else by `utc_offset_seconds`; with neither, or no `time`, day.
 * @param now - The time the reading is judged by (default: now).
 * @throws {WeatherError} `format` when the shape is neither; `stale` when its `time` is more
 *   than 3 hours before `now` (a cache or proxy serving an old answer).
 */
export function parseOpenMeteo(data: unknown, url?: string, now = Date.now()): Weather {
  const at = url ?? 'the given source';
  const fail = (what: string) => new WeatherError('format', `The weather at ${at} is not an Open-Meteo response: ${what}.`, url);
  const body = data as {current?: Fields; current_units?: Fields; current_weather?: Fields; current_weather_units?: Fields; utc_offset_seconds?: unknown} | null;
  const old = body?.current ? undefined : body?.current_weather;
  const current = old ? {temperature_2m: old.temperature, weather_code: old.weathercode, is_day: old.is_day, time: old.time} : body?.current;
  if (!current || typeof current !== 'object') throw fail('no "current" object (nor the older "current_weather")');
  const {temperature_2m: temperature, weather_code: code = null, is_day: isDay, time} = current;
  if (typeof temperature !== 'number' || !Number.isFinite(temperature)) throw fail('"current.temperature_2m" is not a number');
  if (code !== null && !byCode.has(code as number)) throw fail(`"current.weather_code" ${JSON.stringify(code)} is not a WMO code`);
  const readAt = readingTime(time, body!.utc_offset_seconds);
  const age = now - (readAt ?? now);
  if (age > STALE_MS) {
    throw new WeatherError('stale', `The weather at ${at} was read at ${JSON.stringify(time)}, ${Math.floor(age / 3_600_000)} hours ago: a cache or proxy serving an old answer, or this device’s clock ahead? Showing none.`, url);
  }
  const unit = (old ? body!.current_weather_units?.temperature : body!.current_units?.temperature_2m) ?? '°C';
  if (unit !== '°C' && unit !== '°F') throw fail(`unknown temperature unit ${JSON.stringify(unit)}`);
  const celsius = unit === '°F' ? toCelsius(temperature) : temperature;
  if (!isPlausibleTemperature(celsius)) throw fail(`"current.temperature_2m" ${temperature}${unit} is not a temperature on Earth`);
  // Without `is_day` (Open-Meteo's `current_weather` before 2023, which proxies still serve), the
  // hour at the place when it was read: 07:00 to 18:59 is day, rather than a sun at midnight.
  const hour = isDay == null ? placeHour(readAt, body as Fields) : undefined;
  return {temperature: celsius, weatherCode: code as number | null, isDay: hour === undefined ? dayOf(isDay) : hour >= 7 && hour < 19};
}

/**
 * The hour of the day at the place of an answer at `at` (ms since the epoch): by the sun, from
 * its `longitude` (15° an hour), which Open-Meteo's answers give; else by its clock,
 * `utc_offset_seconds`. Undefined without `at` or either.
 */
function placeHour(at: number | undefined, {longitude, utc_offset_seconds: offset}: Fields = {}): number | undefined {
  // A number, or its text as a relay passes it on ("139.7").
  const east = typeof longitude === 'number' || (typeof longitude === 'string' && longitude.trim()) ? Number(longitude) : NaN;
  const shift = Math.abs(east) <= 180 ? east / 15 : /^\s*-?\d+\s*$/.test(String(offset)) ? Number(offset) / 3600 : NaN;
  return at === undefined || Number.isNaN(shift) ? undefined : (((at / 3_600_000 + shift) % 24) + 24) % 24;
}

/**
 * Open-Meteo's `is_day`: the number 1 by day, 0 by night. Relays that turn it into a string
 * or a boolean, or a boolean into a string (`"false"`), mean the same (page script passing
 * `is_day` on as `isDay` too); anything else (or nothing) is read as day, the less surprising
 * guess (`parseOpenMeteo` reads a reading without it by the place's hour).
 */
export function dayOf(value: unknown): boolean {
  if (typeof value === 'string' && /^\s*(?:0|false)\s*$/i.test(value)) return false;
  return value !== 0 && value !== false;
}

/** Default time a weather request may take. */
const WEATHER_TIMEOUT = 10_000;
/** Default most bytes read from a weather answer (an Open-Meteo answer is under 1 KB). */
const WEATHER_MAX_BYTES = 64 * 1024;

interface LoadWeatherOptions {
  signal?: AbortSignal;
  /** Milliseconds the whole answer may take (default 10 000). */
  timeout?: number;
  /** Most bytes read (default 64 KiB); reading stops there with a `limit` error. */
  maxBytes?: number;
}

// One request per URL and reading limits, for every bar on the page asking at the same time.
const join = sharedRequests<Weather>();

/**
 * Fetches and reads the weather at `url` (Open-Meteo, or anything answering its shape),
 * reading at most `maxBytes` and refusing JSON nested deeper than 64 levels before parsing. Callers
 * asking for the same URL under the same limits while a request is under way share it; it is
 * aborted when the last of them aborts.
 * @throws {WeatherError} on network failure, timeout (also a body that stops arriving),
 *   HTTP error status, a broken limit, another shape or a reading hours old (`stale`); the
 *   signal's reason when `signal` aborts.
 */
export function loadWeather(url: string, options: LoadWeatherOptions = {}): Promise<Weather> {
  // A limit that is no positive number (NaN, 0) is the default, never no limit.
  const maxBytes = readingLimit(options.maxBytes) ?? WEATHER_MAX_BYTES;
  return join(`${url} ${maxBytes}`, options.signal, (signal) => request(url, signal, maxBytes, options.timeout));
}

/** One request for the weather, for every caller sharing it: `signal` aborts when the last one lets go. */
async function request(url: string, signal: AbortSignal, maxBytes: number, timeout = WEATHER_TIMEOUT): Promise<Weather> {
  // Open-Meteo, a third party the site did not pick, learns nothing of the page (its policy
  // may send the article's address); a site's own weather-src may check where requests come from.
  const start = (attempt: AbortSignal) => fetch(url, {signal: attempt, headers: {Accept: 'application/json'}, referrerPolicy: url.startsWith(OPEN_METEO) ? 'no-referrer' : undefined});
  const {response, bytes} = await fetchBody(signal, timeout, maxBytes, start).catch((cause: unknown) => {
    if (signal.aborted) throw cause;
    if (cause instanceof LateAnswer) throw new WeatherError('timeout', `The weather at ${url} ${cause.message}.`, url, {cause: cause.cause});
    if (cause instanceof ReadLimitError) throw new WeatherError('limit', `The weather at ${url} is ${cause.message}, past the reading limit (raise it with the weather-max-bytes attribute).`, url, {cause});
    throw new WeatherError('network', `Could not reach the weather at ${url} (network, or no CORS).`, url, {cause});
  });
  if (!bytes) throw new WeatherError('http', `The weather at ${url} answered HTTP ${response.status}.`, url, {status: response.status});
  const text = new TextDecoder().decode(bytes);
  if (runNow(scanJson(text, 0, DEFAULT_MAX_DEPTH)).tooDeep) throw new WeatherError('limit', `The weather at ${url} is nested deeper than ${DEFAULT_MAX_DEPTH} levels, past the reading limit.`, url);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new WeatherError('format', `The weather at ${url} is not JSON.`, url, {cause});
  }
  return parseOpenMeteo(data, url);
}
