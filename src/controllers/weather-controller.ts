import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {loadWeather, WeatherError, type Weather} from '../core/weather.js';

export interface WeatherSource {
  /** Where to load the weather from; nothing is loaded without it. */
  url?: string;
  /** Weather given directly; wins over `url`. */
  weather?: Weather;
  /** Seconds between loads; 0 = load once. */
  refresh: number;
}

export interface WeatherCallbacks {
  onLoad(weather: Weather): void;
  onError(error: WeatherError): void;
}

/**
 * Loads the current weather and keeps it fresh: reloads every `refresh` seconds, waits
 * while the page is hidden (and catches up when it shows again), forgets the weather when a
 * load fails and tries again at the next interval, and stops everything on disconnect.
 */
export class WeatherController implements ReactiveController {
  /** The weather to show; undefined while loading, after a failure, or with no source. */
  weather?: Weather;
  error?: WeatherError;

  private url?: string;
  private refresh = 0;
  private request?: AbortController;
  private timer?: ReturnType<typeof setTimeout>;
  private lastLoad = -Infinity;
  private connected = false;
  private readonly onVisibility = () => {
    if (!document.hidden && this.url && this.timer === undefined && !this.request) this.catchUp();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: WeatherCallbacks,
  ) {
    host.addController(this);
  }

  /** Call from the host's `willUpdate` with its current inputs. */
  sync({url, weather, refresh}: WeatherSource): void {
    const refreshChanged = refresh !== this.refresh;
    this.refresh = refresh;
    if (weather) {
      this.stop();
      this.url = undefined;
      this.weather = weather;
      this.error = undefined;
      return;
    }
    if (url !== this.url) {
      this.stop();
      this.url = url;
      this.weather = this.error = undefined;
      this.lastLoad = -Infinity;
      if (url && this.connected) this.catchUp();
    } else if (refreshChanged && this.url && this.connected && !this.request) {
      this.schedule();
    }
  }

  hostConnected(): void {
    this.connected = true;
    document.addEventListener('visibilitychange', this.onVisibility);
    if (this.url) this.catchUp();
  }

  hostDisconnected(): void {
    this.connected = false;
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.stop();
  }

  /** Loads now if the last load is older than the interval (or never happened), else waits for the rest of it. */
  private catchUp() {
    const age = Date.now() - this.lastLoad;
    if (this.refresh > 0 && age < this.refresh * 1000) this.schedule(this.refresh * 1000 - age);
    else if (this.refresh > 0 || this.lastLoad === -Infinity) void this.load();
  }

  private schedule(delay = this.refresh * 1000) {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.refresh <= 0 || !this.url || !this.connected) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      // A hidden page waits; the visibility listener loads when it shows again.
      if (!document.hidden) void this.load();
    }, delay);
  }

  private stop() {
    this.request?.abort();
    this.request = undefined;
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async load() {
    const url = this.url!;
    this.request?.abort();
    const request = (this.request = new AbortController());
    try {
      const weather = await loadWeather(url, {signal: request.signal});
      if (request.signal.aborted) return;
      this.lastLoad = Date.now();
      this.weather = weather;
      this.error = undefined;
      this.callbacks.onLoad(weather);
    } catch (error) {
      if (request.signal.aborted) return;
      this.lastLoad = Date.now();
      // Old weather shown as current would mislead more than none.
      this.weather = undefined;
      this.error = error instanceof WeatherError ? error : new WeatherError('format', `The weather at ${url} could not be read (${String(error)}).`, url, {cause: error});
      this.callbacks.onError(this.error);
    } finally {
      if (this.request === request) {
        this.request = undefined;
        this.schedule();
        this.host.requestUpdate();
      }
    }
  }
}
