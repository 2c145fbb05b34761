import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError, type NewsFeed} from '../core/feed.js';
import {loadFeed} from '../core/load.js';

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
  return new URL(src.replaceAll('{lang}', encodeURIComponent(lang)), document.baseURI).href;
}

function asFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('format', `The feed at ${url} could not be read (${String(error)}).`, {url, cause: error});
}

/**
 * Loads the feed an element shows: follows `src` and `feed`, aborts what is no longer
 * wanted (a new `src`, a disconnect), ignores stale responses, re-fetches every `refresh`
 * seconds while the page is visible, and appends `next_url` pages.
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
  private timer?: ReturnType<typeof setInterval>;
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
    if (refresh !== this.refresh) {
      this.refresh = refresh;
      this.schedule();
    }
    if (feed) {
      if (feed !== this.given) {
        this.cancel();
        this.source++;
        this.given = feed;
        this.url = undefined;
        this.show(feed);
      }
      return;
    }
    const url = src ? resolveSrc(src, lang) : undefined;
    if (this.given || url !== this.url) {
      this.given = undefined;
      this.source++;
      this.url = url;
      this.cancel();
      if (url) void this.load(false, true);
      else Object.assign(this, {status: 'idle', feed: undefined, error: undefined});
    }
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
      void this.reload();
    }
  }

  hostDisconnected(): void {
    this.interrupted = this.status === 'loading';
    this.cancel();
    clearInterval(this.timer);
    this.timer = undefined;
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

  private schedule() {
    clearInterval(this.timer);
    this.timer = undefined;
    if (this.refresh > 0 && (this.host as unknown as Element).isConnected) {
      this.timer = setInterval(() => {
        if (!document.hidden && !this.request) void this.reload(true);
      }, this.refresh * 1000);
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
