import {nothing, type PropertyValues} from 'lit';
import {property, state} from 'lit/decorators.js';
import {dayIn, formatDay, isValidTimeZone} from '../../core/timezone.js';
import type {TemperatureUnit, Weather} from '../../core/weather.js';
import type {DayClockController} from '../../controllers/day-clock-controller.js';
import type {WeatherController} from '../../controllers/weather-controller.js';
import {NewsElement} from '../base/news-element.js';
import {headerBarView} from '../base/views.js';

type HeaderBarView = typeof import('./news-header-bar.view.js');
type WeatherView = typeof import('./weather-view.js');

/** Default seconds between weather loads: Open-Meteo's current values change every 15 minutes. */
const WEATHER_REFRESH = 1800;

/**
 * A site's top bar: today's date for a time zone and the current weather for a place, with
 * slots for a logo and actions. The weather comes from Open-Meteo (or any URL answering its
 * shape) without any third-party script; when it fails, the date stays and nothing breaks.
 * The date is a `<time datetime>` in the active language for `timezone`, and changes exactly
 * at that zone's midnight, from one timer shared by every bar on the page. Each WMO code
 * group has a localized name and an original icon, by day and by night. Weather refreshes
 * every `weather-refresh` seconds, paused while the tab is hidden; a failure hides it quietly
 * (one console warning) and the next interval tries again.
 *
 * @customElement news-header-bar
 * @summary Today's date and the weather, localized, beside a logo and actions.
 *
 * @slot start - Before the date: the site's logo or name.
 * @slot - After the weather: anything else for the bar.
 * @slot end - At the end of the bar: a subscribe button, a language switcher.
 *
 * @csspart base - The bar.
 * @csspart date - The `time` element with today's date.
 * @csspart weather - The weather: icon, temperature, condition and city.
 * @csspart icon - The condition's icon (`svg`, named for assistive technology).
 * @csspart temperature - The temperature.
 * @csspart condition - The condition's name ("Partly cloudy"); hide it to show only the icon.
 * @csspart city - The place's name.
 *
 * @cssprop [--news-gap=1rem] - Space between the bar's groups.
 * @cssprop [--news-color-muted=currentColor at 72%] - Colour of the condition and separator.
 * @cssprop [--news-weather-icon-size=1.75em] - Size of the weather icon.
 * @cssprop [--news-weather-reserve=14em] - Room kept for the weather while it loads, so nothing shifts when it arrives.
 * @cssprop [--news-weather-sun=#f0a202] - Sun in the icons.
 * @cssprop [--news-weather-moon=#8c97c9] - Moon in the icons.
 * @cssprop [--news-weather-cloud=#a3adb8] - Clouds in the icons.
 * @cssprop [--news-weather-rain=#2f80d1] - Rain and drizzle in the icons.
 * @cssprop [--news-weather-snow=#6bb3e8] - Snow, ice and hail in the icons.
 *
 * @fires {CustomEvent<{weather: Weather}>} news-weather-load - The weather loaded (also after each refresh).
 * @fires {CustomEvent<{error: WeatherError}>} news-weather-error - The weather could not be loaded; it is hidden until the next try.
 */
export class NewsHeaderBarElement extends NewsElement<HeaderBarView> {
  protected override readonly viewLoader = headerBarView;

  /** Re-renders at midnight in the bar's zone; it comes with the view. */
  private day?: DayClockController;

  /** The weather code, loaded when a page first asks for weather; and its loader. */
  private weatherView?: WeatherView;
  private loader?: WeatherController;
  private weatherLoading?: Promise<void>;

  /** Which of the `start` and `end` slots have content (an empty one takes no room). */
  @state() private filled = {start: false, end: false};

  /** IANA time zone whose date is shown (`Africa/Casablanca`); default the reader's. */
  @property() timezone?: string;

  /** Name of the place the weather is for, shown after the temperature. */
  @property() city?: string;

  /** Latitude of the place, for the weather from Open-Meteo. */
  @property({type: Number}) latitude?: number;

  /** Longitude of the place, for the weather from Open-Meteo. */
  @property({type: Number}) longitude?: number;

  /** A URL answering in Open-Meteo's `current` shape (a site's own proxy or cache); wins over `latitude`/`longitude`. */
  @property({attribute: 'weather-src'}) weatherSrc?: string;

  /** Weather given directly, temperature in °C (no request); wins over the two above. */
  @property({attribute: false}) weather?: Weather;

  /** Unit the temperature is shown in. */
  @property() units: 'celsius' | 'fahrenheit' = 'celsius';

  /** Seconds between weather updates (paused while the page is hidden); 0 = load once. */
  @property({type: Number, attribute: 'weather-refresh'}) weatherRefresh = WEATHER_REFRESH;

  /** The zone in effect: `timezone` when `Intl` knows it, else the reader's (undefined). */
  private zone?: string;
  /** Coordinates already warned about, so a bad pair is reported once. */
  private warnedPlace?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone')) {
      const zone = this.timezone?.trim() || undefined;
      this.zone = zone && isValidTimeZone(zone) ? zone : undefined;
      if (zone && !this.zone) console.warn(`news-header-bar: unknown time zone "${zone}"; showing the reader's date instead.`);
      if (this.day) this.day.zone = this.zone;
    }
    if (this.view && !this.day) (this.day = new this.view.DayClockController(this)).zone = this.zone;
    // Slotted content shows in the first render (slotchange comes after it): no layout shift.
    if (!this.hasUpdated) this.filled = {start: !!this.querySelector(':scope > [slot="start"]'), end: !!this.querySelector(':scope > [slot="end"]')};
    if (this.wantsWeather && !this.weatherView) this.weatherLoading ??= this.loadWeather();
    if (!this.weatherView || !this.loader) return;
    const refresh = Number.isFinite(this.weatherRefresh) ? Math.max(0, this.weatherRefresh) : WEATHER_REFRESH;
    this.loader.sync({url: this.weatherUrl(this.weatherView), weather: this.weather, refresh});
  }

  /** Resolves once the weather code this bar needs has loaded (and rendered). */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.weatherLoading) return done;
    await this.weatherLoading;
    return super.getUpdateComplete();
  }

  private async loadWeather() {
    try {
      this.weatherView = await import('./weather-view.js');
      this.loader = new this.weatherView.WeatherController(this, {
        onLoad: (weather) => this.emit('news-weather-load', {weather}),
        onError: (error) => {
          console.warn(`news-header-bar: ${error.message}`);
          this.emit('news-weather-error', {error});
        },
      });
      this.requestUpdate();
    } catch (error) {
      console.warn('news-header-bar: the weather code could not be loaded.', error);
    } finally {
      this.weatherLoading = undefined;
    }
  }

  private weatherUrl(view: WeatherView): string | undefined {
    try {
      return view.weatherUrl(this.weatherSrc, this.latitude, this.longitude, this.unit);
    } catch (error) {
      const place = `${this.latitude},${this.longitude}`;
      if (place !== this.warnedPlace) console.warn(`news-header-bar: ${(error as Error).message}`);
      this.warnedPlace = place;
      return undefined;
    }
  }

  private get wantsWeather(): boolean {
    return !!(this.weather || this.weatherSrc || (typeof this.latitude === 'number' && typeof this.longitude === 'number'));
  }

  private get unit(): TemperatureUnit {
    return this.units === 'fahrenheit' ? 'fahrenheit' : 'celsius';
  }

  private readonly handleSlotChange = (event: Event) => {
    const slot = event.target as HTMLSlotElement;
    this.filled = {...this.filled, [slot.name]: slot.assignedNodes({flatten: true}).length > 0};
  };

  override render() {
    if (!this.view) return nothing;
    const now = Date.now();
    return this.view.renderHeaderBar({
      dir: this.locale.dir,
      lang: this.locale.lang,
      day: dayIn(now, this.zone),
      dayText: formatDay(now, this.locale.tag, this.zone),
      weather: this.weatherView?.renderWeather(this.loader?.weather, this.unit, this.locale.tag, this.city?.trim()),
      // Until the first answer (or failure), the weather's room is kept: no layout shift.
      weatherPending: this.wantsWeather && !this.loader?.weather && !this.loader?.error,
      filled: this.filled,
      onSlotChange: this.handleSlotChange,
    });
  }
}
