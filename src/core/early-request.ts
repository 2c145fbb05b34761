/**
 * Feed requests the CDN loader starts before a feed element's code has arrived: the request
 * runs side by side with the code, and the element's network code (`fetch-feed.ts`) takes
 * it up as its first attempt when it asks for the same URL. A request nobody takes up is
 * the loader's to abort (`dropEarly`), so none runs on to its end or its time-out for an
 * element that has gone.
 */

/** What every feed request accepts: feed formats first, anything last (servers mislabel feeds). */
export const FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.8, */*;q=0.5';

// Its shape is shared by every copy of the library on a page: keep it as it is.
interface Early {
  response: Promise<Response>;
  controller: AbortController;
  /** Asked for by an element whose network code is still on its way: the loader leaves it be. */
  claimed?: boolean;
}

// Keyed by absolute URL; an entry lives until it is taken up or dropped. One map per page, on
// `globalThis`: with two copies of the library (a CDN loader beside an app bundle that defines
// the elements), the element of one copy takes up the request the other copy's loader started.
const EARLY = Symbol.for('news-widgets.early-requests');
const early: Map<string, Early> = ((globalThis as {[EARLY]?: Map<string, Early>})[EARLY] ??= new Map());

/**
 * Whether a call with these options may take up or claim an early request: those go with the
 * default credentials, so a call that asks for others makes its own and leaves them be.
 */
export const sharesEarly = (options: {credentials?: RequestCredentials}) => !options.credentials;

/** Starts the request for `href` (absolute) unless one is waiting already. */
export function startEarly(href: string): void {
  if (early.has(href)) return;
  const controller = new AbortController();
  const response = fetch(href, {signal: controller.signal, headers: {Accept: FEED_ACCEPT}});
  // Its failure is reported by whoever takes it up; a dropped one fails unheard.
  response.catch(() => undefined);
  early.set(href, {response, controller});
}

/** The early request for `href`, if one is waiting: it is then the caller's, and `signal` aborts it. */
export function takeEarly(href: string, signal: AbortSignal): Promise<Response> | undefined {
  const entry = early.get(href);
  if (!entry) return undefined;
  early.delete(href);
  const abort = () => entry.controller.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener('abort', abort, {once: true});
  return entry.response;
}

/**
 * Marks the early request for `href`, if one is waiting, as wanted: `loadFeed` claims it at
 * the call, as its network code may still be loading (another copy's element may be slower to
 * get there than the loader's copy of it). `signal` aborting before it is taken up drops it.
 */
export function claimEarly(href: string, signal?: AbortSignal): void {
  const entry = early.get(href);
  if (!entry || entry.claimed) return;
  entry.claimed = true;
  // Taken up with an aborted signal, it is aborted.
  signal?.addEventListener('abort', () => early.get(href) === entry && takeEarly(href, signal), {once: true});
}

/**
 * Aborts the early request for `href` if nobody has taken it up or, unless `claimed`, claimed
 * it (a claimant that joined a request for `href` already under way lets go of it so).
 */
export function dropEarly(href: string, claimed = false): void {
  const entry = early.get(href);
  if (!entry || (entry.claimed && !claimed)) return;
  early.delete(href);
  entry.controller.abort();
}
