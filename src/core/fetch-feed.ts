/**
 * The network half of `loadFeed`: one shared request per URL and reading limits, a timeout,
 * bounded reading, retries with backoff that honour `Retry-After` and never repeat a refusal,
 * aborting. Loaded on the first request a page makes (in the CDN build, with the chunks of
 * `<news-feed>` and `<news-related>`, which carry it), so a page without feed elements does
 * not download it until it asks.
 */
import {FeedError, parseFeedText, type NewsFeed} from './read-feed.js';
import {storeFeed} from './cache.js';
import {DEFAULT_TIMEOUT, answeredAt, feedKey, limitsOf, type LoadFeedOptions} from './load-options.js';
import {sharedRequests} from './shared-requests.js';
import {LateAnswer, ReadLimitError, fetchBody} from './read-body.js';
import {safeUrl} from './url.js';
import {languageTag, withLanguage} from './formats/fields.js';
import {FEED_ACCEPT, dropEarly, sharesEarly, takeEarly} from './early-request.js';

// One request per URL and reading limits; the last caller letting go aborts it.
const join = sharedRequests<NewsFeed>();

/** Fetches `href` (absolute), or joins the request for it already under way; see `loadFeed`. */
export function fetchFeed(href: string, options: LoadFeedOptions): Promise<NewsFeed> {
  const key = feedKey(href, options);
  let started = false;
  const feed = join(key, options.signal, async (signal) => {
    started = true;
    const loaded = await withRetries(href, signal, options);
    // The caller that started the request decides (`store` is no part of the key): a next page
    // that is also another list's first page, joined, is stored as that list asked.
    if (options.store !== false) storeFeed(key, loaded);
    return loaded;
  });
  // Joined a request under way: the loader's early one for `href`, claimed for this call, would
  // stay in the page's map, answered, to be handed to the next request as a new answer.
  if (!started) dropEarly(href, true);
  return feed;
}

/**
 * How long to wait before asking again after `error`, or undefined when asking again is
 * pointless or rude: 4xx (except a 429 that says when), timeouts, unreadable feeds,
 * refusals (CORS, redirect loops), and a `Retry-After` longer than the timeout.
 */
function retryWait(error: unknown, backoff: number, timeout: number): number | undefined {
  if (!(error instanceof FeedError) || finalErrors.has(error)) return undefined;
  if (error.kind === 'network') return backoff;
  if (error.kind !== 'http') return undefined;
  const retryAfter = retryAfters.get(error);
  if (retryAfter !== undefined) return retryAfter > timeout ? undefined : Math.max(backoff, retryAfter);
  return error.status! >= 500 ? backoff : undefined;
}
// What request() learnt about an error that the retry loop needs, kept off the public object.
const retryAfters = new WeakMap<FeedError, number>();
const finalErrors = new WeakSet<FeedError>();
const probedErrors = new WeakSet<FeedError>();

async function withRetries(href: string, signal: AbortSignal, options: LoadFeedOptions): Promise<NewsFeed> {
  const {timeout = DEFAULT_TIMEOUT, retries = 2, retryDelay = 1_000} = options;
  for (let attempt = 0; ; attempt++) {
    try {
      return await request(href, signal, options, attempt > 0);
    } catch (error) {
      if (probedErrors.has(error as FeedError)) attempt++;
      if (signal.aborted || attempt >= retries) throw error;
      // Exponential backoff with jitter, so many readers of one failing server do not retry in step.
      const wait = retryWait(error, retryDelay * 2 ** attempt * (0.75 + Math.random() / 2), timeout);
      if (wait === undefined) throw error;
      await sleep(wait, signal);
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

/** Milliseconds a `Retry-After` header asks to wait (delay in seconds, or an HTTP date), or undefined. */
function retryAfterMs(header: string | null): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1_000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * The `rel="next"` target of an HTTP `Link` header (WordPress paginates this way). Read link
 * by link, each with a pattern anchored at its start: one pattern over the whole header tried
 * again from every `<`, quadratic, held the page for seconds on a 200 KB header.
 */
function nextFromLink(header: string | null, base: string): string | undefined {
  for (const link of header?.split(/,\s*(?=<)/) ?? []) {
    const match = /^\s*<([^>]*)>\s*;[^,]*\brel="?next\b/i.exec(link);
    if (match) return safeUrl(match[1], base);
  }
  return undefined;
}

/**
 * Why a request that failed without an answer failed, asked once of the server with an
 * opaque request, which CORS does not block. Same-origin, its redirects are not followed:
 * an answer means the failure was passing, a redirect that the redirects led nowhere (a
 * loop, too many). Cross-origin (where the browser follows redirects even then): an answer
 * means CORS refused the real one. `unreachable` means the probe failed too; cross-origin
 * it then cost a full request, so it counts as one of the retries. Without a page (a server's
 * `fetch`, in Node) there is no CORS and no probe: the error says itself when the redirects
 * went round (undici's "redirect count exceeded"); a redirect to a server that is down is a
 * passing failure, as any unreachable one.
 */
async function refusal(href: string, signal: AbortSignal, cause: unknown, credentials?: RequestCredentials): Promise<'cors' | 'redirect' | 'unreachable' | undefined> {
  const page = globalThis.location?.origin;
  if (!page) return /redirect count/i.test(String((cause as {cause?: unknown} | undefined)?.cause)) ? 'redirect' : undefined;
  const sameOrigin = new URL(href).origin === page;
  try {
    const probe = await fetch(href, {mode: 'no-cors', redirect: sameOrigin ? 'manual' : 'follow', cache: 'no-store', credentials, signal});
    void probe.body?.cancel().catch(() => {});
    return probe.type === 'opaqueredirect' ? 'redirect' : probe.type === 'opaque' ? 'cors' : undefined;
  } catch {
    return sameOrigin ? undefined : 'unreachable';
  }
}

function unreachable(href: string, cause: unknown, refused: 'cors' | 'redirect' | 'unreachable' | undefined): FeedError {
  // Only a page's requests are subject to CORS.
  const page = !!globalThis.location;
  const message = {
    cors: `The feed at ${href} answered, but its server does not allow this page to read it (CORS: no Access-Control-Allow-Origin for this origin).`,
    redirect: `The feed at ${href} redirects in a loop, too many times${page ? ', or to a server that does not allow this page to read it (CORS)' : ''}.`,
    none: `Could not reach the feed at ${href}. Check the address, the connection${page ? ', and that the server allows cross-origin requests (CORS)' : ''}.`,
  }[refused === 'unreachable' || !refused ? 'none' : refused];
  const error = new FeedError('network', message, {url: href, cause});
  if (refused === 'unreachable') probedErrors.add(error);
  else if (refused) finalErrors.add(error);
  return error;
}

function httpError(href: string, response: Response, timeout: number): FeedError {
  const {status, statusText} = response;
  const retryAfter = status === 429 || status >= 500 ? retryAfterMs(response.headers.get('Retry-After')) : undefined;
  const wait = retryAfter === undefined ? '' : retryAfter > timeout ? ` and asked to wait ${Math.ceil(retryAfter / 1000)} s before asking again` : '';
  const error = new FeedError('http', `The feed at ${href} answered HTTP ${status}${statusText ? ` ${statusText}` : ''}${wait}.`, {url: href, status});
  if (retryAfter !== undefined) retryAfters.set(error, retryAfter);
  return error;
}

async function request(href: string, signal: AbortSignal, options: LoadFeedOptions, retry: boolean): Promise<NewsFeed> {
  const {timeout = DEFAULT_TIMEOUT} = options;
  const {maxBytes, maxDepth, maxItems} = limitsOf(options);
  const start = async (attempt: AbortSignal) => {
    try {
      // A first attempt takes up the request the CDN loader started for this URL, if any.
      return await ((!retry && sharesEarly(options) && takeEarly(href, attempt)) ||
        fetch(href, {
          signal: attempt,
          credentials: options.credentials,
          // A retry asks the server again rather than the browser's cache.
          cache: retry ? 'no-cache' : 'default',
          headers: {Accept: FEED_ACCEPT},
        }));
    } catch (cause) {
      if (attempt.aborted) throw cause;
      // Asked within the attempt's time, as the request was.
      throw unreachable(href, cause, await refusal(href, attempt, cause, options.credentials));
    }
  };
  const {response, bytes} = await fetchBody(signal, timeout, maxBytes, start).catch((cause: unknown) => {
    if (cause instanceof LateAnswer) throw new FeedError('timeout', `The feed at ${href} ${cause.message}.`, {url: href, cause: cause.cause});
    if (cause instanceof ReadLimitError) throw tooLarge(href, cause);
    // The answer broke off while its body arrived (a dropped connection): worth asking again.
    throw signal.aborted || cause instanceof FeedError ? cause : new FeedError('network', `The feed at ${href} broke off while it was arriving.`, {url: href, cause});
  });
  if (!bytes) throw httpError(href, response, timeout);
  const base = response.url || href;
  // Bytes to text as browsers and feed readers do: BOM, HTTP charset, XML declaration (decoding
  // and parsing a large answer each take a task of their own, each a few ms a megabyte).
  // Relative links in the document resolve against where the server says it lives (Content-Location).
  // A feed that names no language is in the one Content-Language names (a list of several names none).
  // JSON nested past maxDepth is refused before it is parsed, in the same scan that finds the items past the cap.
  const parsed = await parseFeedText(bytes, safeUrl(response.headers.get('Content-Location'), base) ?? base, {
    maxItems,
    maxLength: maxBytes,
    maxDepth,
    signal,
    contentType: response.headers.get('Content-Type'),
  }).catch((error: unknown) => {
    throw error instanceof FeedError && error.cause instanceof ReadLimitError ? tooLarge(href, error.cause) : error;
  });
  const feed = withLanguage(parsed, languageTag(response.headers.get('Content-Language')));
  if (signal.aborted) throw signal.reason;
  const read = feed.nextUrl ? feed : {...feed, nextUrl: nextFromLink(response.headers.get('Link'), base)};
  answeredAt.set(read, base);
  return read;
}

function tooLarge(href: string, cause: ReadLimitError): FeedError {
  const [attribute, option] = cause.limit === 'bytes' ? ['max-bytes', 'maxBytes'] : ['max-depth', 'maxDepth'];
  return new FeedError('limit', `The feed at ${href} is ${cause.message}, past the reading limit (raise it with the element's ${attribute} attribute, or the ${option} option of loadFeed).`, {
    url: href,
    cause,
  });
}
