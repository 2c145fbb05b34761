/**
 * The network half of `loadFeed`: one shared request per URL, a timeout, retries with
 * backoff, aborting. Loaded on the first request a page makes (or with the first list
 * element's view), so pages without feed elements do not download it until they ask.
 */
import {FeedError, parseFeedText, type NewsFeed} from './feed.js';
import {storeFeed} from './cache.js';
import {DEFAULT_TIMEOUT, type LoadFeedOptions} from './load.js';
import {safeUrl} from './text.js';
import {anySignal} from './signals.js';

interface InFlight {
  promise: Promise<NewsFeed>;
  controller: AbortController;
  waiting: number;
}

// Keyed by absolute URL; an entry lives only while its request is under way.
const inFlight = new Map<string, InFlight>();

/** Fetches `href` (absolute), or joins the request for it already under way; see `loadFeed`. */
export function fetchFeed(href: string, options: LoadFeedOptions): Promise<NewsFeed> {
  const {signal} = options;
  if (signal?.aborted) return Promise.reject(signal.reason);
  let entry = inFlight.get(href);
  // An entry whose callers all aborted is dead even before its promise settles.
  if (!entry || entry.controller.signal.aborted) {
    const controller = new AbortController();
    const promise = withRetries(href, controller.signal, options)
      .then((feed) => (storeFeed(href, feed), feed))
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

/** Network errors and server errors may pass; a 4xx, a timeout or an unreadable feed will not. */
const retryable = (error: unknown) => error instanceof FeedError && (error.kind === 'network' || (error.kind === 'http' && error.status! >= 500));

async function withRetries(href: string, signal: AbortSignal, {timeout = DEFAULT_TIMEOUT, retries = 2, retryDelay = 1_000}: LoadFeedOptions): Promise<NewsFeed> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await request(href, signal, timeout, attempt > 0);
    } catch (error) {
      if (signal.aborted || attempt >= retries || !retryable(error)) throw error;
      // Exponential backoff with jitter, so many readers of one failing server do not retry in step.
      await sleep(retryDelay * 2 ** attempt * (0.75 + Math.random() / 2), signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => (done(), reject(signal.reason));
    const timer = setTimeout(() => (done(), resolve()), ms);
    signal.addEventListener('abort', onAbort, {once: true});
  });
}

/** The `rel="next"` target of an HTTP `Link` header (WordPress paginates this way). */
function nextFromLink(header: string | null, base: string): string | undefined {
  const match = header?.match(/<([^>]*)>\s*;[^,]*\brel="?next\b/i);
  return match ? safeUrl(match[1], base) : undefined;
}

async function request(href: string, signal: AbortSignal, timeout: number, retry: boolean): Promise<NewsFeed> {
  // A timer of our own rather than AbortSignal.timeout(), so it is cleared, not left running.
  const timer = new AbortController();
  const timeoutId = setTimeout(() => timer.abort(), timeout);
  let response: Response;
  let body: string;
  try {
    response = await fetch(href, {
      signal: anySignal([signal, timer.signal]),
      // A retry asks the server again rather than the browser's cache.
      cache: retry ? 'no-cache' : 'default',
      headers: {Accept: 'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.8, */*;q=0.5'},
    });
    body = response.ok ? await response.text() : '';
  } catch (cause) {
    if (signal.aborted) throw signal.reason;
    if (timer.signal.aborted) {
      throw new FeedError('timeout', `The feed at ${href} did not answer within ${Math.round(timeout / 1000)} s.`, {url: href, cause});
    }
    throw new FeedError(
      'network',
      `Could not reach the feed at ${href}. Check the address, the connection, and that the server allows cross-origin requests (CORS).`,
      {url: href, cause},
    );
  } finally {
    clearTimeout(timeoutId);
  }
  if (!response.ok) {
    throw new FeedError('http', `The feed at ${href} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.`, {
      url: href,
      status: response.status,
    });
  }
  const base = response.url || href;
  const feed = await parseFeedText(body, base);
  if (signal.aborted) throw signal.reason;
  return feed.nextUrl ? feed : {...feed, nextUrl: nextFromLink(response.headers.get('Link'), base)};
}
