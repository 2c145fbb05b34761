import {html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, query, state} from 'lit/decorators.js';
import {ifDefined} from 'lit/directives/if-defined.js';
import {msg, str} from '@lit/localize';
import {plural, readingMinutes} from '../../core/count.js';
import {MAX_NAME, MAX_SUMMARY, MAX_TITLE, languageTag, normalizeItem, parseCommonDate, text, titledByText} from '../../core/formats/fields.js';
import {formatArticleDate, formatFullDate, formatList, isRelative, machineTime} from '../../core/format.js';
import type {CardVariant, NewsItem} from '../../core/model.js';
import {directionOf} from '../../core/direction.js';
import {chosenLocale, pageLanguage} from '../../core/locale.js';
import {languageOf} from '../../core/language.js';
import {needsEntityTable} from '../../core/entities.js';
import {textDirection, truncate} from '../../core/text.js';
import {memoized} from '../../core/memo.js';
import {inZone, timeZoneAttribute} from '../../core/timezone.js';
import {warnOutdatedZone} from '../../core/zone-data.js';
import {minuteClock} from '../../controllers/minute-clock.js';
import {baseStyles} from '../shared/base.styles.js';
import {attributeHref, headingLevel, NewsElement} from '../shared/news-element.js';
import type {RenderLocale} from '../../controllers/shared-locale.js';
import {cardStyles} from './news-article-card.styles.js';

export type {CardVariant} from '../../core/model.js';

const VARIANTS: readonly CardVariant[] = ['vertical', 'horizontal', 'compact', 'hero'];
const SUMMARY_FROM_CONTENT = 220;
/** Tags shown on a card: the feed's first three (more crowd a card; `item.tags` keeps them all). */
const MAX_TAGS = 3;
/** The properties the shown article is built from. */
const ARTICLE_INPUTS = ['item', 'href', 'headline', 'summary', 'image', 'imageAlt', 'date', 'author', 'language'] as const;
/**
 * The article's class for each variant, by flags (a sum of 1: no meta line, 2: no tags,
 * 4: no image, 8: language not declared): strings shared by every card, not one
 * concatenated per card.
 */
const CLASSES = {} as Record<CardVariant, readonly string[]>;
// The card's empty parts, and an article whose language is not declared (each of its texts then takes its own direction).
const FLAGS = ['no-meta', 'no-tags', 'no-image', 'guessed'];
for (const variant of VARIANTS) {
  CLASSES[variant] = Array.from({length: 16}, (_, flags) => ['card', variant, ...FLAGS.filter((_, bit) => flags & (1 << bit))].join(' '));
}

/**
 * One article: image, headline link, summary, byline, date and tags. Give it an `item`
 * (from `parseFeed`) or the attributes. The headline is the card's only link and covers the
 * whole card but the date, whose tooltip gives the full date and time (and so does the link's
 * description, once it has focus). Dates are
 * `<time datetime>`: relative ("3 hours ago", "قبل 3 ساعات") under a week old, absolute after
 * (in `timezone`, the edition's zone, when given), kept current by one shared clock; a date
 * written without a zone is a time of that zone (else the reader's), as
 * `new Date('2026-12-04T10:00')` reads one, not UTC, which would show a Moroccan edition's
 * fresh article "in 1 hour"; a day without a time (`2026-12-04`) is that day in every zone,
 * shown as a day ("yesterday"), never in hours. The article's own words (headline, summary, tags, image text) take its language and direction
 * (`item.language`, else the feed's; without either, the interface's when the page declares
 * it on `<html lang>` and most letters of the headline are written in its direction, else
 * unknown, in that direction; each other text then taking its own), isolated from the page;
 * the date, reading time and labels stay in the interface language. A card written as
 * attributes gives its article's language with `language`. At most the first three
 * tags are shown. Images load lazily into a box of fixed ratio (no layout shift); without an
 * image, or when it fails, there is no box.
 *
 * @customElement news-article-card
 * @summary One news article as a card.
 *
 * @csspart base - The card (`article`, named by its headline for assistive technology).
 * @csspart image - The image.
 * @csspart headline - The heading that holds the link.
 * @csspart link - The headline link.
 * @csspart summary - The summary paragraph.
 * @csspart meta - The line with date, author and reading time.
 * @csspart date - The `time` element.
 * @csspart author - The author names.
 * @csspart reading-time - "5 min read", when the article's text is known: its whole body's words (`item.words`, counted by the feed reader), at the reading speed of the article's language, in the interface language.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag (a rounded outline by default: its border, radius, padding and colours are the site's to set).
 *
 * @cssprop [--news-font-family=inherit] - Font of the card.
 * @cssprop [--news-color-text=inherit] - Text colour.
 * @cssprop [--news-color-muted=currentColor at 85%] - Summary and meta colour.
 * @cssprop [--news-color-accent=#2f74d0 (#78aeed on a dark page)] - The focus ring, and the headline's colour on hover when set (by default the headline keeps its colour and is underlined).
 * @cssprop [--news-color-surface=transparent] - Card background.
 * @cssprop [--news-color-placeholder=currentColor at 8%] - Image box colour while the image loads.
 * @cssprop [--news-radius=0.5rem] - Corner radius of the card and image.
 * @cssprop [--news-image-ratio=16 / 9] - Shape of the image of a vertical card (a `grid` list's), which crops the picture to it; the lists' loading skeletons take it too.
 * @cssprop [--news-list-image-ratio=4 / 3] - Shape of the image beside the text of a horizontal card (a `list` list's): `16 / 9` shows a 16:9 picture whole.
 * @cssprop [--news-hero-image-ratio=2 / 1] - Shape of the image of a hero card.
 * @cssprop [--news-gap=1rem] - Half of it separates the card's parts; in the horizontal variant, all of it separates the image from the text.
 * @cssprop [--news-card-padding=0] - Padding inside the card.
 * @cssprop [--news-headline-size=1.125em] - Headline font size (1.125 times the text around the card, so a theme's root font size, as 62.5%, does not shrink it); the compact and hero variants' follow it unless set below.
 * @cssprop [--news-compact-headline-size=8/9 of --news-headline-size] - Headline font size of the compact variant (1em).
 * @cssprop [--news-hero-headline-size=4/3 to 2 × --news-headline-size] - Headline font size of the hero variant, growing with the width (1.5–2.25em).
 * @cssprop [--news-headline-weight=700] - Headline font weight.
 * @cssprop [--news-summary-lines=3] - Lines of summary shown before it is cut.
 * @cssprop [--news-meta-separator='·'] - The mark between the date, author and reading time, a CSS string of a character or two (screen readers skip it, and no line starts with it).
 *
 * @fires {CustomEvent<ArticleClickDetail>} news-article-click - The reader followed the headline link; `{item, position, source}` (`position` is 0 for a card outside a list). Cancelable for a plain click that opens in this tab: `preventDefault()` cancels the navigation so an app can route itself (see `articleRoute`). Not cancelable with a modifier key or a `target` other than `_self`.
 */
export class NewsArticleCardElement extends NewsElement {
  static override styles = [baseStyles, cardStyles];

  /**
   * Whether `card` shows a relative date, one that changes as time passes, or did at the
   * minute clock's tick before, `since` (rendered then, it is rendered again to show its date,
   * however late this tick: a tab hidden past the midnight a day alone turns a week old).
   */
  private static showsAge(card: NewsArticleCardElement, since: number): boolean {
    const published = card.article?.published && inZone(card.article.published, card.zone);
    return !!published && (isRelative(published) || isRelative(published, since));
  }

  @query('.link') private readonly link?: HTMLAnchorElement | null;

  @state() private imageFailed = false;

  /** The article to show, as produced by `parseFeed`; wins over the attributes `href`, `headline`, `summary`, `image`, `image-alt`, `date` and `author`. Its fields: [`NewsItem`](#data-shapes). */
  @property({attribute: false}) item?: NewsItem | undefined;

  /** Link to the article (when `item` is not set). */
  @property() href?: string | undefined;

  /** Headline text (when `item` is not set). */
  @property() headline?: string | undefined;

  /** Summary text (when `item` is not set). */
  @property() summary?: string | undefined;

  /** Image URL (when `item` is not set). */
  @property() image?: string | undefined;

  /** Text alternative of the image (when `item` is not set); without it the image is treated as decorative. */
  @property({attribute: 'image-alt'}) imageAlt?: string | undefined;

  /** Publication date, ISO 8601 (when `item` is not set); without a zone (`2026-12-04T10:00`), a time of `timezone`, else of the reader's zone. */
  @property() date?: string | undefined;

  /** Author name (when `item` is not set). */
  @property() author?: string | undefined;

  /** Language of the article's own words, a BCP 47 tag (when `item` is not set): `fr` for a French story on an Arabic page, whose headline a screen reader then reads with a French voice. Without it, see above. Not `lang`: the card's own labels (its date, reading time) are in the interface's language, which it writes over any `lang` on the element. */
  @property() language?: string | undefined;

  /** Layout of the card.
   * @type {'vertical' | 'horizontal' | 'compact' | 'hero'}
   */
  @property({reflect: true}) variant: CardVariant = 'vertical';

  /** Heading level of the headline, 1 to 6. */
  @property({type: Number, attribute: 'heading-level'}) headingLevel = 3;

  /** IANA time zone of an absolute date and of the full date and time in the tooltip (`Africa/Casablanca`, the edition's), of the calendar "yesterday" and "3 days ago" count days on (a reader abroad reads the edition's days), and the zone of a date written without one (`2026-12-04T10:00`, as naive feeds write it); default the reader's. An unknown zone gives one console warning and the reader's. */
  @property() timezone?: string | undefined;

  /** Where the link opens, e.g. `_blank`; the link always has `rel="noopener"`, so a new tab never gets this page as its opener. */
  @property() target?: string | undefined;

  /** `high` for the image of a card seen first (a hero, the first of a list): loaded at once, ahead of other images, instead of lazily. */
  @property({attribute: 'image-priority'}) imagePriority: 'auto' | 'high' = 'auto';

  /** 1-based position in a list, reported in `news-article-click`; set by the list. 0 for a card on its own. */
  @property({type: Number, attribute: false}) position = 0;

  /** Tag name of the element that rendered this card, reported in `news-article-click`. */
  @property({attribute: false}) source = 'news-article-card';

  /** The article being shown: `item`, or one built from the attributes. */
  private article?: NewsItem;
  /** The language and direction of the article's own words. */
  private words?: ArticleLanguage;
  /** `timezone` when `Intl` knows it, else the reader's (undefined). */
  private zone?: string;

  // Relative dates ("3 minutes ago") re-render as time passes.
  override connectedCallback(): void {
    super.connectedCallback();
    minuteClock.watch(this, NewsArticleCardElement.showsAge);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    minuteClock.unwatch(this);
  }

  /** Moves focus to the headline link. */
  override focus(options?: FocusOptions): void {
    this.link?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('item') || changed.has('image')) this.imageFailed = false;
    if (changed.has('timezone')) this.zone = timeZoneAttribute(this.timezone, this.localName);
    // A server's time-zone data may be older than the zone's rules: the card reads them right, the server's other code does not.
    if (isServer && !this.hasUpdated) warnOutdatedZone(this.zone, this.localName);
    if (ARTICLE_INPUTS.some((key) => changed.has(key))) {
      // `item` may come from any script on the page: check it against the model before rendering.
      this.article = this.item ? normalizeItem(this.item, attributeHref) : this.fromAttributes();
      this.words = this.article ? articleLanguage(this.article) : undefined;
    }
  }

  private fromAttributes(): NewsItem | undefined {
    // Read as a feed's plain-text fields are: entities decoded, bounded, and none with nothing to see.
    const title = text(this.headline, MAX_TITLE);
    if (!title) return undefined;
    const url = attributeHref(this.href);
    const author = text(this.author, MAX_NAME);
    const summary = text(this.summary, MAX_SUMMARY);
    // A name outside the common few, left as written (`&eacute;`, as PHP's htmlentities writes
    // every accent): read again once HTML's full table of names is here. A server renders once:
    // there, `news-widgets` installs it.
    if (!isServer && needsEntityTable(`${title} ${summary} ${author}`)) {
      import('../../core/entity-table.js').then(({installEntityTable}) => {
        installEntityTable();
        this.requestUpdate('headline', null);
      }, () => undefined);
    }
    return {
      id: url ?? title,
      url,
      title,
      summary,
      image: attributeHref(this.image),
      imageAlt: this.imageAlt,
      published: parseCommonDate(this.date),
      authors: author ? [{name: author}] : [],
      tags: [],
      language: languageTag(this.language),
    };
  }

  // The link's clicks and focus, the image's error and the pointer reaching the date are heard
  // on the shadow root by one function that every card shares: an event binding in the template
  // would be an object per card, a closure per listener more. `error` does not bubble: it is
  // heard on its way down.
  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    for (const type of ['click', 'mouseover', 'focusin']) root.addEventListener(type, NewsArticleCardElement.handleEvent);
    root.addEventListener('error', NewsArticleCardElement.handleEvent, true);
    return root;
  }

  private static handleEvent(this: ShadowRoot, event: Event) {
    const card = this.host as NewsArticleCardElement;
    const target = event.target as Element;
    if (event.type === 'error') {
      if (target.localName === 'img') card.imageFailed = true;
    } else if (event.type !== 'click') {
      // The date's tooltip for the pointer; the link's description (its title) for the keyboard and screen readers,
      // at focus only: the link covers the card, and a pointer over it would get the date's tooltip anywhere.
      if (event.type === 'focusin' ? target === card.link : target.localName === 'time') card.describeDate(target);
    } else if (target.closest('.link')) {
      card.handleClick(event as MouseEvent);
    }
  }

  /**
   * Writes the full date and time (in the card's zone, named) as the `title` of `target`: the
   * date's tooltip when the pointer reaches it, and the link's description when it takes focus
   * (what a screen reader says after the headline; the keyboard reaches no tooltip). Only ever
   * read there, it is not formatted and kept for every card at every render (a feed re-renders
   * its recent cards each minute). Written anew at each visit, it follows the locale, the zone
   * and the article.
   */
  private describeDate(target: Element) {
    const published = this.article?.published;
    if (published) target.setAttribute('title', formatFullDate(published, this.locale.tag, {timeZone: this.zone}));
  }

  private handleClick(event: MouseEvent) {
    if (!this.article?.url) return;
    // A click the browser would open elsewhere (a modifier key, or a target other than this
    // tab) keeps its native behaviour: the event still fires, but can't be cancelled.
    const modified = event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
    const elsewhere = !!this.target && this.target !== '_self';
    const cancelable = !event.defaultPrevented && !modified && !elsewhere;
    const proceed = this.emit('news-article-click', {item: this.article!, position: this.position, source: this.source}, {cancelable});
    if (!proceed) event.preventDefault(); // the app routes the click itself
  }

  override render(): TemplateResult | typeof nothing {
    const item = this.article;
    if (!item) return nothing;
    const variant = VARIANTS.includes(this.variant) ? this.variant : 'vertical';
    const compact = variant === 'compact';
    // An untitled post's headline is the start of its text: the text is not shown again under it.
    const summary = compact || titledByText(item) ? undefined : (item.summary ?? (item.contentText ? truncate(item.contentText, SUMMARY_FROM_CONTENT) : undefined));
    const level = headingLevel(this.headingLevel, 3);
    const tags = compact ? [] : item.tags.slice(0, MAX_TAGS);
    const image = compact || this.imageFailed ? undefined : item.image;
    const target = (item.url && this.target) || undefined;
    const {authors, contentText} = item;
    // Written without a zone, a time of the card's (see `inZone`; a server on time-zone data
    // older than the zone's rules reads it, and writes it, by the new ones).
    const published = inZone(item.published, this.zone);
    const tag = this.locale.tag;
    const high = this.imagePriority === 'high';
    const words = this.words!;
    const {lang, dir} = inPageLanguage(words, this.locale);
    // One template, every part always in it (issue 11: a full card in at most 30 nodes):
    // each sub-template or conditional would cost Lit a marker comment, each item of a
    // mapped list two more. Lines break inside tags, never between them: no whitespace text
    // nodes. An empty part is hidden by the styles (`:empty`, an image without `src`), not by
    // a `hidden` binding: each binding is an object per card and a DOM call per render.
    // For the same reason `rel="noopener"` is written once, for every link: it only matters
    // for a link that opens a new browsing context, and costs nothing on the others.
    // Without a safe URL the headline is an `a` without `href`, which is no link (no role, no
    // tab stop). The image's width/height and CSS aspect-ratio size its box before it
    // arrives (no layout shift); without an image it has no `src`, so nothing loads. Lit
    // sets attributes in the order written: `loading` comes before `src`, or the browser
    // starts fetching a lazy image the moment it gets its `src`.
    // Languages: the frame speaks the interface's (`base`), and so do the meta line and the
    // tag list's label. The article's own words are in a body of the article's language and
    // direction (`display: contents`: no box), which the headline, summary and image text
    // inherit; the tags, after it, take its language each and its direction from the styles.
    const flags = (published || authors.length || contentText ? 0 : 1) + (tags.length ? 0 : 2) + (image ? 0 : 4) + (words.lang === undefined ? 8 : 0);
    return html`<article part="base" aria-labelledby="headline" class=${CLASSES[variant][flags]} dir=${this.locale.dir} lang=${this.locale.lang}
      ><div class="body" lang=${lang} dir=${dir}
        ><div part="headline" id="headline" class="headline" role="heading" aria-level=${level}
          ><a
            part="link"
            class="link"
            href=${ifDefined(item.url)}
            target=${ifDefined(target)}
            rel="noopener"
            >${item.title}</a
          ></div
        ><p part="summary" class="summary">${summary || undefined}</p
        ><img
          part="image"
          class="image"
          width="640"
          height="360"
          decoding="async"
          loading=${high ? 'eager' : 'lazy'}
          fetchpriority=${high ? 'high' : 'auto'}
          src=${ifDefined(image)}
          alt=${item.imageAlt ?? ''}
      /></div
      ><p part="meta" class="meta"
        ><time part="date" datetime=${ifDefined(published && machineTime(item.published!, published))}
          >${published && formatArticleDate(item.published!, tag, Date.now(), {timeZone: this.zone})}</time
        ><span part="author">${authors.length ? formatList(authors.map((a) => a.name), tag) : undefined}</span>${contentText
          ? html`<span part="reading-time">${readingTimeText(readingMinutes(contentText, words.lang || undefined, item.words), tag)}</span>`
          : nothing}</p
      ><ul part="tags" class="tags" role="list" aria-label=${msg('Topics', {id: 'card.tags', desc: 'Label of the list of an article’s tags'})}
        ><li part="tag" lang=${lang}>${tags[0]}</li
        ><li part="tag" lang=${lang}>${tags[1]}</li
        ><li part="tag" lang=${lang}>${tags[2]}</li></ul
    ></article>`;
  }
}

interface ArticleLanguage {
  /** Undefined for an article that names no language (see {@link inPageLanguage}); '' for unknown. */
  readonly lang?: string;
  readonly dir: 'ltr' | 'rtl' | 'auto';
}

/**
 * The language and direction of an article's own text: its `language` (parsers give an item
 * its feed's when it has none), unless most letters of its headline are in a script of the
 * other direction (an Arabic story in a feed that says `en`); then unknown (`lang=""`), in the
 * direction most of the headline's letters are written in, which the headline and image text
 * take (the styles give the summary and each tag their own). That is `dir="auto"` without its
 * two faults: the first strong character ("COP30: …" turning an Arabic headline round), and
 * the browser's walk through the text, 1.5% of a card's rendering (issue 11's bench). A
 * headline without letters leaves it to the browser (`dir="auto"`). An article that names no
 * language gives only the direction of its headline, for {@link inPageLanguage}.
 */
function articleLanguage(item: NewsItem): ArticleLanguage {
  const written = textDirection(item.title);
  if (!item.language) return UNDECLARED[written ?? 'auto'];
  const dir = directionOf(item.language);
  if ((written ?? dir) !== dir) return UNKNOWN_LANGUAGE[written ?? 'auto'];
  return memoized(languages, item.language, (lang) => ({lang, dir}));
}

/**
 * The language an article is shown in. One that names none (a WordPress feed, which has no
 * language field; a feed on another origin that does not expose `Content-Language`; a card
 * written as attributes) is taken to be in the interface's language when the page declares
 * that language (`<html lang>`) and the headline is written in its direction, as any text of
 * the page without a `lang` of its own is: an Arabic edition's undeclared Arabic feed is read
 * with an Arabic voice, not as text of no language. Otherwise (an Arabic headline on a French
 * page; a German page, whose interface falls back to English) it is of unknown language. A
 * server renders a page in the locale its code set (`setLocale`, as the page declares in
 * `<html lang>`), which stands there for the page's language, so its cards say what the
 * browser's say; a server that set none (a German site, in English) knows no page language. Either way each of its other texts takes its own direction (the
 * `guessed` class), and its reading time goes by its text's own script.
 */
function inPageLanguage(words: ArticleLanguage, locale: RenderLocale): ArticleLanguage {
  if (words.lang !== undefined) return words;
  if ((words.dir !== 'auto' && words.dir !== locale.dir) || languageOf(isServer ? chosenLocale() : pageLanguage()) !== languageOf(locale.lang)) return UNKNOWN_LANGUAGE[words.dir];
  return words.dir === 'auto' ? memoized(letterless, locale.lang, (lang) => ({lang, dir: 'auto'})) : locale;
}

// One object per language and direction, shared by the cards (not one per card).
const UNKNOWN_LANGUAGE: Record<ArticleLanguage['dir'], ArticleLanguage> = {ltr: {lang: '', dir: 'ltr'}, rtl: {lang: '', dir: 'rtl'}, auto: {lang: '', dir: 'auto'}};
const UNDECLARED: Record<ArticleLanguage['dir'], ArticleLanguage> = {ltr: {dir: 'ltr'}, rtl: {dir: 'rtl'}, auto: {dir: 'auto'}};
const languages = new Map<string, ArticleLanguage>();
const letterless = new Map<string, ArticleLanguage>();

/** "5 min read", in the active locale's words (`getLocale()`), in the plural form and digits of `tag`, which should be that locale (Arabic has six forms). */
export function readingTimeText(minutes: number, tag: string): string {
  return plural(minutes, tag, {
    zero: (n) => msg(str`${n} min read`, {id: 'card.reading-time.zero', desc: 'Minutes it takes to read the article; plural form “zero”'}),
    one: (n) => msg(str`${n} min read`, {id: 'card.reading-time.one', desc: 'Minutes it takes to read the article; plural form “one”'}),
    two: (n) => msg(str`${n} min read`, {id: 'card.reading-time.two', desc: 'Minutes it takes to read the article; plural form “two”'}),
    few: (n) => msg(str`${n} min read`, {id: 'card.reading-time.few', desc: 'Minutes it takes to read the article; plural form “few”'}),
    many: (n) => msg(str`${n} min read`, {id: 'card.reading-time.many', desc: 'Minutes it takes to read the article; plural form “many”'}),
    other: (n) => msg(str`${n} min read`, {id: 'card.reading-time.other', desc: 'Minutes it takes to read the article; plural form “other”'}),
  });
}
