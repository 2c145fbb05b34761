/**
 * The feed model every element renders, and the error a feed that cannot be used gives.
 */

/** A person credited for an item. */
export interface NewsAuthor {
  name: string;
  url?: string;
}

/** One article, whatever format it came from. */
export interface NewsItem {
  /** Unique within the feed: the feed's id (an RSS guid, an Atom id), or the URL when it gives none. Stories the feed gave one id between them (a CMS that prints one guid for every item) are each that id, a space and their URL. */
  id: string;
  /** The article page (http or https only; relative, as written, in an item built by a page's code and rendered on a server). */
  url?: string;
  title: string;
  /** A short plain-text description. */
  summary?: string;
  /** The article body as plain text: its first 5,000 characters. */
  contentText?: string;
  /**
   * How many words the whole body holds (as far as a field is read: 100,000 characters of
   * markup and 2,000 tags), for the reading time: `contentText` keeps only its start. Absent
   * for text mostly in a script written without spaces between words (Chinese, Japanese,
   * Thai…), whose reading time counts `contentText`.
   */
  words?: number;
  /** The main image (http or https only; relative as `url` may be). */
  image?: string;
  /** Text alternative for `image`; absent when the feed gives none (the image is then decorative). */
  imageAlt?: string;
  /** Publication date; one written without a zone is kept as written (a `ZonelessDate`, see Feeds), for the card to read in its zone. */
  published?: Date;
  modified?: Date;
  authors: NewsAuthor[];
  tags: string[];
  /** BCP 47 language tag of the item, or of its feed. */
  language?: string;
}

/** A parsed feed. */
export interface NewsFeed {
  title?: string;
  homePageUrl?: string;
  language?: string;
  /** The next page of a paginated feed (JSON Feed `next_url`, Atom/RSS `rel="next"`, HTTP `Link`). */
  nextUrl?: string;
  items: NewsItem[];
}

/**
 * What went wrong while loading or parsing a feed; `limit` is an answer past a reading
 * limit (`maxBytes`, `maxDepth` in `LoadFeedOptions`).
 */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'syntax' | 'format' | 'limit';

/**
 * A feed that could not be loaded or understood. `message` is written for the page owner
 * (it shows in the console and in `news-feed-error`); elements show a localized text
 * chosen by `kind`.
 */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(
    readonly kind: FeedErrorKind,
    message: string,
    readonly details: {url?: string; status?: number; field?: string; cause?: unknown} = {},
  ) {
    super(message, {cause: details.cause});
  }
  get url() {
    return this.details.url;
  }
  get status() {
    return this.details.status;
  }
  get field() {
    return this.details.field;
  }
}

/** Layout of an article card: what `<news-article-card variant>` accepts. */
export type CardVariant = 'vertical' | 'horizontal' | 'compact' | 'hero';

/** Layout of a list of articles (`<news-feed layout>`, `<news-related layout>`). */
export type FeedLayout = 'grid' | 'featured' | 'list' | 'compact';
