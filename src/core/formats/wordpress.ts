/**
 * WordPress REST API posts (`/wp-json/wp/v2/posts?_embed`): a JSON array of post objects
 * (`core/read-feed.ts` tells them from other JSON and loads this module on first use).
 */
import {ZonelessDate} from '../dates.js';
import type {NewsFeed, NewsItem} from '../model.js';
import {safeUrl} from '../text.js';
import {MAX_ITEMS, MAX_SUMMARY, MAX_TAG, MAX_LIST_READ, MAX_TITLE, ItemList, author, body, fieldImage, bodyText, htmlText, isObject, parseCommonDate, str, tagList, titleOr, type Json} from './fields.js';
import type {Steps} from '../steps.js';

/** `{rendered: "…"}`, the shape of WordPress' title, excerpt, content and guid. */
const rendered = (value: unknown) => (isObject(value) ? str(value.rendered) : undefined);
const first = (value: unknown) => (Array.isArray(value) ? value[0] : undefined);

/** `date_gmt` is UTC written without a zone (`T` or a space between date and time); `date` is the site's local time, a `ZonelessDate` (the card reads it in its zone). */
function gmt(value: unknown): Date | undefined {
  const date = parseCommonDate(str(value));
  return date instanceof ZonelessDate ? new Date(date.getTime()) : date;
}

/**
 * Terms whose names are read between pauses: each name may be read to 5,000 characters, and a
 * post's first MAX_LIST_READ terms (200 names of 4,000 `&`) were read in one step of 50-65 ms.
 */
const TERMS_PER_STEP = 16;

/** The names of `terms` as text, each distinct name read once, a pause after every {@link TERMS_PER_STEP}. */
function* termNames(terms: unknown[]): Steps<(string | undefined)[]> {
  const names: (string | undefined)[] = [];
  for (const name of new Set(terms.map((term) => (isObject(term) ? term.name : undefined)))) {
    names.push(htmlText(name, MAX_TAG));
    if (names.length % TERMS_PER_STEP === 0) yield;
  }
  return names;
}

function* post(raw: unknown, index: number, base: string | undefined): Steps<NewsItem | undefined> {
  if (!isObject(raw)) return undefined;
  const url = safeUrl(raw.link, base);
  const content = rendered(raw.content);
  const summary = htmlText(rendered(raw.excerpt), MAX_SUMMARY, undefined, [url], base);
  const {contentText, words} = body(bodyText(content, true));
  // An excerpt that was all "Continue reading" (left out of the summary) still titles an untitled post.
  const title = titleOr(htmlText(rendered(raw.title), MAX_TITLE), summary, contentText) ?? htmlText(rendered(raw.excerpt), MAX_TITLE);
  if (!title) return undefined;
  const embedded = isObject(raw._embedded) ? raw._embedded : {};
  const writer = first(embedded.author);
  const media = first(embedded['wp:featuredmedia']);
  const sizes = isObject(media) && isObject(media.media_details) && isObject(media.media_details.sizes) ? media.media_details.sizes : {};
  // A large rendition when WordPress made one: the original upload can be many megabytes.
  const large = isObject(sizes.large) ? sizes.large.source_url : undefined;
  const featured = isObject(media) ? (safeUrl(large, base) ?? safeUrl(media.source_url, base)) : undefined;
  const inline = featured ? undefined : fieldImage(content, base);
  // wp:term is one list per taxonomy (categories, tags): all of them are topics, as far as tagList reads them.
  const terms = Array.isArray(embedded['wp:term']) ? embedded['wp:term'].flat().slice(0, MAX_LIST_READ) : [];
  const tags = tagList(yield* termNames(terms));
  return {
    id: rendered(raw.guid)?.trim() || url || (str(raw.id) ? `wp-${str(raw.id)}` : `item-${index}`),
    url,
    title,
    summary,
    contentText,
    words,
    image: featured ?? inline?.src,
    imageAlt: featured ? htmlText((media as Json).alt_text, MAX_TITLE) : inline?.alt,
    published: gmt(raw.date_gmt) ?? parseCommonDate(raw.date),
    modified: gmt(raw.modified_gmt) ?? parseCommonDate(raw.modified),
    authors: isObject(writer) ? [author(htmlText(writer.name), writer.link, base) ?? []].flat() : [],
    tags,
  };
}

/** Reading steps for a list of posts (see `runNow`/`runInSlices`). */
export function* wordPressSteps(posts: unknown[], baseUrl: string | undefined, maxItems = MAX_ITEMS): Steps<NewsFeed> {
  const list = new ItemList(maxItems);
  for (let index = 0; index < posts.length && !list.full; index++) {
    list.add(yield* post(posts[index], index, baseUrl));
    yield;
  }
  return {items: list.items};
}
