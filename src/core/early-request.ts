/**
 * Feed requests the CDN loader starts before a feed element's code has arrived: the request
 * runs side by side with the code, and the element's network code (`fetch-feed.ts`) takes
 * it up as its first attempt when it asks for the same URL. A request nobody takes up is
 * the loader's to abort (`dropEarly`), so none runs on to its end or its time-out for an
 * element that has gone.
 */

/** What every feed request accepts: feed formats first, anything last (servers mislabel feeds). */
export const FEED_ACCEPT = 'application/feed+json, application/json;q=0.9, application/atom+xml, application/rss+xml, application/xml;q=0.8, */*;q=0.5';

interface Early {
  response: Promise<Response>;
  controller: AbortController;
}

// Keyed by absolute URL; an entry lives until it is taken up or dropped.
const early = new Map<string, Early>();

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

/** Aborts the early request for `href` if nobody has taken it up. */
export function dropEarly(href: string): void {
  const entry = early.get(href);
  if (!entry) return;
  early.delete(href);
  entry.controller.abort();
}
