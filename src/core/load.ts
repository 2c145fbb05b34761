/**
 * Fetching feeds: a timeout, reading limits, retries with backoff, aborting, one shared request per URL on
 * a page, and the feed cache. The network code (`fetch-feed.ts`) loads on the first request.
 */
import {FeedError, type NewsFeed} from './read-feed.js';
import {REUSE_FOR_MS, cachedFeed} from './cache.js';
import {feedKey, type LoadFeedOptions} from './load-options.js';
import {claimEarly, sharesEarly} from './early-request.js';
import {pageBase} from './page.js';

export {DEFAULT_TIMEOUT} from './load-options.js';
export type {LoadFeedOptions} from './load-options.js';

let network: Promise<typeof import('./fetch-feed.js')> | undefined;

/**
 * Loads and parses the feed at `url` (JSON Feed, RSS, Atom or WordPress posts, detected
 * from the content) and stores it in the feed cache (unless `store` is false). Callers asking for the same URL, under
 * the same reading limits, while a request is under way share it.
 * @throws {FeedError} on network failure, timeout, HTTP error status or an unreadable feed
 *   (rejects: it never throws at the call), `network` too for a `url` that is no URL (in
 *   Node, where no page gives a base, a relative one) and for an address fetch never reads
 *   (`ftp:`, `file:`, `javascript:`…; `data:`, `blob:` and an app's own scheme are read);
 *   `signal`'s reason when it aborts (a `DOMException` named `AbortError` for `abort()`, a
 *   `TimeoutError` for `AbortSignal.timeout()`).
 */
export function loadFeed(url: string | URL, options: LoadFeedOptions = {}): Promise<NewsFeed> {
  const {signal, reuse = false} = options;
  let href: string;
  try {
    href = new URL(url, pageBase()).href;
  } catch (cause) {
    // Outside a browser there is no page to resolve a relative URL against.
    return Promise.reject(new FeedError('network', `"${url}" is not a URL${globalThis.location ? '' : ' (in Node, give an absolute one)'}.`, {url: String(url), cause}));
  }
  if (signal?.aborted) return Promise.reject(signal.reason);
  // A scheme fetch never reads failed only after two retries and a probe. An app's own
  // (capacitor:, chrome-extension:, app:) is its page's, which fetch does read.
  if (/^(ftp|file|javascript|mailto|tel|about|wss?):/.test(href)) return Promise.reject(new FeedError('network', `"${href}" is no address fetch reads: give an http: or https: one.`, {url: href}));
  const known = reuse ? cachedFeed(feedKey(href, options)) : undefined;
  if (known?.fresh && Date.now() - known.savedAt < REUSE_FOR_MS) return Promise.resolve(known.feed);
  if (sharesEarly(options)) claimEarly(href, signal);
  network ??= import('./fetch-feed.js');
  return network.then(
    ({fetchFeed}) => fetchFeed(href, options),
    (cause) => {
      network = undefined;
      throw new FeedError('network', `Could not load the network code of news-widgets (${String(cause)}).`, {url: href, cause});
    },
  );
}
