/**
 * Fetching feeds: a timeout, reading limits, retries with backoff, aborting, one shared request per URL on
 * a page, and the feed cache. The network code (`fetch-feed.ts`) loads on the first request.
 */
import {FeedError, type NewsFeed} from './feed.js';
import {cachedFeed} from './cache.js';

export interface LoadFeedOptions {
  /** Aborts this caller's wait; the request itself stops once every caller has aborted. */
  signal?: AbortSignal;
  /** Milliseconds each attempt may take before it fails with a `timeout` error (default 15 000). */
  timeout?: number;
  /**
   * Accept the feed already loaded from this URL by this page instead of fetching again
   * (elements set it for their first load, so two elements with one URL make one request;
   * a refresh or Retry leaves it off).
   */
  reuse?: boolean;
  /**
   * Further attempts after a network error or a 5xx status (default 2). Never after a 4xx, a
   * CORS refusal or a redirect loop; after a 429 or 5xx with `Retry-After`, not before that
   * time, and not at all when it is longer than `timeout`.
   */
  retries?: number;
  /** Milliseconds before the first retry; each next one waits twice as long (default 1 000). */
  retryDelay?: number;
  /**
   * Most bytes read from the answer (default 2 MiB): reading stops there
   * and the load fails with a `limit` error, so a huge or endless answer cannot fill memory.
   */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON answer (default 64); deeper fails with a `limit` error before parsing. */
  maxDepth?: number;
}

/** Default time a feed request may take before it fails with a `timeout` error. */
export const DEFAULT_TIMEOUT = 15_000;

let network: Promise<typeof import('./fetch-feed.js')> | undefined;

/**
 * Loads and parses the feed at `url` (JSON Feed, RSS, Atom or WordPress posts, detected
 * from the content) and stores it in the feed cache. Callers asking for the same URL while a
 * request is under way share it.
 * @throws {FeedError} on network failure, timeout, HTTP error status or an unreadable feed;
 *   a `DOMException` named `AbortError` when `signal` aborts.
 */
export function loadFeed(url: string | URL, options: LoadFeedOptions = {}): Promise<NewsFeed> {
  const {signal, reuse = false} = options;
  const href = new URL(url, globalThis.location?.href).href;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const known = reuse ? cachedFeed(href) : undefined;
  if (known?.fresh) return Promise.resolve(known.feed);
  network ??= import('./fetch-feed.js');
  return network.then(
    ({fetchFeed}) => fetchFeed(href, options),
    (cause) => {
      network = undefined;
      throw new FeedError('network', `Could not load the network code of news-widgets (${String(cause)}).`, {url: href, cause});
    },
  );
}
