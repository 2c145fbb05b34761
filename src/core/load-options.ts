/**
 * The options of `loadFeed`, in a module of their own: both `load.ts` and the network code
 * it loads on demand (`fetch-feed.ts`) read them, and neither may import the other back.
 */
import {DEFAULT_MAX_BYTES, DEFAULT_MAX_DEPTH, readingLimit} from './read-body.js';
import {MAX_ITEMS} from './formats/fields.js';
import {itemCap} from './read-feed.js';

export interface LoadFeedOptions {
  /** Aborts this caller's wait; the request itself stops once every caller has aborted. */
  signal?: AbortSignal;
  /** Milliseconds each attempt may take before it fails with a `timeout` error (default 15 000). */
  timeout?: number;
  /**
   * Accept the feed this page loaded from this URL in the last 5 minutes instead of fetching
   * again (elements set it for their first load, so two elements with one URL make one
   * request; a refresh or Retry leaves it off).
   */
  reuse?: boolean;
  /**
   * Keep the feed in the feed cache, for `reuse` on this page and the next visit's first
   * screen (default true). `<news-feed>`'s "Load more" leaves it off for next pages: nothing
   * reads them back, and stored, they would push first pages out of the few the cache keeps.
   */
  store?: boolean;
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
   * Callers share a request, and the feed cache, only when they read under the same limits.
   */
  maxBytes?: number;
  /** Deepest nesting of arrays and objects in a JSON answer (default 64); deeper fails with a `limit` error before parsing. */
  maxDepth?: number;
  /**
   * Most items read from the feed (default 1 000): the rest is left unread, not an error.
   * Like the other limits, callers share a request and the cache only under the same one.
   */
  maxItems?: number;
  /**
   * Whether the request carries the reader's cookies, as `fetch`'s option of that name
   * (default `same-origin`: only to the page's own origin). `<news-feed>` follows a feed's
   * next page on another origin than the feed's with `omit`, so a feed from elsewhere cannot
   * make the reader's browser call this site's own addresses with the reader's cookies.
   * Callers share a request, and the feed cache, only with the same credentials.
   */
  credentials?: RequestCredentials;
}

/**
 * Where each feed `loadFeed` read answered from, after redirects (the `Response`'s `url`): the
 * origin whose cookies its next page may carry. The feed cache keeps it with the feed.
 */
export const answeredAt = new WeakMap<object, string>();

/** The reading limits of a feed request. */
export type FeedLimits = Pick<LoadFeedOptions, 'maxBytes' | 'maxDepth' | 'maxItems'>;

/**
 * What a feed is shared and cached under: its URL, and the limits it is read under unless
 * they are the defaults. A feed read under a raised limit is never handed to a caller that
 * asked for the default one, nor a refusal under a low limit to one that raised it.
 */
export function feedKey(href: string, options: FeedLimits & Pick<LoadFeedOptions, 'credentials'>): string {
  const {maxBytes, maxDepth, maxItems} = limitsOf(options);
  const {credentials = 'same-origin'} = options;
  // A space never occurs in a parsed URL, so no URL can pass for another one's key.
  const key = maxBytes === DEFAULT_MAX_BYTES && maxDepth === DEFAULT_MAX_DEPTH && maxItems === MAX_ITEMS ? href : `${href} ${maxBytes} ${maxDepth} ${maxItems}`;
  return credentials === 'same-origin' ? key : `${key} ${credentials}`;
}

/** The limits in effect: each one given as a positive number, else its default (a NaN never lifts a limit). */
export const limitsOf = ({maxBytes, maxDepth, maxItems}: FeedLimits) => ({
  maxBytes: readingLimit(maxBytes) ?? DEFAULT_MAX_BYTES,
  maxDepth: readingLimit(maxDepth) ?? DEFAULT_MAX_DEPTH,
  maxItems: itemCap(maxItems),
});

/** Default time a feed request may take before it fails with a `timeout` error. */
export const DEFAULT_TIMEOUT = 15_000;
