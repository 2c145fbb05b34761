import {nothing, type PropertyValues} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {normalizeItem, parseDate, type NewsItem} from '../../core/feed.js';
import {isRelative} from '../../core/format.js';
import {plainText, safeUrl, truncate} from '../../core/text.js';
import type {ClockController} from '../../controllers/clock-controller.js';
import {NewsElement} from '../base/news-element.js';
import {cardView} from '../base/views.js';

type CardView = typeof import('./news-article-card.view.js');

const VARIANTS: readonly CardVariant[] = ['vertical', 'horizontal', 'compact', 'hero'];
const SUMMARY_FROM_CONTENT = 220;
/** The properties the shown article is built from. */
const ARTICLE_INPUTS = ['item', 'href', 'headline', 'summary', 'image', 'imageAlt', 'date', 'author'] as const;

/**
 * One article: image, headline link, summary, byline, date and tags. Give it an `item`
 * (from `parseFeed`) or the attributes. The headline is the card's only link and covers the
 * whole card. Dates are `<time datetime>`: relative ("3 hours ago", "قبل 3 ساعات") under a
 * week old, absolute after, kept current by one shared clock. Images load lazily into a box
 * of fixed ratio (no layout shift); without an image, or when it fails, there is no box.
 *
 * @customElement news-article-card
 * @summary One news article as a card.
 *
 * @csspart base - The card (`article`).
 * @csspart image - The image.
 * @csspart headline - The heading that holds the link.
 * @csspart link - The headline link.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with date and author.
 * @csspart date - The `time` element.
 * @csspart author - The author names.
 * @csspart reading-time - "5 min read", when the article's text is known.
 * @csspart tags - The list of tags.
 *
 * @cssprop [--news-font-family=inherit] - Font of the card.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=currentColor at 72%] - Summary and meta colour.
 * @cssprop [--news-color-accent=#1a5fb4] - Headline colour on hover and the focus ring.
 * @cssprop [--news-color-surface=transparent] - Card background.
 * @cssprop [--news-color-placeholder=currentColor at 8%] - Image box colour while the image loads.
 * @cssprop [--news-radius=0.5rem] - Corner radius of the card and image.
 * @cssprop [--news-gap=1rem] - Space between the card's parts.
 * @cssprop [--news-card-padding=0] - Padding inside the card.
 * @cssprop [--news-headline-size=1.125rem] - Headline font size.
 * @cssprop [--news-headline-weight=700] - Headline font weight.
 * @cssprop [--news-summary-lines=3] - Lines of summary shown before it is cut.
 *
 * @fires {CustomEvent<ArticleClickDetail>} news-article-click - The reader followed the headline link; `{item, position, source}`.
 */
export class NewsArticleCardElement extends NewsElement<CardView> {

  /** Re-renders relative dates as time passes; it comes with the view. */
  protected clock?: ClockController;

  @query('.link') private readonly link?: HTMLAnchorElement | null;

  @state() private imageFailed = false;

  /** The article to show, as produced by `parseFeed`; wins over the attributes below. */
  @property({attribute: false}) item?: NewsItem;

  /** Link to the article (when `item` is not set). */
  @property() href?: string;

  /** Headline text (when `item` is not set). */
  @property() headline?: string;

  /** Summary text (when `item` is not set). */
  @property() summary?: string;

  /** Image URL (when `item` is not set). */
  @property() image?: string;

  /** Text alternative of the image; without it the image is treated as decorative. */
  @property({attribute: 'image-alt'}) imageAlt?: string;

  /** Publication date, ISO 8601 (when `item` is not set). */
  @property() date?: string;

  /** Author name (when `item` is not set). */
  @property() author?: string;

  /** Layout of the card. */
  @property({reflect: true}) variant: 'vertical' | 'horizontal' | 'compact' | 'hero' = 'vertical';

  /** Heading level of the headline, 1 to 6. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** Where the link opens, e.g. `_blank` (then `rel="noopener"` is added). */
  @property() target?: string;

  /** `high` for the image of a card seen first (a hero, the first of a list): loaded at once, ahead of other images, instead of lazily. */
  @property({attribute: 'image-priority'}) imagePriority: 'auto' | 'high' = 'auto';

  /** 1-based position in a list, reported in `news-article-click`; set by the list. */
  @property({type: Number, attribute: false}) position = 0;

  /** Tag name of the element that rendered this card, reported in `news-article-click`. */
  @property({attribute: false}) source = 'news-article-card';

  /** The article being shown: `item`, or one built from the attributes. */
  private article?: NewsItem;

  protected override readonly viewLoader = cardView;

  /** Moves focus to the headline link. */
  override focus(options?: FocusOptions): void {
    this.link?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.clock ??= this.view && new this.view.ClockController(this, () => !!this.article?.published && isRelative(this.article.published));
    if (changed.has('item') || changed.has('image')) this.imageFailed = false;
    if (ARTICLE_INPUTS.some((key) => changed.has(key))) {
      // `item` may come from any script on the page: check it against the model before rendering.
      this.article = this.item ? normalizeItem(this.item, document.baseURI) : this.fromAttributes();
    }
  }

  private fromAttributes(): NewsItem | undefined {
    const title = plainText(this.headline ?? '');
    if (!title) return undefined;
    const url = safeUrl(this.href, document.baseURI);
    const author = plainText(this.author ?? '');
    return {
      id: url ?? title,
      url,
      title,
      summary: plainText(this.summary ?? '') || undefined,
      image: safeUrl(this.image, document.baseURI),
      imageAlt: this.imageAlt,
      published: parseDate(this.date),
      authors: author ? [{name: author}] : [],
      tags: [],
    };
  }

  private readonly handleClick = () => {
    this.emit('news-article-click', {item: this.article!, position: this.position, source: this.source});
  };

  private readonly handleImageError = () => {
    this.imageFailed = true;
  };

  override render() {
    const item = this.article;
    if (!item || !this.view) return nothing;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'vertical';
    return this.view.renderCard({
      item,
      variant,
      summary: variant === 'compact' ? undefined : (item.summary ?? (item.contentText ? truncate(item.contentText, SUMMARY_FROM_CONTENT) : undefined)),
      level: Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 3)),
      target: this.target,
      imageFailed: this.imageFailed,
      imageHigh: this.imagePriority === 'high',
      dir: this.locale.dir,
      tag: this.locale.tag,
      onClick: this.handleClick,
      onImageError: this.handleImageError,
    });
  }
}

export type CardVariant = NewsArticleCardElement['variant'];
