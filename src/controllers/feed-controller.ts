import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError, normalizeFeed, type NewsFeed} from '../core/feed.js';
import {cachedFeed} from '../core/cache.js';
import {loadFeed} from '../core/load.js';
import {pageBase} from '../core/page.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface FeedSource {
  /** URL template; `{lang}` becomes the catalog language. */
  src?: string;
  /** A feed given directly; wins over `src`. */
  feed?: NewsFeed;
  /** Catalog language for `{lang}`. */
  lang: string;
  /** Seconds between quiet re-fetches; 0 = never. */
  refresh: number;
}

export interface FeedCallbacks {
  onLoad(feed: NewsFeed): void;
  onError(error: FeedError): void;
}

/** `src` with `{lang}` filled in, resolved against the page. */
export function resolveSrc(src: string, lang: string): string {
  return new URL(src.replaceAll('{lang}', encodeURIComponent(lang)), pageBase()).href;
}

function asFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('format', `The feed at ${url} could not be read (${String(error)}).`, {url, cause: error});
}

/** One refresh timer per URL, shared by every element showing it, stopped while the page is hidden. */
interface Poll {
  controllers: Set<FeedController>;
  timer?: ReturnType<typeof setInterval>;
  every: number;
  last: number;
}
const polls = new Map<string, Poll>();

function tick(poll: Poll) {
  poll.last = Date.now();
  // Every element asks at once, so loadFeed's sharing makes it one request.
  for (const controller of poll.controllers) controller.refreshNow();
}

function startPoll(poll: Poll) {
  clearInterval(poll.timer);
  poll.timer = undefined;
  const every = Math.min(...[...poll.controllers].map((c) => c.refreshSeconds)) * 1000;
  if (!poll.controllers.size || document.hidden) return;
  poll.every = every;
  // Catch up at once when the page comes back after missing a refresh.
  if (Date.now() - poll.last >= every) tick(poll);
  poll.timer = setInterval(() => tick(poll), every);
}

function onVisibilityChange() {
  for (const poll of polls.values()) startPoll(poll);
}

function subscribe(url: string, controller: FeedController) {
  let poll = polls.get(url);
  if (!poll) {
    if (!polls.size) document.addEventListener('visibilitychange', onVisibilityChange);
    // A poll starts as if it had just run: the element has just loaded the feed.
    poll = {controllers: new Set(), every: 0, last: Date.now()};
    polls.set(url, poll);
  }
  poll.controllers.add(controller);
  startPoll(poll);
}

function unsubscribe(url: string, controller: FeedController) {
  const poll = polls.get(url);
  if (!poll?.controllers.delete(controller)) return;
  if (poll.controllers.size) return startPoll(poll);
  clearInterval(poll.timer);
  polls.delete(url);
  if (!polls.size) document.removeEventListener('visibilitychange', onVisibilityChange);
}

/**
 * Loads the feed an element shows: follows `src` and `feed`, aborts what is no longer
 * wanted (a new `src`, a disconnect), ignores stale responses, appends `next_url` pages,
 * shows a cached copy at once while it fetches a fresh one (stale-while-revalidate), and
 * re-fetches every `refresh` seconds while the page is visible, with one timer and one
 * request per URL for all elements on the page.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: NewsFeed;
  error?: FeedError;
  /** A `next_url` page is being fetched. */
  loadingMore = false;
  /** The last `next_url` page failed; the items already shown stay. */
  moreError?: FeedError;
  /** Counts changes of source (`src` URL or `feed` object), not refreshes or extra pages. */
  source = 0;

  private url?: string;
  private given?: NewsFeed;
  private refresh = 0;
  private request?: AbortController;
  private moreRequest?: AbortController;
  /** The URL and interval this controller polls with, while subscribed. */
  private polling?: {url: string; refresh: number};
  private interrupted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
  }

  /** The resolved URL being shown, if the feed comes from `src`. */
  get currentUrl(): string | undefined {
    return this.url;
  }

  /** Call from the host's `willUpdate` with its current inputs; starts whatever loading they need. */
  sync({src, feed, lang, refresh}: FeedSource): void {
    this.refresh = refresh;
    if (feed) {
      if (feed !== this.given) {
        this.cancel();
        this.source++;
        this.given = feed;
        this.url = undefined;
        // A page can hand over anything: check it against the model before it is rendered.
        this.show(normalizeFeed(feed));
      }
    } else {
      const url = src ? resolveSrc(src, lang) : undefined;
      if (this.given || url !== this.url) {
        this.given = undefined;
        this.source++;
        this.url = url;
        this.cancel();
        if (url) this.start(url);
        else Object.assign(this, {status: 'idle', feed: undefined, error: undefined});
      }
    }
    this.schedule();
  }

  /** Seconds between refreshes asked for by the host. */
  get refreshSeconds(): number {
    return this.refresh;
  }

  /** A poll tick: re-fetch quietly unless a request is already under way. */
  refreshNow(): void {
    if (!this.request) void this.reload(true);
  }

  /** Loads `src` again; `quiet` keeps the current items on screen (and on failure). */
  reload(quiet = false): Promise<void> {
    return this.url ? this.load(quiet) : Promise.resolve();
  }

  /** Fetches the `next_url` page and appends its new items. */
  async loadMore(): Promise<void> {
    const next = this.feed?.nextUrl;
    if (!next || this.loadingMore) return;
    const request = (this.moreRequest = new AbortController());
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    try {
      const page = await loadFeed(next, {signal: request.signal});
      const current = this.feed!;
      const known = new Set(current.items.map((item) => item.id));
      this.feed = {...current, nextUrl: page.nextUrl, items: [...current.items, ...page.items.filter((item) => !known.has(item.id))]};
    } catch (error) {
      if (request.signal.aborted) return;
      this.moreError = asFeedError(error, next);
      this.callbacks.onError(this.moreError);
    } finally {
      if (this.moreRequest === request) {
        this.loadingMore = false;
        this.moreRequest = undefined;
        this.host.requestUpdate();
      }
    }
  }

  hostConnected(): void {
    this.schedule();
    if (this.interrupted) {
      this.interrupted = false;
      void this.reload(this.status === 'ready');
    }
  }

  hostDisconnected(): void {
    this.interrupted = !!this.request;
    this.cancel();
    this.schedule();
  }

  /** First load of a URL: a cached copy shows at once; a copy from an earlier visit is then refreshed. */
  private start(url: string) {
    const cached = cachedFeed(url);
    if (cached) this.show(cached.feed);
    // A copy this page loaded is current: loadFeed hands it back without a request.
    void this.load(!!cached, true);
  }

  private show(feed: NewsFeed) {
    Object.assign(this, {status: 'ready', feed, error: undefined, moreError: undefined});
  }

  private cancel() {
    this.request?.abort();
    this.moreRequest?.abort();
    this.request = this.moreRequest = undefined;
    this.loadingMore = false;
  }

  /** Joins or leaves the shared poll for the current URL and `refresh`. */
  private schedule() {
    const url = this.refresh > 0 && (this.host as unknown as Element).isConnected ? this.url : undefined;
    if (this.polling && (this.polling.url !== url || this.polling.refresh !== this.refresh)) {
      unsubscribe(this.polling.url, this);
      this.polling = undefined;
    }
    if (url && !this.polling) {
      this.polling = {url, refresh: this.refresh};
      subscribe(url, this);
    }
  }

  private async load(quiet: boolean, reuse = false): Promise<void> {
    this.request?.abort();
    const request = (this.request = new AbortController());
    const url = this.url!;
    if (!quiet || this.status !== 'ready') {
      Object.assign(this, {status: 'loading', error: undefined});
      this.host.requestUpdate();
    }
    try {
      const feed = await loadFeed(url, {signal: request.signal, reuse});
      if (request.signal.aborted) return;
      this.show(feed);
      this.callbacks.onLoad(feed);
    } catch (error) {
      if (request.signal.aborted) return;
      const feedError = asFeedError(error, url);
      // A failed background refresh keeps what the reader is looking at.
      if (!(quiet && this.status === 'ready')) Object.assign(this, {status: 'error', feed: undefined, error: feedError});
      this.callbacks.onError(feedError);
    } finally {
      if (this.request === request) this.request = undefined;
      this.host.requestUpdate();
    }
  }
}
