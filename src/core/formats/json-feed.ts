/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
import {FeedError, type NewsAuthor, type NewsFeed, type NewsItem} from '../model.js';
import {safeUrl} from '../text.js';
import {MAX_AUTHORS, MAX_ITEMS, MAX_SUMMARY, MAX_TITLE, ItemList, author, body, dedupeAuthors, fieldImage, bodyText, htmlText, isObject, languageTag, parseCommonDate, str, tagList, text, titleOr, type Json} from './fields.js';
import type {Steps} from '../steps.js';

interface Context {
  base?: string;
  language?: string;
  authors: NewsAuthor[];
}

function authors(value: unknown, base: string | undefined): NewsAuthor[] {
  const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
  return dedupeAuthors(list.slice(0, MAX_AUTHORS).map((entry) => (isObject(entry) ? author(entry.name, entry.url, base) : undefined)));
}

function item(raw: unknown, index: number, feed: Context): NewsItem | undefined {
  if (!isObject(raw)) return undefined;
  const {base} = feed;
  const own = safeUrl(raw.url, base);
  const url = own ?? safeUrl(raw.external_url, base);
  // The item's own page (not `external_url`, another site's): a WordPress footer or a "Continue
  // reading" link to it that ends its HTML is no part of its text (see htmlText).
  const pages = [own];
  const {contentText, words} = body(bodyText(raw.content_text, false) ?? bodyText(raw.content_html, true, pages, base));
  const summary = htmlText(raw.summary, MAX_SUMMARY, undefined, pages, base);
  // JSON Feed allows items without a title (microblog posts): use the start of the text.
  // An item whose text was only a link to its own page (a photo's caption) is titled by that link's words.
  const title = titleOr(text(raw.title, MAX_TITLE), summary, contentText) ?? htmlText(raw.summary, MAX_TITLE) ?? htmlText(raw.content_html, MAX_TITLE);
  if (!title) return undefined;
  const itemAuthors = authors(raw.authors ?? raw.author, base);
  // Without an image of its own, the first picture of its HTML, as RSS, Atom and WordPress items get theirs.
  const image = safeUrl(raw.image, base) ?? safeUrl(raw.banner_image, base);
  const inline = image ? undefined : fieldImage(str(raw.content_html), base);
  return {
    id: str(raw.id)?.trim() || url || `item-${index}`,
    url,
    title,
    summary,
    contentText,
    words,
    image: image ?? inline?.src,
    imageAlt: inline?.alt,
    published: parseCommonDate(raw.date_published),
    modified: parseCommonDate(raw.date_modified),
    authors: itemAuthors.length ? itemAuthors : feed.authors,
    tags: Array.isArray(raw.tags) ? tagList(raw.tags) : [],
    language: languageTag(raw.language) ?? feed.language,
  };
}

/** True for an object that says it is a JSON Feed, or at least carries an `items` field. */
export function isJsonFeed(data: Json): boolean {
  return (typeof data.version === 'string' && data.version.startsWith('https://jsonfeed.org/version/')) || 'items' in data;
}

/** Reading steps for a JSON Feed object (see `runNow`/`runInSlices`). */
export function* jsonFeedSteps(data: Json, baseUrl: string | undefined, maxItems = MAX_ITEMS): Steps<NewsFeed> {
  if (!Array.isArray(data.items)) {
    throw new FeedError('format', `The feed${baseUrl ? ` at ${baseUrl}` : ''} has no item list: "items" must be an array, not ${describe(data.items)}.`, {
      url: baseUrl,
      field: 'items',
    });
  }
  // `feed_url` is where the feed says it lives; relative item URLs resolve against it.
  const base = safeUrl(data.feed_url, baseUrl) ?? baseUrl;
  const language = languageTag(data.language);
  const context = {base, language, authors: authors(data.authors ?? data.author, base)};
  const list = new ItemList(maxItems);
  for (let index = 0; index < data.items.length && !list.full; index++) {
    list.add(item(data.items[index], index, context));
    yield;
  }
  return {
    title: text(data.title, MAX_TITLE),
    homePageUrl: safeUrl(data.home_page_url, base),
    language,
    nextUrl: safeUrl(data.next_url, base),
    items: list.items,
  };
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
