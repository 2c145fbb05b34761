import {html, isServer, nothing, type ComplexAttributeConverter, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {formatHijriDate, hijriOffset, MAX_HIJRI_OFFSET} from '../../core/hijri.js';
import {writtenCount, writtenNumber, type WrittenNumber} from '../../core/written-number.js';
import {attributeUrl} from '../../core/attribute-url.js';
import {formatDay} from '../../core/day.js';
import {dayIn, timeZoneAttribute} from '../../core/timezone.js';
import {warnOutdatedZone, zoneAt} from '../../core/zone-data.js';
import {canShow, conditionOf, dayOf, formatTemperature, openMeteoUrl, type TemperatureUnit, type Weather} from '../../core/weather.js';
import {DayClockController} from '../../controllers/day-clock-controller.js';
import {WeatherController} from '../../controllers/weather-controller.js';
import {baseStyles} from '../shared/base.styles.js';
import {NewsElement} from '../shared/news-element.js';
import {headerBarStyles} from './news-header-bar.styles.js';
import {conditionIcon, conditionLabel} from './weather-conditions.js';

/** Default seconds between weather loads: Open-Meteo's current values change every 15 minutes. */
const WEATHER_REFRESH = 1800;

/** A number as a site writes it ({@link writtenNumber}): the coordinates. */
const WRITTEN: ComplexAttributeConverter<number | undefined> = {fromAttribute: writtenNumber};
/** A count as a site writes it, without separators ({@link writtenCount}): the weather's refresh and byte limit. */
const COUNT: ComplexAttributeConverter<number | undefined> = {fromAttribute: writtenCount};
const HIJRI_DAYS: ComplexAttributeConverter<number> = {fromAttribute: (value) => writtenNumber(value) ?? 0};

/**
 * A site's top bar: today's date for a time zone and the current weather for a place, with
 * slots for a logo and actions. The weather comes from Open-Meteo (or any URL answering its
 * shape) without any third-party script; when it fails, the date stays and nothing breaks.
 * The date is a `<time datetime>` in the active language for `timezone`, and changes exactly
 * at that zone's midnight, from one timer shared by every bar on the page. With `hijri`, the
 * Hijri (Umm al-Qura) date of the same day follows it, in the active language, shifted by
 * `hijri-offset` days to match a national moon-sighting calendar (Morocco's often differs by
 * a day); it changes with the Gregorian date, at midnight. Each WMO code
 * group has a localized name and an original icon, by day and by night. Weather refreshes
 * every `weather-refresh` seconds, paused while the tab is hidden; a failed load (a console
 * warning each) hides it, but a reading loaded within the hour stays through it, and it is
 * tried again soon: after 30 s, then twice as long after each failure in a row, never later
 * than the next interval. In a window narrower than 22em
 * (a small phone, or large default text) the weather takes two lines, in every state: icon,
 * temperature and condition, then the city on a line of its own, so it shows whole; wider
 * windows keep the one line.
 *
 * @customElement news-header-bar
 * @summary Today's date and the weather, localized, beside a logo and actions.
 *
 * @slot start - Before the date: the site's logo or name.
 * @slot - After the weather: anything else for the bar, in its line (which is clipped, so that a wrapped item's separator never shows): a menu that opens below it (`<news-language-switcher variant="menu">`) goes in `end`.
 * @slot end - At the end of the bar: a subscribe button, a language switcher.
 *
 * @csspart base - The bar.
 * @csspart start - The box of the `start` slot.
 * @csspart end - The box of the `end` slot, pushed to the end of its line by an automatic margin (`margin-inline-start: auto`); a bar laid out as a column (`::part(base) { flex-direction: column }`) stretches it across with `margin-inline-start: 0` and `justify-content: flex-end`.
 * @csspart date - The `time` element with today's date.
 * @csspart hijri - The `time` element with today's Hijri date (with `hijri`); its `datetime` is the Gregorian day.
 * @csspart weather - The weather: icon, temperature, condition and city.
 * @csspart icon - The condition's icon (`svg`, named for assistive technology).
 * @csspart temperature - The temperature.
 * @csspart condition - The condition's name ("Partly cloudy"); hide it to show only the icon.
 * @csspart city - The place's name.
 *
 * @cssprop [--news-font-family=inherit] - Font of the bar.
 * @cssprop [--news-color-text=inherit] - Text colour of the bar.
 * @cssprop [--news-gap=1rem] - Space between the bar's groups.
 * @cssprop [--news-color-muted=currentColor at 85%] - Colour of the condition and separator.
 * @cssprop [--news-meta-separator='·'] - The mark between the date, the Hijri date and the weather, a CSS string of a character or two (screen readers skip it), as between a card's date, author and reading time.
 * @cssprop [--news-weather-icon-size=1.75em] - Size of the weather icon, and the height of the line of date and weather (of the weather's two lines in a window narrower than 22em, if taller), so the bar keeps its size whether the weather loads, fails or is absent.
 * @cssprop [--news-weather-reserve=14em] - Room the weather takes in its line whether it is loading, loaded or failed (more when its text is longer and the line has room), so the bar wraps the same way in every state and nothing shifts. The default holds a city of up to 13 characters, and grows 2em for each 4 more, up to 20em ("Saint-Jean-de-Luz": 16em); where its line is shorter than its text, the condition gives way first, then the city (in a window narrower than 22em the weather has two lines, the city one of its own).
 * @cssprop [--news-weather-sun=#b97800 (#f0a202 on a dark page)] - Sun and lightning in the icons.
 * @cssprop [--news-weather-moon=#6c78b1 (#8c97c9 on a dark page)] - Moon in the icons.
 * @cssprop [--news-weather-cloud=#7a8591 (#a3adb8 on a dark page)] - Clouds and fog in the icons.
 * @cssprop [--news-weather-rain=#2f80d1] - Rain and drizzle in the icons.
 * @cssprop [--news-weather-snow=#3a87c2 (#6bb3e8 on a dark page)] - Snow, ice and hail in the icons.
 * @cssprop [--news-weather-dust=#9c6c35 (#c2935b on a dark page)] - Haze, dust and sand in the icons.
 *
 * @fires {CustomEvent<{weather: Weather}>} news-weather-load - The weather loaded (also after each refresh).
 * @fires {CustomEvent<{error: WeatherError}>} news-weather-error - The weather could not be loaded (`error.kind` says why, and `error.status` an `http` error's status; `WeatherError` is exported by `news-widgets` and by the CDN loader); a reading loaded within the hour stays shown through it, an older one is hidden until the next try.
 */
export class NewsHeaderBarElement extends NewsElement {
  static override styles = [baseStyles, headerBarStyles];

  /** Re-renders at midnight in the bar's zone. */
  private readonly day = new DayClockController(this);

  /** Loads the weather and keeps it fresh. */
  private readonly weatherLoad = new WeatherController(this, {
    onLoad: (weather) => this.emit('news-weather-load', {weather}),
    onError: (error) => {
      console.warn(`news-header-bar: ${error.message}`);
      this.emit('news-weather-error', {error});
    },
  });

  /** Which of the `start` and `end` slots have content (an empty one takes no room). */
  @state() private filled = {start: false, end: false};

  /** IANA time zone whose date is shown (`Africa/Casablanca`); default the reader's. An unknown zone gives one console warning and the reader's. */
  @property() timezone?: string | undefined;

  /** Show today's Hijri date after the Gregorian one. */
  @property({type: Boolean}) hijri = false;

  /** Days added to the computed (Umm al-Qura) Hijri date, −2…2, to follow a national moon-sighting calendar (`-1`, also as an Arabic keyboard writes it: `−1`, `-١`); a value outside is clamped and one that is no number ignored, with one console warning quoting it. */
  @property({type: Number, attribute: 'hijri-offset', converter: HIJRI_DAYS}) hijriOffset: WrittenNumber = 0;

  /** Name of the place the weather is for, shown after the temperature. */
  @property() city?: string | undefined;

  /** Latitude of the place in decimal degrees (`33.57`, or `33,57`), for the weather from Open-Meteo; empty is none. */
  @property({type: Number, converter: WRITTEN}) latitude?: WrittenNumber | undefined;

  /** Longitude of the place in decimal degrees (`-7.59`, or `-7,59`), for the weather from Open-Meteo; empty is none. */
  @property({type: Number, converter: WRITTEN}) longitude?: WrittenNumber | undefined;

  /** A URL answering in Open-Meteo's `current` shape (a site's own proxy or cache); wins over `latitude`/`longitude`. A relative one resolves against the page's address when it is set, as an `<img src>`'s does. */
  @property({attribute: 'weather-src'}) weatherSrc?: string | undefined;

  /** Weather given directly, temperature in °C (no request); wins over `weather-src`, `latitude` and `longitude`. Its fields: [`Weather`](#data-shapes). */
  @property({attribute: false}) weather?: Weather | undefined;

  /** Unit the temperature is shown in, in any case (`Fahrenheit`); any other value gives one console warning and °C. */
  @property() units: 'celsius' | 'fahrenheit' = 'celsius';

  /** Seconds between weather updates (paused while the page is hidden), at least 60; 0 = load once. In any digits (`٣٠٠`), without separators (`3,600` may be 3.6: the default). */
  @property({type: Number, attribute: 'weather-refresh', converter: COUNT}) weatherRefresh: WrittenNumber = WEATHER_REFRESH;

  /**
   * Most bytes read from the weather answer (default 64 KiB; Open-Meteo's is under 1 KB).
   * Past it, reading stops and the weather is hidden with one console warning; raise it for a
   * source that answers more (a proxy adding a forecast). Bars asking for the same weather
   * under the same limit share one request.
   */
  @property({type: Number, attribute: 'weather-max-bytes', converter: COUNT}) weatherMaxBytes?: WrittenNumber | undefined;

  /** The zone in effect: `timezone` when `Intl` knows it, else the reader's (undefined). */
  private zone?: string;
  /** Coordinates already warned about, so a bad pair is reported once. */
  private warnedPlace?: string;
  /** Where the weather is asked for (see `weatherUrl`), as `willUpdate` last found it. */
  private weatherHref?: string;
  /** `weather-src`, resolved when it is set. */
  private readonly resolveWeatherSrc = attributeUrl();
  /** `hijri-offset` in days, clamped to −2…2 (0 when it is not a number). */
  private hijriDays = 0;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone')) {
      this.zone = timeZoneAttribute(this.timezone, this.localName);
      this.day.zone = this.zone;
    }
    // A server's time-zone data may be older than the zone's rules: the bar reads them right, the server's other code does not.
    if (isServer && !this.hasUpdated) warnOutdatedZone(this.zone, this.localName);
    if (changed.has('hijriOffset')) this.hijriDays = this.readHijriOffset();
    // "F", "imperial" or "celcius" showed °C without a word.
    if (changed.has('units') && this.units && !/^(?:celsius|fahrenheit)$/i.test(this.units)) {
      console.warn(`news-header-bar: units "${this.units}" is neither "celsius" nor "fahrenheit"; showing °C.`);
    }
    // Slotted content shows in the first render (slotchange comes after it): no layout shift.
    // A server cannot see the light DOM: both slots stay open there (see `firstUpdated`).
    if (!this.hasUpdated) {
      this.filled = isServer ? {start: true, end: true} : {start: !!this.querySelector(':scope > [slot="start"]'), end: !!this.querySelector(':scope > [slot="end"]')};
    }
    this.syncWeather(changed);
  }

  /** Checks a page's own weather and starts whatever loading the weather's inputs need. */
  private syncWeather(changed: PropertyValues<this>) {
    // A page's own weather that cannot be shown would leave the bar without it, silently.
    if (changed.has('weather') && this.weather != null && !canShow(this.weather)) {
      console.warn('news-header-bar: weather needs {temperature, weatherCode, isDay}: degrees Celsius from -100 to 100 and a WMO weather code (null for none); showing none.');
    }
    // Not more often than once a minute: Open-Meteo's fair use, and the weather changes no faster.
    const refresh = Number.isFinite(this.weatherRefresh) ? (this.weatherRefresh > 0 ? Math.max(60, this.weatherRefresh) : 0) : WEATHER_REFRESH;
    this.weatherHref = this.weatherUrl();
    this.weatherLoad.sync({url: this.weatherHref, weather: this.weather, refresh, maxBytes: this.weatherMaxBytes});
  }

  /** `hijri-offset` as days; a value outside −2…2 is clamped and one that is no number ignored, each with one warning. */
  private readHijriOffset(): number {
    const days = this.hijriOffset ?? 0;
    const offset = hijriOffset(days);
    if (!Number.isInteger(days) || days !== offset) {
      const used = Number.isFinite(days) ? `using ${offset}` : 'ignoring it';
      console.warn(`news-header-bar: hijri-offset "${this.writtenAs('hijri-offset', days)}" is not a whole number of days from -${MAX_HIJRI_OFFSET} to ${MAX_HIJRI_OFFSET}; ${used}.`);
    }
    return offset;
  }

  /** Where the weather comes from: `weather-src` (resolved against the page when it is set), else Open-Meteo for the coordinates. */
  private weatherUrl(): string | undefined {
    // A blank one (a CMS's empty field) is none: resolved, it is the page's own address.
    const src = this.resolveWeatherSrc(this.weatherSrc?.trim() || undefined);
    if (src) return src;
    const {latitude, longitude} = this;
    if (latitude == null || longitude == null) return undefined;
    try {
      // In °C whatever `units` says: shown in °F by conversion, so a change of units asks nothing again.
      return openMeteoUrl(latitude, longitude);
    } catch {
      // As written: "33.57N" read as NaN would say nothing of what to mend.
      const [lat, lon] = [this.writtenAs('latitude', latitude), this.writtenAs('longitude', longitude)];
      if (`${lat},${lon}` !== this.warnedPlace) {
        console.warn(`news-header-bar: latitude "${lat}" and longitude "${lon}" are no place on Earth (decimal degrees, such as 33.57 and -7.59); showing no weather.`);
      }
      this.warnedPlace = `${lat},${lon}`;
      return undefined;
    }
  }

  /**
   * A number property's value as the page wrote it, for a warning to quote: its attribute when
   * that reads as the value (`33.57N`, which reads as NaN, says what to mend), else the value
   * (set on the property since).
   */
  private writtenAs(attribute: string, value: number): string {
    const text = this.getAttribute(attribute);
    return text !== null && Object.is(writtenNumber(text), value) ? text : String(value);
  }

  private get wantsWeather(): boolean {
    return !!(this.weather || this.weatherHref);
  }

  private get unit(): TemperatureUnit {
    return this.units?.toLowerCase() === 'fahrenheit' ? 'fahrenheit' : 'celsius';
  }

  private readonly handleSlotChange = (event: Event) => {
    const slot = event.target as HTMLSlotElement;
    this.filled = {...this.filled, [slot.name]: slot.assignedNodes({flatten: true}).length > 0};
  };

  /**
   * A bar taking over a server's markup: Lit's hydration writes no attribute, and the server,
   * which sees no light DOM, left both boxes open; an empty one closes here (each render after
   * writes it as usual). A render the page refused (Trusted Types without Lit's policy) has none.
   */
  protected override firstUpdated(): void {
    for (const name of ['start', 'end'] as const) {
      const box = this.renderRoot.querySelector<HTMLElement>(`[part="${name}"]`);
      if (box) box.hidden = !this.filled[name];
    }
  }

  override render(): TemplateResult {
    const now = Date.now();
    // An engine on time-zone data older than the zone's rules (a server's Node, an old phone) writes the day by the new ones.
    const zone = zoneAt(this.zone, now);
    const today = dayIn(now, zone);
    return html`<div part="base" class="bar" dir=${this.locale.dir} lang=${this.locale.lang}>
      <div part="start" class="start" ?hidden=${!this.filled.start}><slot name="start" @slotchange=${this.handleSlotChange}></slot></div>
      <div class="items">
        <div class="info">
          <time part="date" datetime=${today}>${formatDay(now, this.locale.tag, zone, this.hijri ? 'gregory' : undefined)}</time>
          ${this.hijri
            ? html`<time part="hijri" datetime=${today}>${formatHijriDate(now, this.locale.tag, {offset: this.hijriDays, timeZone: zone})}</time>`
            : nothing}
          ${this.wantsWeather ? this.renderWeather(this.weatherLoad.weather) : nothing}
          <slot></slot>
        </div>
      </div>
      <div part="end" class="end" ?hidden=${!this.filled.end}><slot name="end" @slotchange=${this.handleSlotChange}></slot></div>
    </div>`;
  }

  /**
   * Icon, temperature, condition and city. Loading, failed or unreadable, the weather's room
   * stays, empty: the bar wraps and measures the same in every state, at every width.
   */
  private renderWeather(weather: Weather | undefined) {
    const city = this.city?.trim();
    // A longer reserve for a longer city, in every state: 14em holds the icon, a temperature and
    // a name of 13 characters (0.53em each in a wide font, DejaVu Serif), 2em more each 4 more.
    const reserve = `weather r${Math.min(3, Math.ceil(Math.max(0, [...(city ?? '')].length - 13) / 4))}`;
    if (!canShow(weather)) return html`<span class="${reserve} reserved" aria-hidden="true"></span>`;
    // A source without a code (Open-Meteo's null) still has the temperature: no icon, no name.
    const condition = weather.weatherCode === null ? undefined : conditionOf(weather.weatherCode);
    const label = condition && conditionLabel(condition);
    // The icon carries the condition's name for screen readers; the visible name would repeat it.
    // They hear the temperature in words ("13,1 درجة مئوية"), not its symbols ("13,1°م").
    const {temperature} = weather;
    return html`<span part="weather" class="${reserve} ${condition ? '' : 'bare'}">
      ${condition ? conditionIcon(condition, dayOf(weather.isDay), label!) : nothing}
      <span part="temperature" aria-hidden="true">${formatTemperature(temperature, this.unit, this.locale.tag)}</span>
      <span class="visually-hidden">${formatTemperature(temperature, this.unit, this.locale.tag, 'long')}</span>
      ${condition ? html`<span part="condition" aria-hidden="true">${label}</span>` : nothing}
      ${city ? html`<span part="city">${city}</span>` : nothing}
    </span>`;
  }
}
