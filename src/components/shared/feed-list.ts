import type {PropertyValues} from 'lit';
import {property} from 'lit/decorators.js';
import type {NewsFeed} from '../../core/model.js';
import {timeZoneAttribute} from '../../core/timezone.js';
import {FeedController} from '../../controllers/feed-controller.js';
import {retry} from './article-list.js';
import {attributeHref, NewsElement} from './news-element.js';

/** `value` as a whole number of articles: `fallback` for one below 1 or no number. */
export function articleCount(value: number, fallback: number): number {
  const count = Math.trunc(value);
  return count >= 1 ? count : fallback;
}

/**
 * What `<news-feed>` and `<news-related>` share: a feed to load (`src` or `feed`, under reading
 * limits), its events, the cards' time zone, the heading's level and the Retry button's handler.
 * Each list renders it its own way. A card's custom property set on a list (`--news-headline-size`,
 * `--news-color-muted`, …) reaches its cards, and so do those below that the cards share.
 *
 * @csspart base - The whole block (`section`).
 * @csspart heading - The heading.
 * @csspart list - The list of cards.
 * @csspart item - Each entry of the list (`li`), a card's or a placeholder's: the rules between articles of the `list` and `compact` layouts are its borders.
 * @csspart card - Each `news-article-card`; its own parts are exported as `card-base`, `card-image`, `card-headline`, `card-link`, `card-summary`, `card-meta`, `card-date`, `card-author`, `card-reading-time`, `card-tags`, `card-tag`. Every custom property of `<news-article-card>` set on the list (`--news-headline-size`, `--news-color-muted`, `--news-summary-lines`, …) reaches its cards.
 * @csspart status - The error or empty message.
 * @csspart retry - The Retry button in the error message.
 *
 * @cssprop [--news-font-family=inherit] - Font of the list (its cards inherit it).
 * @cssprop [--news-color-text=inherit] - Text colour of the list (its cards inherit it).
 * @cssprop [--news-gap=1rem] - Space between cards: between columns of the `grid` and `featured` layouts, and 1.5 times it between their rows; in the `list` layout, all of it above and below each rule between cards; in the `compact` layout, 0.625 of it above and below each rule.
 * @cssprop [--news-card-min-width=16rem] - Narrowest a card gets in the grid (and featured) layout.
 * @cssprop [--news-heading-size=1.5em] - Heading font size (1.5 times the text around the element).
 * @cssprop [--news-color-surface=currentColor at 5%] - Background of the status message; set on the list, each card's background too (the card's default is transparent).
 * @cssprop [--news-color-placeholder=currentColor at 8%] - Colour of the loading skeleton, and of the cards' image boxes while their pictures load (the same by default: no change of tone as the cards replace it).
 * @cssprop [--news-color-error=#b3261e (#f2b8b5 on a dark page)] - Accent of the error message.
 * @cssprop [--news-color-accent=#2f74d0 (#78aeed on a dark page)] - Focus ring; set on the list, the cards' focus rings and their headlines' colour on hover too.
 * @cssprop [--news-radius=0.5rem] - Corner radius of buttons, messages and skeleton blocks, and of the cards and their images.
 * @cssprop [--news-image-ratio=16 / 9] - Shape of the cards' images in the `grid` layout and of the skeleton's (set here, it reaches every card); `--news-list-image-ratio` (4 / 3) in the `list` layout, `--news-hero-image-ratio` (2 / 1) for the `featured` layout's lead story.
 *
 * @fires {CustomEvent<{feed: NewsFeed}>} news-feed-load - The feed loaded from `src`, at each load: the first, a Retry, a `{lang}` address's switch of language, and each of `<news-feed refresh>`'s refreshes (`<news-related>` does not poll). `feed` is the answer just loaded (its first page): after "Load more", the list's `items` hold more.
 * @fires {CustomEvent<{error: FeedError}>} news-feed-error - The feed could not be loaded or read.
 */
export abstract class FeedListElement extends NewsElement {
  /** Loads the feed. */
  protected readonly feedLoad = new FeedController(this, {
    pageUrl: attributeHref,
    onLoad: (feed) => this.feedLoaded(feed),
    onError: (error) => {
      console.warn(`${this.localName}: ${error.message}`);
      this.emit('news-feed-error', {error});
    },
  });

  /** Feed URL; `{lang}` is replaced by the active language (`/feeds/{lang}.json`) and the feed reloads when it changes. A relative URL resolves against the page's address when it is set, as an `<img src>`'s does: a single-page app's later `pushState` leaves it as it was. Lists with the same URL and reading limits (a `<news-feed>` and a `<news-related>`) share one request. Without it or `feed`, the list shows its skeleton until one is given; a feed's address in another attribute (`source`, `url`) gives one console warning. */
  @property() src?: string | undefined;

  /** A feed object given directly (no fetch); wins over `src`. Its fields: [`NewsFeed`](#data-shapes). */
  @property({attribute: false}) feed?: NewsFeed | undefined;

  /**
   * Most bytes read from the feed (default 2 MiB, 2097152). Reading stops there and the
   * list shows its error ("too large"), so a huge or endless answer cannot fill memory or
   * freeze the page; raise it for a feed known to be larger. RSS and Atom are read up to
   * their first 4 million characters, or as far as this limit when it is more. Elements share
   * a request only under the same limits.
   */
  @property({type: Number, attribute: 'max-bytes'}) maxBytes?: number | undefined;

  /** Deepest nesting of arrays and objects read in a JSON feed (default 64; a feed needs about 6); deeper shows the "too large" error. */
  @property({type: Number, attribute: 'max-depth'}) maxDepth?: number | undefined;

  /**
   * Most items read from the feed, or kept from a `feed` given (default 1000): the rest of a
   * longer feed is left unread, not an error (a related list ranks those read; a feed's "Load
   * more" adds its next pages up to it, then goes away). Raise it for an archive feed known to
   * be longer. Elements share a request only under the same limits.
   */
  @property({type: Number, attribute: 'max-items'}) maxItems?: number | undefined;

  /** IANA time zone of absolute dates and times on the cards (`Africa/Casablanca`, the edition's), of the calendar "yesterday" and "3 days ago" count days on (a reader abroad reads the edition's days), and the zone of a date the feed writes without one; default the reader's. An unknown zone gives one console warning and the reader's. */
  @property() timezone?: string | undefined;

  /** Level of the heading, 1 to 6; card headlines are one level below (6 too under a heading of level 6, the last level HTML has), or at this level when the heading is hidden (`heading=""`), so a page's levels skip none. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 2;

  /** `timezone` when `Intl` knows it, else the reader's (undefined). */
  protected zone?: string;

  /** Seconds between quiet re-fetches of `src`; 0 (a list that never re-fetches) here. */
  protected get refreshSeconds(): number {
    return 0;
  }

  /** The feed loaded from `src` (also after a refresh): tells the page. */
  protected feedLoaded(feed: NewsFeed): void {
    this.emit('news-feed-load', {feed});
  }

  protected readonly handleRetry = () => void retry(this, this.feedLoad);

  /** Reads the time zone when it changes and starts whatever loading the list's inputs need. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timezone')) this.zone = timeZoneAttribute(this.timezone, this.localName);
    const {src, feed, maxBytes, maxDepth, maxItems} = this;
    this.feedLoad.sync({src, feed, lang: this.locale.lang, refresh: this.refreshSeconds, maxBytes, maxDepth, maxItems});
  }
}
