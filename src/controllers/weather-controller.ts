import type {ReactiveControllerHost} from 'lit';
import {loadWeather, WeatherError, type Weather} from '../core/weather.js';
import {readingLimit} from '../core/read-body.js';
import {LatestRequest} from './latest-request.js';
import {VisibleTimer} from './visible-timer.js';

interface WeatherInputs {
  /** Where to load the weather from; nothing is loaded without it. */
  url?: string;
  /** Weather given directly; wins over `url`. */
  weather?: Weather;
  /** Seconds between loads; 0 = load once. */
  refresh: number;
  /** Most bytes read from an answer; not a positive number = the default. */
  maxBytes?: number;
}

interface WeatherCallbacks {
  onLoad(weather: Weather): void;
  onError(error: WeatherError): void;
}

/** After a failed load, the first wait before trying again; each failure in a row doubles it. */
const RETRY_MS = 30_000;
/** The longest wait between tries after failures, when the weather is loaded only once. */
const LONGEST_RETRY_MS = 30 * 60_000;
/** How long a reading stays shown through failed refreshes, from its load: past it, old weather shown as current would mislead more than none. */
const KEEP_MS = 60 * 60_000;

/**
 * Loads the current weather and keeps it fresh: reloads every `refresh` seconds while the
 * host is connected and the page visible (catching up when it shows again), keeps a reading
 * through failed refreshes for an hour from its load (a server's error or a network blip does
 * not blank a fresh reading) and forgets it after, and after a failure tries again soon (30 s, then twice as long after each failure
 * in a row, never later than the next interval: a network down at page load, or as a laptop
 * wakes, does not hide the weather for half an hour, nor for good with `refresh` 0), and aborts
 * its request on disconnect. Nothing is requested before the host is connected (nor on a server). Bars
 * asking for the same weather at the same time share one request (`loadWeather`).
 */
export class WeatherController {
  /** The weather to show; undefined while loading, after a failure, or with no source. */
  weather?: Weather;

  private url?: string;
  private maxBytes?: number;
  private refresh = 0;
  private lastLoad = -Infinity;
  /** When the weather shown was loaded. */
  private loadedAt = -Infinity;
  /** Failed loads in a row. */
  private failures = 0;
  private readonly request: LatestRequest;
  private readonly timer: VisibleTimer;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: WeatherCallbacks,
  ) {
    this.request = new LatestRequest(host);
    this.timer = new VisibleTimer(() => this.due(), () => void this.load(), host);
  }

  /** Call from the host's `willUpdate` with its current inputs. */
  sync({url, weather, refresh, maxBytes}: WeatherInputs): void {
    this.refresh = refresh;
    const limit = readingLimit(maxBytes);
    if (weather) {
      this.request.abort();
      this.url = undefined;
      this.weather = weather;
    } else if (url !== this.url || limit !== this.maxBytes) {
      this.request.abort();
      this.url = url;
      this.maxBytes = limit;
      this.weather = undefined;
      this.lastLoad = -Infinity;
      this.failures = 0;
    }
    this.timer.update();
  }

  /** When the next load is due: at once the first time, then every `refresh` seconds, or sooner after a failure; never while one is under way. */
  private due(): number | undefined {
    if (!this.url || this.request.pending) return undefined;
    if (this.lastLoad === -Infinity) return 0;
    const interval = this.refresh > 0 ? this.refresh * 1000 : undefined;
    const wait = this.failures ? Math.min(RETRY_MS * 2 ** (this.failures - 1), interval ?? LONGEST_RETRY_MS) : interval;
    return wait === undefined ? undefined : this.lastLoad + wait;
  }

  private async load() {
    const url = this.url!;
    // Aborted (a new source, a disconnection): whoever aborted has set things straight.
    await this.request.run(
      (signal) => loadWeather(url, {signal, maxBytes: this.maxBytes}),
      (result) => {
        this.lastLoad = Date.now();
        this.failures = 'value' in result ? 0 : this.failures + 1;
        if ('value' in result) {
          this.loadedAt = this.lastLoad;
          this.weather = result.value;
          this.callbacks.onLoad(result.value);
        } else {
          const {error} = result;
          if (this.lastLoad - this.loadedAt > KEEP_MS) this.weather = undefined;
          this.callbacks.onError(error instanceof WeatherError ? error : new WeatherError('format', `The weather at ${url} could not be read (${String(error)}).`, url, {cause: error}));
        }
        this.timer.update();
        this.host.requestUpdate();
      },
    );
  }
}
