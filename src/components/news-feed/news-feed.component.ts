import {html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import {keyed} from 'lit/directives/keyed.js';
import {msg, str} from '@lit/localize';
import {plural} from '../../core/count.js';
import {isolate} from '../../core/format.js';
import type {FeedLayout, NewsFeed, NewsItem} from '../../core/model.js';
import {knownStories} from '../../core/read-feed.js';
import {cardLevel, feedErrorText, leadsPage, listState, loadingText, preloadImage, renderCards, renderError, renderSection, renderSkeleton, validLayout, type ListState} from '../shared/article-list.js';
import {baseStyles} from '../shared/base.styles.js';
import {articleCount, FeedListElement} from '../shared/feed-list.js';
import {listStyles} from '../shared/list.styles.js';
import {headingLevel} from '../shared/news-element.js';
import {announceShown} from '../shared/shown-articles.js';
import {feedStyles} from './news-feed.styles.js';

export {feedErrorText} from '../shared/article-list.js';
export type {FeedLayout} from '../../core/model.js';

/**
 * Loads a feed and shows its articles as cards, with a heading, a "Load more" button,
 * and loading, error and empty states. "Load more" first reveals articles already loaded,
 * then follows the feed's `next_url`, and moves focus to the first new card. While loading,
 * the list shows a skeleton with `aria-busy="true"`; a failure shows a localized message
 * and a Retry button in part `status`; a feed without (matching) articles shows a localized
 * empty message. Two elements with the same `src` (and reading limits) share one request.
 * In the page's first `news-feed` with pictures (not `compact`), when it is on the reader's
 * screen as its articles arrive, the first card's image loads at once, at high priority, asked
 * for before the cards render; other lists' images (one below a story, too) load lazily.
 * `image-priority` decides instead where it is set (a server cannot tell what is on screen).
 *
 * @customElement news-feed
 * @summary A list or grid of the latest articles from a feed.
 *
 * @csspart load-more - The "Load more" button.
 *
 * @fires {CustomEvent<ArticleClickDetail>} news-article-click - A reader followed an article link; bubbles from the card. Cancelable like the card's: `preventDefault()` cancels the navigation so an app can route itself.
 */
export class NewsFeedElement extends FeedListElement {
  static override styles = [baseStyles, listStyles, feedStyles];

  /** How many articles the last refresh brought, announced politely to screen readers. */
  @state() private newCount = 0;
  /** Refreshes that brought articles: each writes its announcement anew, so "1 new article" twice is said twice. */
  private announcements = 0;
  /** The card that had focus before an update, and its position, when one had. */
  private focused?: {card: HTMLElementTagNameMap['news-article-card']; index: number} | undefined;

  /** How many items are revealed; grows by `limit` with each "Load more". */
  @state() private shown = 0;

  /** Articles shown at first and added by each "Load more" (a value below 1, or no number, is the default). */
  @property({type: Number}) limit = 10;

  /** `grid` of vertical cards, `featured` (the first article as a hero card, its lead story, across a grid of the others), `list` of horizontal cards, or `compact` headlines.
   * @type {'grid' | 'featured' | 'list' | 'compact'}
   */
  @property({reflect: true}) layout: FeedLayout = 'grid';

  /** Whether the first card's image loads at once and ahead of others: `high`, or `auto` for lazily like the rest. Unset, the page's first list with pictures on the reader's screen gets `high`; a server, which knows no screen, gives it to every list: set `auto` on lists a server renders below the first screen. */
  @property({attribute: 'image-priority'}) imagePriority?: 'auto' | 'high' | undefined;

  /** Heading text; defaults to a localized "Latest articles"; an empty (or blank) one hides it. */
  @property() heading?: string | undefined;

  /** Show only articles with this tag (case-insensitive). */
  @property() tag?: string | undefined;

  /** Seconds between quiet re-fetches of `src`, at least 1; 0 never re-fetches. */
  @property({type: Number}) refresh = 0;

  /** The source `shown` counts for; another one starts from the first page. */
  private shownSource = -1;

  /** The stories of the last load, and the source they came from, to count new ones. */
  private known?: (item: NewsItem) => boolean;
  private knownSource = -1;
  /** Ids of `shownItems` when last announced. */
  private lastShown = '';

  /** Whether this is the page's first feed with pictures, on screen, whose first card's image loads at once and ahead of others. */
  private leads = true;
  /** The first card's image `leads` was decided for: where the list sits is read once for each. */
  private leadImage?: string;

  /** Where the first newly revealed card is, to move focus there after "Load more" (past the cards: the list's message). */
  private focusIndex?: number;

  /** The articles that match `tag`, in feed order. */
  get items(): NewsItem[] {
    const items = this.feedLoad.feed?.items ?? [];
    const tag = this.tag?.trim().toLocaleLowerCase();
    return tag ? items.filter((item) => item.tags.some((t) => t.toLocaleLowerCase() === tag)) : items;
  }

  /** The articles a reader sees now (after `tag`, and as far as "Load more" went); none while loading or after an error. */
  get shownItems(): NewsItem[] {
    return this.feedLoad.status === 'ready' ? this.items.slice(0, this.shown) : [];
  }

  /** Loads `src` again. The articles shown stay while it loads; if it fails, they stay and the error shows above them (part `status`). */
  reload(): Promise<void> {
    return this.feedLoad.reload();
  }

  /** `limit` as a whole number of articles; the default for one below 1 or no number. */
  private get pageSize() {
    return articleCount(this.limit, 10);
  }

  protected override get refreshSeconds(): number {
    return this.refresh > 0 ? Math.max(1, this.refresh) : 0;
  }

  protected override feedLoaded(feed: NewsFeed): void {
    this.countNewItems();
    super.feedLoaded(feed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new source, limit or tag starts again from the first page; a refresh keeps what was revealed.
    // "N new articles" is said once, after the refresh that brought them: not again when the region comes back to it.
    if (changed.has('tag') || this.feedLoad.status !== 'ready') this.newCount = 0;
    if (changed.has('limit') || changed.has('tag') || this.feedLoad.sourceChanges !== this.shownSource) {
      this.shownSource = this.feedLoad.sourceChanges;
      this.shown = this.pageSize;
    }
    // The page's first feed with pictures, on screen: its first card's image is asked for now,
    // not once every card has rendered (compact cards show none).
    const lead = this.shownItems[0]?.image;
    if (lead !== this.leadImage || changed.has('imagePriority')) {
      this.leadImage = lead;
      this.leads = this.imagePriority ? this.imagePriority === 'high' : leadsPage(this);
      if (this.leads && validLayout(this.layout, 'grid') !== 'compact') preloadImage(lead);
    }
    const cards = isServer || !this.matches(':focus-within') ? [] : [...this.renderRoot.querySelectorAll('news-article-card')];
    const index = cards.findIndex((card) => card.matches(':focus-within'));
    this.focused = index < 0 ? undefined : {card: cards[index], index};
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lastShown = '';
    announceShown(this);
  }

  protected override updated(): void {
    // Tell `<news-related exclude-shown>` when what this feed shows changed. Off the page it
    // shows nothing (an update there, then put back, is a change to announce).
    const shown = this.isConnected ? this.shownItems.map((item) => item.id).join('\n') : '';
    if (shown !== this.lastShown) {
      this.lastShown = shown;
      announceShown(this);
    }
    // A refresh that moved the focused card (a story updated to the top) took its focus: it gets it back. One that
    // pushed it past `limit` removed it: focus goes to the card now in its place, not to the page. So does a reload
    // that showed placeholders first (a `{lang}` feed's switch of language, a new `src`), once its cards are in.
    const {focused} = this;
    this.focused = undefined;
    const cards = () => this.renderRoot.querySelectorAll('news-article-card');
    if (focused && !this.matches(':focus-within')) {
      const moved = [...cards()].indexOf(focused.card);
      this.focusIndex ??= moved >= 0 ? moved : focused.index;
    }
    // The list's message, focused once it said there was nothing: a refresh that brings articles makes it heard
    // only (visually hidden), and focus goes to the first card rather than stay on text no one sees.
    if (this.renderRoot.querySelector('.visually-hidden[role="status"]:focus')) this.focusIndex ??= 0;
    if (this.focusIndex === undefined) return;
    const state = listState(this.feedLoad, this.items.length);
    if (state === 'loading') return;
    // A card (the last, for a place past fewer cards); with none, the list's message where it shows, else "Load more"
    // (a page with nothing for the tag, and a next one); Retry after a failed load. None once the reader has moved on
    // while the list loaded.
    const active = this.ownerDocument.activeElement;
    const listed = cards();
    const target: (HTMLElement & {updateComplete?: Promise<boolean>}) | null | undefined =
      active && active !== this.ownerDocument.body && !this.matches(':focus-within')
        ? undefined
        : state === 'error'
          ? this.renderRoot.querySelector<HTMLElement>('[part="retry"]')
          : listed.length
            ? listed[Math.min(this.focusIndex, listed.length - 1)]
            : this.renderRoot.querySelector<HTMLElement>('[part~="status"][role="status"], [part="load-more"]');
    // Applied now or never: a place kept past this update would take focus at some later refresh.
    this.focusIndex = undefined;
    if (target) void Promise.resolve(target.updateComplete).then(() => target.focus());
  }

  private countNewItems() {
    const known = this.knownSource === this.feedLoad.sourceChanges ? this.known : undefined;
    this.newCount = known ? this.items.filter((item) => !known(item)).length : 0;
    if (this.newCount) this.announcements++;
    this.known = knownStories(this.feedLoad.feed?.items ?? []);
    this.knownSource = this.feedLoad.sourceChanges;
  }

  private readonly handleLoadMore = async () => {
    const load = this.feedLoad;
    if (load.loadingMore) return;
    // The cards on screen: after a reveal of the last loaded items, fewer than `shown`.
    const before = Math.min(this.shown, this.items.length);
    // A page that failed adds nothing; nor does one dropped with its feed (another source
    // starts from its first page, and focus stays where it is).
    if (this.items.length <= before && load.feed?.nextUrl && !(await load.loadMore())) return;
    this.shown = before + this.pageSize;
    // Focus goes to the first new card; with none, and no next page, "Load more" goes away: to the last card, or
    // with no card at all (a tag none of the pages has), to the message that says so. An update applies it, even
    // when `shown` stays as it was (a page that added nothing).
    if (this.items.length > before) this.focusIndex = before;
    else if (!load.feed?.nextUrl) this.focusIndex = Math.max(0, this.items.length - 1);
    this.requestUpdate();
  };

  override render(): TemplateResult {
    const heading = this.heading?.trim() ?? msg('Latest articles', {id: 'feed.heading', desc: 'Heading of a list of the latest articles, unless the page gives one'});
    const level = headingLevel(this.headingLevel, 2);
    const state = listState(this.feedLoad, this.items.length);
    // None on this page, but a next page: "Load more" (a tag's articles may be there), not "none".
    const empty =
      state !== 'empty' || this.feedLoad.feed?.nextUrl
        ? ''
        : this.tag
          ? msg(str`No articles about “${isolate(this.tag)}” yet.`, {id: 'feed.empty.tag', desc: 'Shown in place of a list that shows only articles with a tag, when its feed has none'})
          : msg('No articles yet. Please check back soon.', {id: 'feed.empty', desc: 'Shown in place of a list when its feed has no articles'});
    const status =
      state === 'loading' ? loadingText() : empty || (this.newCount ? keyed(this.announcements, newArticlesText(this.newCount, this.locale.tag)) : nothing);
    return renderSection({dir: this.locale.dir, lang: this.locale.lang, level}, heading, this.renderBody(state, level, !!heading), status, !!empty);
  }

  private renderBody(state: ListState, level: number, headed: boolean) {
    const layout = validLayout(this.layout, 'grid');
    if (state === 'loading') return renderSkeleton(layout, Math.min(this.pageSize, 6));
    if (state === 'error') return renderError(this.feedLoad.error!, this.handleRetry);
    // A failed reload() leaves the articles it could not replace, with the error above them.
    const {reloadError} = this.feedLoad;
    const failed = reloadError ? renderError(reloadError, this.handleRetry) : nothing;
    if (state === 'empty') return html`${failed}${this.renderMore(headed)}`;
    return html`${failed}${renderCards(this.shownItems, {layout, cardLevel: cardLevel(level, headed), source: this.localName, priority: this.leads, timeZone: this.zone})} ${this.renderMore(headed)}`;
  }

  /** "Load more", described by the heading when there is one: two lists' buttons on a page are told apart ("Load more, Sport"). */
  private renderMore(headed: boolean) {
    const {loadingMore, moreError} = this.feedLoad;
    const more = this.items.length > this.shownItems.length || !!this.feedLoad.feed?.nextUrl;
    if (!more && !moreError) return nothing;
    return html`<div class="more">
      ${moreError ? html`<p part="status" class="status error" role="alert">${feedErrorText(moreError)}</p>` : nothing}
      <button part="load-more" type="button" aria-describedby=${headed ? 'heading' : nothing} aria-disabled=${loadingMore ? 'true' : 'false'} @click=${this.handleLoadMore}>
        ${loadingMore ? msg('Loading…', {id: 'feed.loading-more', desc: 'The Load more button while the next articles load'}) : msg('Load more', {id: 'feed.load-more', desc: 'Button under a list that shows more of its articles'})}
      </button>
    </div>`;
  }
}

/** "3 new articles", in the active locale's words (`getLocale()`), in the plural form and digits of `tag`, which should be that locale (Arabic has six forms). */
export function newArticlesText(count: number, tag: string): string {
  return plural(count, tag, {
    zero: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.zero', desc: 'Announced to screen readers when a refresh brings new articles; plural form “zero”'}),
    one: (n) => msg(str`${n} new article`, {id: 'feed.new-articles.one', desc: 'Announced to screen readers when a refresh brings new articles; plural form “one”'}),
    two: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.two', desc: 'Announced to screen readers when a refresh brings new articles; plural form “two”'}),
    few: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.few', desc: 'Announced to screen readers when a refresh brings new articles; plural form “few”'}),
    many: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.many', desc: 'Announced to screen readers when a refresh brings new articles; plural form “many”'}),
    other: (n) => msg(str`${n} new articles`, {id: 'feed.new-articles.other', desc: 'Announced to screen readers when a refresh brings new articles; plural form “other”'}),
  });
}
