/**
 * The weather's error, apart from the weather code (which loads with `<news-header-bar>`), so
 * `news-widgets` exports the class for `instanceof` without loading that code.
 * @module
 */

/**
 * What went wrong; `limit` is an answer past `maxBytes` or nested too deep, `stale` a reading more
 * than 3 hours old (a cache or proxy serving an old answer).
 */
export type WeatherErrorKind = 'network' | 'timeout' | 'http' | 'format' | 'limit' | 'stale';

/** Why the weather could not be loaded; `message` is for the page owner. */
export class WeatherError extends Error {
  override name = 'WeatherError';
  /** The HTTP status of an `http` error (404, 503…), as `FeedError`'s `status`. */
  readonly status?: number;
  constructor(
    readonly kind: WeatherErrorKind,
    message: string,
    readonly url?: string,
    // ErrorOptions spelt out: that type is in TypeScript's lib from ES2022 only, and a page
    // checked against an older one reads these typings too.
    options?: {cause?: unknown; status?: number},
  ) {
    super(message, options);
    this.status = options?.status;
  }
}
