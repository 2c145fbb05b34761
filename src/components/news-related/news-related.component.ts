import {isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property} from 'lit/decorators.js';
import {msg} from '@lit/localize';
import type {FeedLayout, NewsFeed, NewsItem} from '../../core/model.js';
import {DEFAULT_LIMIT, rankingSteps, type RelatedItem} from '../../core/related.js';
import {runSoon} from '../../core/run-soon.js';
import {runNow, type Steps} from '../../core/steps.js';
import {serverRendered} from '../../controllers/feed-controller.js';
import {cardLevel, listState, loadingText, renderCards, renderError, renderSection, renderSkeleton, validLayout, type ListState} from '../shared/article-list.js';
import {baseStyles} from '../shared/base.styles.js';
import {articleCount, FeedListElement} from '../shared/feed-list.js';
import {headingLevel} from '../shared/news-element.js';
import {onShownChange, showingArticles} from '../shared/shown-articles.js';
import {relatedStyles} from './news-related.styles.js';

/**
 * The items of `feed` that a server-rendered list shows, in its order, found by their cards'
 * links as the page reads them (a server writes a feed built by hand's `/news/1` as given, the
 * browser's item has it resolved); undefined when a card's is not among them (another feed, an
 * item without a link).
 */
function serverList(root: ParentNode, feed: readonly NewsItem[]): NewsItem[] | undefined {
  const byUrl = new Map(feed.map((item) => [item.url, item]));
  const shown: NewsItem[] = [];
  for (const card of root.querySelectorAll('news-article-card')) {
    const item = byUrl.get(card.shadowRoot?.querySelector<HTMLAnchorElement>('[part="link"]')?.href);
    if (!item) return undefined;
    shown.push(item);
  }
  return shown;
}

/** A server has rendered a list without `current`, and said so. */
let toldNoCurrent = false;

/** What the page is about when `current` is not set: its canonical URL, else its own. */
function pageUrl(): string {
  // On a server there is no page (a DOM shim's document has none of it): `current` must be
  // given, or the list is the newest articles, the one being read among them. Said once.
  if (isServer) {
    if (!toldNoCurrent) console.warn('news-related: on a server, give `current` (the article\'s URL or id): a server has no page address or canonical link, so the list is the newest articles, the one being read among them.');
    toldNoCurrent = true;
    return '';
  }
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"][href]')?.href || location.href;
}

/**
 * Calls `then` a task after each navigation within the document: every change of the Navigation
 * API's current entry (`pushState`, `replaceState`, back and forward), or back and forward
 * (`popstate`) in a browser without it. A task later, so that the app's router has put the new
 * page's `<link rel="canonical">` in place. Returns what stops it.
 */
function onNavigation(then: () => void): () => void {
  const navigation = (globalThis as {navigation?: EventTarget}).navigation;
  const [target, type] = navigation ? [navigation, 'currententrychange'] : [globalThis, 'popstate'];
  const listener = () => setTimeout(then);
  target.addEventListener(type, listener);
  return () => target.removeEventListener(type, listener);
}

/**
 * Ids and URLs of the articles every `<news-feed>` of `page` shows now: not one moved into
 * another document (made by a script, with no window), which the reader does not see.
 */
const shownOnPage = (page: Document): string[] =>
  [...showingArticles].flatMap((feed) => (feed.ownerDocument === page ? (feed.shownItems ?? []).flatMap((item) => (item.url ? [item.id, item.url] : [item.id])) : []));

/**
 * "You may also like": ranks the other articles of a feed against the current one, in the
 * reader's browser (shared tags, rarer ones weighing more; similar words in titles and
 * summaries; recency), and shows the best as cards. No tracking, no third party. Arabic is
 * normalized and French and Spanish accents folded; only articles in the current article's
 * language are shown (where both declare one, and never one whose headline and summary are
 * written almost wholly the other way: a French article under an Arabic one, though its feed's
 * language labels it Arabic); each article once, never the current one under another address
 * (nor its copy with the same headline and summary elsewhere: an AMP page, a partner's, nor
 * another item at the page's own address: a story updated under a new guid), articles without
 * a link only when nothing else is left, and a date over 26 hours ahead (a mistyped year) makes
 * no article the newest; when too few are related, the newest articles fill the list (when the feed does not hold the current article,
 * an older one, those in the page's `<html lang>` first). With the same `src` (and reading limits) as a
 * `<news-feed>` on the page it makes no request of its own.
 * A feed that takes longer than a frame to rank (a thousand long articles) is ranked in slices
 * that leave the page free meanwhile, with the loading skeleton shown (a server-rendered list
 * stays on screen instead); `updateComplete` waits for it.
 *
 * @customElement news-related
 * @summary Articles related to the one on the page, ranked privately in the browser.
 *
 * @fires {CustomEvent<ArticleClickDetail>} news-article-click - A reader followed an article link (`source` is `news-related`); bubbles from the card. Cancelable like the card's: `preventDefault()` cancels the navigation so an app can route itself.
 */
export class NewsRelatedElement extends FeedListElement {
  static override styles = [baseStyles, relatedStyles];

  /** The current article's URL or id; defaults to the page's `<link rel="canonical">`, then its address. URLs match ignoring the scheme, `www.`, the hash, trailing slashes, tracking parameters (`utm_…`, `fbclid`, `xtor`…) and the case of percent escapes, then parameters the feed's address lacks (`&ref=home`, `&amp=1`) and the query too when that is unambiguous. Without it, the list ranks again a task after each navigation within the page (`history.pushState`, back, forward) where the browser has the Navigation API (Chromium and Firefox do; the WebKit tested here does not), and after back and forward in others: a single-page app that keeps the element on screen from one article to the next and must work in older browsers, or puts the new page's canonical link in place later, sets `current` from its route. */
  @property() current?: string | undefined;

  /**
   * Most articles shown (a value below 1, or no number, is the default).
   * @default 4
   */
  @property({type: Number}) limit: number = DEFAULT_LIMIT;

  /** `compact` headlines, `list` of horizontal cards, `grid` of vertical cards, or `featured` (the first as a hero card across a grid of the others).
   * @type {'grid' | 'featured' | 'list' | 'compact'}
   */
  @property({reflect: true}) layout: FeedLayout = 'compact';

  /** Heading text; defaults to a localized "You may also like"; an empty (or blank) one hides it. */
  @property() heading?: string | undefined;

  /**
   * Leave out articles that a `<news-feed>` on the page shows at the moment, in the document or
   * in a shadow root (an app's own component). A server sees no page: a server-rendered list
   * leaves them out once the browser takes it over.
   */
  @property({type: Boolean, attribute: 'exclude-shown'}) excludeShown = false;

  /** The ranked articles, and what they were ranked from. */
  private related: NewsItem[] = [];
  private rankedFeed?: NewsFeed;
  private rankedKey = '';
  /**
   * A ranking under way in slices (a long feed of long texts), and what stops it; `quiet` while
   * a list stays on screen meanwhile (the server's, or the one ranked before from the same feed).
   */
  private ranking?: {done: Promise<void>; controller: AbortController; quiet: boolean};
  private stopWatching?: () => void;
  private stopFollowing?: () => void;

  /** How many articles are shown at most: `limit`, or its default for one below 1 or no number. */
  private get count() {
    return articleCount(this.limit, DEFAULT_LIMIT);
  }

  /** The articles shown, best first (the same list as `shownItems`: a related list shows all it ranks). */
  get items(): NewsItem[] {
    return this.related;
  }

  /** The articles a reader sees now, best first, as `<news-feed>`'s `shownItems`; none while loading or after an error. */
  get shownItems(): NewsItem[] {
    return this.related;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopWatching = onShownChange(() => {
      if (this.excludeShown) this.requestUpdate();
    });
    this.stopFollowing = onNavigation(() => {
      if (!this.current?.trim()) this.requestUpdate();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatching?.();
    this.stopFollowing?.();
    if (this.ranking) {
      // Stopped: it starts again with the update that reconnection brings. One that kept this
      // feed's list on screen (ranked again, or the server's) starts as a ranking again, which
      // keeps it there: a list moved in the page does not blink to the skeleton.
      const {quiet} = this.ranking;
      this.stopRanking();
      if (quiet) this.rankedKey = '';
      else this.rankedFeed = undefined;
    }
  }

  /**
   * Also waits for a ranking under way, and for the cards, so that `items` is the new list and
   * the cards show it once this resolves (a new card renders in its own update, a few
   * microtasks after the list's).
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let ranking = this.ranking; ranking; ranking = this.ranking) {
      await ranking.done;
      complete = await super.getUpdateComplete();
    }
    const cards = this.renderRoot.querySelectorAll<Element & {updateComplete?: Promise<boolean>}>('news-article-card');
    await Promise.all(Array.from(cards, (card) => card.updateComplete));
    return complete;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const feed = this.feedLoad.status === 'ready' ? this.feedLoad.feed : undefined;
    // Loading another source, or failed: the last one's list, ranked or being ranked, is no list of this one.
    if (!feed) {
      this.stopRanking();
      return void Object.assign(this, {related: [], rankedFeed: undefined});
    }
    const current = this.current?.trim() || pageUrl();
    const {count: limit} = this;
    // A server renders each element alone: no other list's articles are known there.
    const exclude = this.excludeShown && !isServer ? shownOnPage(this.ownerDocument) : [];
    // For a page whose article the feed does not hold: the newest in the page's language first
    // (its full tag: pa-Arab is written right to left). A server has no page: it renders in the
    // locale set for the page's language (the README's recipe), as the browser will read it.
    const language = isServer ? this.locale.tag : document.documentElement.lang;
    const key = [current, limit, language, ...exclude].join('\n');
    if (feed !== this.rankedFeed || key !== this.rankedKey) {
      // The same feed ranked again (the page's `current` or shown articles changed): its list stays meanwhile.
      const again = feed === this.rankedFeed && this.related.length > 0;
      this.rankedFeed = feed;
      this.rankedKey = key;
      this.rank(rankingSteps(feed.items, current, {limit, exclude, language}), feed.items, again);
    }
  }

  /**
   * Ranks at once when that is quick, as it is for most feeds, so the list shows in the same
   * frame; a long feed of long texts is ranked in slices that leave the page free, the skeleton
   * showing until the list is ready. A server ranks at once, to send the list. A browser taking
   * over a server-rendered list must render what the server did: it shows the server's list,
   * found in the page, and ranks again in slices meanwhile (the same, unless the page's own
   * `current` or shown articles differ); failing that, it ranks at once. A feed ranked `again`
   * (another `current`, a feed's "Load more" with `exclude-shown`) keeps its list on screen
   * meanwhile, rather than blinking to the skeleton.
   */
  private rank(steps: Steps<RelatedItem[]>, feed: readonly NewsItem[], again: boolean) {
    this.stopRanking();
    const show = (ranked: RelatedItem[]) => (this.related = ranked.map((entry) => entry.item));
    // Before anything a server may lack (Lit's VM render has no AbortController).
    if (isServer) return void show(runNow(steps));
    const controller = new AbortController();
    const server = serverRendered(this);
    const shown = server ? serverList(this.renderRoot, feed) : undefined;
    if (shown) this.related = shown;
    const result = server && !shown ? {value: runNow(steps)} : runSoon(steps, controller.signal);
    if ('value' in result) return void show(result.value);
    const ranking = {
      controller,
      quiet: !!shown || again,
      done: result.later.then((ranked) => {
        // Stopped, by a newer ranking or by disconnection: that one shows its own list.
        if (!ranked || this.ranking !== ranking) return;
        this.ranking = undefined;
        show(ranked);
        this.requestUpdate();
      }),
    };
    this.ranking = ranking;
  }

  /** Stops a ranking under way, if any: its list will not show. */
  private stopRanking() {
    this.ranking?.controller.abort();
    this.ranking = undefined;
  }

  override render(): TemplateResult {
    const heading = this.heading?.trim() ?? msg('You may also like', {id: 'related.heading', desc: 'Heading above articles related to the one being read'});
    const level = headingLevel(this.headingLevel, 2);
    const loaded = listState(this.feedLoad, this.related.length);
    // A ranking in slices shows the skeleton, but is not said: it follows the page (a feed's
    // "Load more" with `exclude-shown`), and the reader is busy with the other list.
    const state = loaded !== 'error' && this.ranking && !this.ranking.quiet ? 'loading' : loaded;
    const status =
      loaded === 'loading'
        ? loadingText()
        : state === 'empty'
          ? msg('No other articles yet.', {id: 'related.empty', desc: 'Shown under an article when the feed has no other article to suggest'})
          : '';
    return renderSection({dir: this.locale.dir, lang: this.locale.lang, level}, heading, this.renderBody(state, level, !!heading), status, state === 'empty');
  }

  private renderBody(state: ListState, level: number, headed: boolean) {
    const layout = validLayout(this.layout, 'compact');
    if (state === 'loading') return renderSkeleton(layout, Math.min(this.count, 6));
    if (state === 'error') return renderError(this.feedLoad.error!, this.handleRetry);
    if (state === 'empty') return nothing;
    return renderCards(this.related, {layout, cardLevel: cardLevel(level, headed), source: this.localName, timeZone: this.zone});
  }
}
