/**
 * The feed model every element renders, and the JSON Feed 1.0/1.1 parser.
 *
 * Parsing is best effort: a wrong-typed or missing optional field is dropped, an item
 * without a title or text is skipped, and only a document that is not a feed at all is an
 * error. Every string comes out as plain text and every URL as an absolute http(s) URL.
 */
import {htmlToText, plainText, safeUrl, truncate} from './text.js';

/** A person credited for an item. */
export interface NewsAuthor {
  name: string;
  url?: string;
}

/** One article, whatever format it came from. */
export interface NewsItem {
  /** Unique within the feed; the URL when the feed gives no id. */
  id: string;
  /** The article page (http or https only). */
  url?: string;
  title: string;
  /** A short plain-text description. */
  summary?: string;
  /** The article body as plain text. */
  contentText?: string;
  /** The main image (http or https only). */
  image?: string;
  /** Text alternative for `image`; absent when the feed gives none (the image is then decorative). */
  imageAlt?: string;
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
  /** The next page of a paginated feed (JSON Feed `next_url`). */
  nextUrl?: string;
  items: NewsItem[];
}

/** What went wrong while loading or parsing a feed. */
export type FeedErrorKind = 'network' | 'timeout' | 'http' | 'syntax' | 'format';

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

/** Longest title and summary kept; absurd feed strings must not swamp a page. */
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 600;
const MAX_TAGS = 20;

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A non-empty plain-text string, or undefined. */
function text(value: unknown, max = Infinity): string | undefined {
  const raw = str(value);
  if (raw === undefined) return undefined;
  const clean = truncate(plainText(raw), max);
  return clean || undefined;
}

/** Parses an RFC 3339 / ISO 8601 date; anything unreadable is undefined, never Invalid Date. */
export function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  const date = new Date(value.trim());
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A valid BCP 47 tag in canonical case, or undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}

function authors(value: unknown, base: string | undefined): NewsAuthor[] {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  const result: NewsAuthor[] = [];
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const name = text(entry.name, 120);
    if (name) result.push({name, url: safeUrl(entry.url, base)});
  }
  return result;
}

function tags(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const seen = new Set<string>();
  for (const tag of value) {
    const clean = text(tag, 60);
    if (clean) seen.add(clean);
    if (seen.size === MAX_TAGS) break;
  }
  return [...seen];
}

function jsonFeedItem(raw: unknown, index: number, feed: {base?: string; language?: string; authors: NewsAuthor[]}): NewsItem | undefined {
  if (!isObject(raw)) return undefined;
  const {base} = feed;
  const url = safeUrl(raw.url, base) ?? safeUrl(raw.external_url, base);
  const contentText =
    text(raw.content_text) ?? (typeof raw.content_html === 'string' ? htmlToText(raw.content_html) || undefined : undefined);
  const summarySource = str(raw.summary);
  const summary = summarySource !== undefined ? truncate(htmlToText(summarySource), MAX_SUMMARY) || undefined : undefined;
  // JSON Feed allows items without a title (microblog posts): use the start of the text.
  const title = text(raw.title, MAX_TITLE) ?? (summary ?? contentText ? truncate((summary ?? contentText)!, 120) : undefined);
  if (!title) return undefined;
  const itemAuthors = authors(raw.authors ?? raw.author, base);
  return {
    id: str(raw.id)?.trim() || url || `item-${index}`,
    url,
    title,
    summary,
    contentText,
    image: safeUrl(raw.image, base) ?? safeUrl(raw.banner_image, base),
    published: parseDate(raw.date_published),
    modified: parseDate(raw.date_modified),
    authors: itemAuthors.length ? itemAuthors : feed.authors,
    tags: tags(raw.tags),
    language: languageTag(raw.language) ?? feed.language,
  };
}

/** True for an object that says it is a JSON Feed, or at least carries an `items` list. */
function isJsonFeed(data: Json): boolean {
  return (typeof data.version === 'string' && data.version.startsWith('https://jsonfeed.org/version/')) || 'items' in data;
}

/**
 * Parses a JSON Feed 1.0 or 1.1 document (an object, or its JSON text) into a {@link NewsFeed}.
 * Relative URLs resolve against `baseUrl` (the feed's own URL).
 * @throws {FeedError} `syntax` when the text is not JSON, `format` when it is not a feed.
 */
export function parseFeed(data: unknown, baseUrl: string | undefined = globalThis.location?.href): NewsFeed {
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data);
    } catch (cause) {
      throw new FeedError('syntax', `The feed${baseUrl ? ` at ${baseUrl}` : ''} is not valid JSON (${(cause as Error).message}).`, {
        url: baseUrl,
        cause,
      });
    }
  }
  const where = baseUrl ? ` at ${baseUrl}` : '';
  if (!isObject(data) || !isJsonFeed(data)) {
    throw new FeedError('format', `The document${where} is not a JSON Feed: expected an object with "version" and "items".`, {
      url: baseUrl,
      field: 'version',
    });
  }
  if (!Array.isArray(data.items)) {
    throw new FeedError('format', `The feed${where} has no item list: "items" must be an array, not ${describe(data.items)}.`, {
      url: baseUrl,
      field: 'items',
    });
  }
  // `feed_url` is where the feed says it lives; relative item URLs resolve against it.
  const base = safeUrl(data.feed_url, baseUrl) ?? baseUrl;
  const language = languageTag(data.language);
  const context = {base, language, authors: authors(data.authors ?? data.author, base)};
  const items: NewsItem[] = [];
  const ids = new Set<string>();
  data.items.forEach((raw, index) => {
    const item = jsonFeedItem(raw, index, context);
    if (!item || ids.has(item.id)) return;
    ids.add(item.id);
    items.push(item);
  });
  return {
    title: text(data.title, MAX_TITLE),
    homePageUrl: safeUrl(data.home_page_url, base),
    language,
    nextUrl: safeUrl(data.next_url, base),
    items,
  };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
