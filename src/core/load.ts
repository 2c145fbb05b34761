/**
 * Fetching feeds: a timeout, aborting, and one shared request per URL on a page.
 */
import {FeedError, parseFeed, type NewsFeed} from './feed.js';

export interface LoadFeedOptions {
  /** Aborts this caller's wait; the request itself stops once every caller has aborted. */
  signal?: AbortSignal;
  /** Milliseconds before the request gives up (default 15 000). */
  timeout?: number;
  /**
   * Accept the last result already loaded for this URL on this page instead of fetching
   * again (elements set it for their first load, so two elements with one URL make one
   * request; a refresh or Retry leaves it off).
   */
  reuse?: boolean;
}

/** Default time a feed request may take before it fails with a `timeout` error. */
export const DEFAULT_TIMEOUT = 15_000;

interface InFlight {
  promise: Promise<NewsFeed>;
  controller: AbortController;
  waiting: number;
}

// Keyed by absolute URL; an entry lives only while its request is under way.
const inFlight = new Map<string, InFlight>();
// The last feed loaded from each URL on this page, for `reuse`.
const loaded = new Map<string, NewsFeed>();

/**
 * Loads and parses the feed at `url`. Callers asking for the same URL while a request is
 * under way share it.
 * @throws {FeedError} on network failure, timeout, HTTP error status or an unreadable feed;
 *   a `DOMException` named `AbortError` when `signal` aborts.
 */
export function loadFeed(url: string | URL, {signal, timeout = DEFAULT_TIMEOUT, reuse = false}: LoadFeedOptions = {}): Promise<NewsFeed> {
  const href = new URL(url, globalThis.location?.href).href;
  if (signal?.aborted) return Promise.reject(signal.reason);
  const known = reuse ? loaded.get(href) : undefined;
  if (known) return Promise.resolve(known);
  let entry = inFlight.get(href);
  // An entry whose callers all aborted is dead even before its promise settles.
  if (!entry || entry.controller.signal.aborted) {
    const controller = new AbortController();
    const promise = request(href, controller.signal, timeout)
      .then((feed) => (loaded.set(href, feed), feed))
      .finally(() => {
        if (inFlight.get(href) === created) inFlight.delete(href);
      });
    const created: InFlight = {promise, controller, waiting: 0};
    inFlight.set(href, (entry = created));
  }
  return share(entry, signal);
}

function share(entry: InFlight, signal?: AbortSignal): Promise<NewsFeed> {
  entry.waiting++;
  if (!signal) return entry.promise;
  return new Promise<NewsFeed>((resolve, reject) => {
    const onAbort = () => {
      if (--entry.waiting === 0) entry.controller.abort(signal.reason);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, {once: true});
    entry.promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function request(href: string, signal: AbortSignal, timeout: number): Promise<NewsFeed> {
  const timer = AbortSignal.timeout(timeout);
  let response: Response;
  let body: string;
  try {
    response = await fetch(href, {
      signal: AbortSignal.any([signal, timer]),
      headers: {Accept: 'application/feed+json, application/json;q=0.9, */*;q=0.5'},
    });
    body = response.ok ? await response.text() : '';
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    if (timer.aborted) {
      throw new FeedError('timeout', `The feed at ${href} did not answer within ${Math.round(timeout / 1000)} s.`, {url: href, cause});
    }
    throw new FeedError(
      'network',
      `Could not reach the feed at ${href}. Check the address, the connection, and that the server allows cross-origin requests (CORS).`,
      {url: href, cause},
    );
  }
  if (!response.ok) {
    throw new FeedError('http', `The feed at ${href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, {
      url: href,
      status: response.status,
    });
  }
  return parseFeed(body, response.url || href);
}
