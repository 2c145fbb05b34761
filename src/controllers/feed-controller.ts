import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {FeedError, itemCap, knownStories, normalizeFeed, type NewsFeed, type NewsItem} from '../core/read-feed.js';
import type {UrlReader} from '../core/formats/fields.js';
import {cachedFeed, forgetFeed} from '../core/cache.js';
import {loadFeed} from '../core/load.js';
import {answeredAt, feedKey, type FeedLimits} from '../core/load-options.js';
import {srcUrl} from '../core/attribute-url.js';
import {LatestRequest} from './latest-request.js';
import {VisibleTimer} from './visible-timer.js';

export type FeedStatus = 'idle' | 'loading' | 'ready' | 'error';

interface FeedSource {
  /** URL template; `{lang}` becomes the catalog language. */
  src?: string;
  /** A feed given directly; wins over `src`. */
  feed?: NewsFeed;
  /** Catalog language for `{lang}`. */
  lang: string;
  /** Seconds between quiet re-fetches; 0 = never. */
  refresh: number;
  /** Most bytes read from an answer; not a positive number = the default. */
  maxBytes?: number;
  /** Deepest JSON nesting read; not a positive number = the default. */
  maxDepth?: number;
  /** Most items read from the feed; not a positive number = the default. */
  maxItems?: number;
}

export interface FeedCallbacks {
  onLoad(feed: NewsFeed): void;
  onError(error: FeedError): void;
  /** Reads a URL of a feed the page's code gave (`feed`): the host's way with the page's own URLs. */
  pageUrl: UrlReader;
}

function asFeedError(error: unknown, url: string): FeedError {
  if (error instanceof FeedError) return error;
  return new FeedError('format', `The feed at ${url} could not be read (${String(error)}).`, {url, cause: error});
}

/** The items of `first`, then those of `then` that it does not have (by id, or id and link: {@link knownStories}). */
function mergeItems(first: NewsItem[], then: NewsItem[]): NewsItem[] {
  const known = knownStories(first);
  return [...first, ...then.filter((item) => !known(item))];
}

/** One refresh timer per URL, shared by every element showing it (it waits while the page is hidden). */
interface Poll {
  controllers: Set<FeedController>;
  every: number;
  last: number;
  timer: VisibleTimer;
}
const polls = new Map<string, Poll>();

function subscribe(url: string, controller: FeedController) {
  let poll = polls.get(url);
  if (!poll) {
    // A poll counts from the element's last load: one moved in the page (left and came back)
    // keeps its time, and one back after longer than its interval refreshes at once. An
    // element still loading for the first time has, as far as the poll goes, just loaded.
    const created: Poll = {
      controllers: new Set(),
      every: 0,
      last: controller.loadedAt ?? Date.now(),
      timer: new VisibleTimer(
        () => created.last + created.every,
        () => {
          created.last = Date.now();
          // Every element asks at once, so loadFeed's sharing makes it one request for those
          // with the same reading limits and credentials (one per set of them otherwise).
          for (const each of created.controllers) each.refreshNow();
        },
      ),
    };
    polls.set(url, (poll = created));
  }
  poll.controllers.add(controller);
  restart(poll);
}

function unsubscribe(url: string, controller: FeedController) {
  const poll = polls.get(url);
  if (!poll?.controllers.delete(controller)) return;
  if (poll.controllers.size) return restart(poll);
  poll.timer.stop();
  polls.delete(url);
}

/** Times the poll by the shortest interval its elements ask for, from its last refresh. */
function restart(poll: Poll) {
  poll.every = Math.min(...[...poll.controllers].map((c) => c.refreshSeconds)) * 1000;
  poll.timer.start();
}

/** `host` has not rendered yet, but its shadow root has content: it came from the server, to be hydrated. */
export function serverRendered(host: ReactiveControllerHost): boolean {
  const element = host as ReactiveControllerHost & Partial<Pick<HTMLElement, 'shadowRoot'>> & {hasUpdated?: boolean};
  return !element.hasUpdated && !!element.shadowRoot?.hasChildNodes();
}

/**
 * Loads the feed an element shows: follows `src` and `feed`, aborts what is no longer
 * wanted (a new `src`, a disconnect), ignores stale responses, appends `next_url` pages,
 * shows a cached copy at once while it fetches a fresh one (stale-while-revalidate), and
 * re-fetches every `refresh` seconds while the page is visible, with one timer and one
 * request per URL for all elements on the page. Nothing is requested on its own while the
 * host is out of the document (nor on a server): a feed from `src` loads once the host is
 * connected (a `reload()` asked for meanwhile is made).
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'idle';
  feed?: NewsFeed;
  error?: FeedError;
  /** A `next_url` page is being fetched. */
  loadingMore = false;
  /** The last `next_url` page failed; the items already shown stay. */
  moreError?: FeedError;
  /** The last `reload()` failed; the items it was asked to replace stay on screen. */
  reloadError?: FeedError;
  /** Counts changes of source (`src` URL or `feed` object), not refreshes or extra pages. */
  sourceChanges = 0;
  /** When the last load of `src` ended (ms since the epoch); undefined before the first. */
  loadedAt?: number;

  private url?: string;
  /** `src` resolved when it is given, `{lang}` filled in. */
  private readonly resolveSrc = srcUrl();
  /** The reading limits `url` is read under (undefined: the default). */
  private limits: FeedLimits = {};
  /** What `url` is shared and cached under with those limits (`feedKey`): another key is another request. */
  private key?: string;
  /** What is shown is the copy an earlier visit stored, not replaced yet by this page's answer. */
  private restored = false;
  private given?: NewsFeed;
  /** The item cap the given feed was checked under. */
  private givenCap = 0;
  private refresh = 0;
  private connected = false;
  /** `url` is waiting for the host to connect before it loads. */
  private deferred = false;
  /** The URL and interval this controller polls with, while subscribed. */
  private polling?: {url: string; refresh: number};
  /** The `next_url` pages "Load more" has added to what `feed` shows. */
  private readonly pagesRead = new Set<string>();
  /** Each next page read so far, and where the page that named it answered from. */
  private readonly namedBy = new Map<string, string>();
  /** Looked, once connected without a source, for a misspelt `src`. */
  private sourceChecked = false;
  private readonly request: LatestRequest;
  private readonly moreRequest: LatestRequest;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly callbacks: FeedCallbacks,
  ) {
    host.addController(this);
    this.request = new LatestRequest(host);
    this.moreRequest = new LatestRequest(host);
  }

  /** Call from the host's `willUpdate` with its current inputs; starts whatever loading they need. */
  sync({src, feed, lang, refresh, maxBytes, maxDepth, maxItems}: FeedSource): void {
    this.refresh = refresh;
    this.limits = {maxBytes, maxDepth, maxItems};
    if (feed) {
      const cap = itemCap(maxItems);
      if (feed !== this.given || cap !== this.givenCap) {
        this.leaveSource();
        this.given = feed;
        this.givenCap = cap;
        this.url = this.key = this.loadedAt = undefined;
        // A page can hand over anything: check it against the model (and the item cap) before it is rendered.
        this.show(normalizeFeed(feed, cap, this.callbacks.pageUrl));
      }
    } else {
      const url = this.resolveSrc(src, lang);
      // Other limits are another request (one read under the default limits may have failed, be too large now, or cut short).
      const key = url && feedKey(url, this.limits);
      if (this.given || key !== this.key) {
        this.leaveSource();
        this.given = undefined;
        this.url = url;
        this.key = key;
        this.loadedAt = undefined;
        if (url) this.start(url);
      } else if (url && this.connected && (this.deferred || this.request.interrupted)) {
        this.resume();
      }
      if (!src && this.connected && !this.sourceChecked) {
        // Waiting for a feed: for ever, if its address sits in a misspelt attribute (checked by
        // code loaded only now, once it is here, unless a source came meanwhile).
        this.sourceChecked = true;
        import('../core/misspelt-source.js')
          .then((m) => this.connected && !this.url && !this.given && m.warnMisspeltSource(this.host))
          .catch(() => undefined);
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
    if (!this.request.pending) void this.reload(true);
  }

  /**
   * Loads `src` again. Items on screen stay there while it loads and if it fails; then the
   * failure is `reloadError`, unless `quiet` (a background refresh, which fails silently).
   */
  reload(quiet = false): Promise<void> {
    return this.url ? this.load(quiet) : Promise.resolve();
  }

  /**
   * Fetches the `next_url` page and appends its new items, up to the item cap (`maxItems`):
   * there, or when the page's own `next_url` leads back to a page read already (a feed that
   * names itself as its next page, or a loop of pages), there is no next page any more.
   * Resolves true once the page is added; false when it failed (`moreError`), or was dropped
   * with the feed it followed (a new source, the host gone, the feed gone).
   */
  async loadMore(): Promise<boolean> {
    const next = this.feed?.nextUrl;
    if (!next || this.loadingMore) return false;
    this.loadingMore = true;
    this.moreError = undefined;
    this.host.requestUpdate();
    // A page lends the reader's cookies to its own origin only: a next page elsewhere (this
    // site's own addresses included) goes without them. That is the origin the page that named
    // `next` answered from: a partner's page reached from this site's feed, or through a
    // redirect from this site's address, cannot name this site's addresses to be asked for
    // with them. A feed given as `feed` has no origin the list knows (an app may have loaded it
    // from any site): its next pages go without them too.
    const namer = this.url && this.namedBy.get(next);
    const credentials = !namer || new URL(next).origin !== new URL(namer).origin ? 'omit' : undefined;
    // Aborted (the host left, a new source, the feed found gone), it adds nothing.
    let added = false;
    await this.moreRequest.run(
      (signal) => loadFeed(next, {signal, credentials, store: false, ...this.limits}),
      (result) => {
        const current = this.feed;
        if (!current) return;
        if ('value' in result) {
          this.pagesRead.add(next);
          this.noteNamer(result.value, next);
          const {nextUrl} = result.value;
          // No next page, or one read already: the first, or one "Load more" brought (a loop).
          const last = !nextUrl || nextUrl === this.url || this.pagesRead.has(nextUrl);
          this.feed = this.capped({...current, nextUrl: last ? undefined : nextUrl, items: mergeItems(current.items, result.value.items).slice(0, itemCap(this.limits.maxItems))});
          added = true;
        } else {
          this.moreError = asFeedError(result.error, next);
          this.callbacks.onError(this.moreError);
        }
      },
    );
    // Ended, unless a new source has asked for a page since.
    if (!this.moreRequest.pending) this.loadingMore = false;
    this.host.requestUpdate();
    return added;
  }

  hostConnected(): void {
    this.connected = true;
    this.schedule();
    // A load that waited for the host, or that its leaving cut short, starts in the update this
    // asks for, from the inputs as they are then: a locale switched while it was away is
    // another `{lang}` address, which a start now would miss, showing the old one's copy.
    if (this.deferred || this.request.interrupted) this.host.requestUpdate();
  }

  /** Starts again what the host's absence put off or cut short; a first load as a first load (a copy loaded meanwhile shows at once), a refresh as a quiet one. */
  private resume() {
    const refresh = this.request.interrupted && this.status === 'ready';
    this.deferred = this.request.interrupted = false;
    if (refresh) void this.reload(true);
    else this.start(this.url!);
  }

  hostDisconnected(): void {
    // The requests abort themselves (LatestRequest), unless the host is only moving.
    this.connected = false;
    this.schedule();
  }

  /** First load of a URL: a cached copy shows at once; a copy from an earlier visit is then refreshed. */
  private start(url: string) {
    if (!this.connected) {
      this.deferred = true;
      Object.assign(this, {status: 'loading', feed: undefined, error: undefined});
      return;
    }
    // A server-rendered host first takes over the server's markup: for `src`, the loading state.
    // A cached copy shown at once would not match it; the request below hands it back instead.
    const cached = serverRendered(this.host) ? undefined : cachedFeed(feedKey(url, this.limits));
    if (cached) {
      this.show(cached.feed);
      this.noteNamer(cached.feed, url);
    }
    this.restored = cached?.fresh === false;
    // A copy this page loaded is current: loadFeed hands it back without a request.
    void this.load(!!cached, true);
  }

  private show(feed: NewsFeed) {
    Object.assign(this, {status: 'ready', feed: this.capped(feed), error: undefined, moreError: undefined, reloadError: undefined});
  }

  /** `feed`, without its next page once it holds the item cap: that page would add nothing, or skip the unread rest. */
  private capped(feed: NewsFeed): NewsFeed {
    return feed.nextUrl && feed.items.length >= itemCap(this.limits.maxItems) ? {...feed, nextUrl: undefined} : feed;
  }

  /**
   * A reload of the first page keeps what "Load more" brought after it (a reader of a live
   * blog, refreshed every minute, would lose the pages read so far): its new items come
   * first, the ones shown before follow, and "Load more" goes on from where it was. Polling
   * adds no more than the item cap, or what the reader had loaded when that was more.
   */
  private withMore(fresh: NewsFeed): NewsFeed {
    const shown = this.pagesRead.size && this.status === 'ready' ? this.feed : undefined;
    if (!shown) return fresh;
    const most = Math.max(itemCap(this.limits.maxItems), shown.items.length);
    return {...fresh, nextUrl: shown.nextUrl, items: mergeItems(fresh.items, shown.items).slice(0, most)};
  }

  /** Notes who names `page`'s next page: where it answered from, else the address it was asked at (a copy stored before the cache kept that). */
  private noteNamer(page: NewsFeed, asked: string) {
    if (page.nextUrl) this.namedBy.set(page.nextUrl, answeredAt.get(page) ?? asked);
  }

  /** Another source: nothing of the last one's stays, neither its requests nor what it showed. */
  private leaveSource() {
    this.sourceChanges++;
    this.request.abort();
    this.dropPages();
    Object.assign(this, {status: 'idle', feed: undefined, error: undefined, reloadError: undefined, restored: false, deferred: false});
  }

  /** Stops "Load more" and forgets the pages it read: the feed they followed is no longer shown. */
  private dropPages() {
    this.moreRequest.abort();
    Object.assign(this, {loadingMore: false, moreError: undefined});
    this.pagesRead.clear();
    this.namedBy.clear();
  }

  /** Joins or leaves the shared poll for the current URL and `refresh`. */
  private schedule() {
    const url = this.refresh > 0 && this.connected ? this.url : undefined;
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
    const url = this.url!;
    // What the reader is looking at stays until something better arrives: the articles, and
    // through a background refresh an error too (not redrawn, announced again or unfocused).
    const keep = this.status === 'ready';
    const quietAfterError = quiet && this.status === 'error';
    if (!keep && !quietAfterError) {
      Object.assign(this, {status: 'loading', error: undefined});
      this.host.requestUpdate();
    } else if (keep && !quiet) {
      this.reloadError = undefined;
      this.host.requestUpdate();
    }
    // Aborted (a new source, a disconnection): a stale answer is never shown.
    await this.request.run(
      (signal) => loadFeed(url, {signal, reuse, ...this.limits}),
      (result) => {
        this.loadedAt = Date.now();
        if ('value' in result) {
          this.restored = false;
          this.noteNamer(result.value, url);
          this.show(this.withMore(result.value));
          this.callbacks.onLoad(result.value);
        } else {
          const feedError = asFeedError(result.error, url);
          // A failed reload keeps what the reader is looking at; only an asked-for one says so on
          // screen. But an earlier visit's copy of a feed that is gone (404, 410) is dropped: it
          // would show the same old articles on every visit, as if nothing were wrong.
          const gone = this.restored && (feedError.status === 404 || feedError.status === 410);
          if (gone) {
            forgetFeed(this.key!);
            this.dropPages();
          }
          if (!keep || gone) Object.assign(this, {status: 'error', feed: undefined, error: feedError});
          else if (!quiet) this.reloadError = feedError;
          this.callbacks.onError(feedError);
        }
        this.host.requestUpdate();
      },
    );
  }
}
