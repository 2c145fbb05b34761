/**
 * Reading feed text as a page does (`loadFeed`, the elements): the format is detected from
 * the content. JSON Feed is read here; RSS and Atom, and WordPress REST posts, by modules
 * loaded on first use, so a page with a JSON Feed downloads neither. `core/feed.ts` adds the
 * synchronous `parseFeed` of the module API, which has every JSON reader at hand.
 *
 * Parsing is best effort: a wrong-typed or missing optional field is dropped, an item
 * without a title or text is skipped, and only a document that is not a feed at all is an
 * error. Every string comes out as plain text and every URL as an absolute http(s) URL; a feed
 * a page's code builds (`normalizeFeed`) keeps a relative one on a server, which has no page.
 */
import {FeedError, type NewsFeed} from './model.js';
import {ItemList, MAX_ITEMS, MAX_TITLE, cleanText, isObject, languageTag, normalizeItem, type UrlReader} from './formats/fields.js';
import {runInSlices, yieldToMain, type Steps} from './steps.js';
import {isJsonFeed, jsonFeedSteps} from './formats/json-feed.js';
import {MAX_VALUES, scanJson} from './formats/json-split.js';
import {safeUrl} from './url.js';
import {needsEntityTableSteps} from './entities.js';
import {decodingSteps, withoutC1} from './encoding.js';
import {DEFAULT_MAX_DEPTH, ReadLimitError, readingLimit} from './read-body.js';
import {pageBase} from './page.js';

export {FeedError} from './model.js';
export {knownStories} from './formats/fields.js';
export type {FeedErrorKind, NewsAuthor, NewsFeed, NewsItem} from './model.js';

const where = (url: string | undefined) => (url ? ` at ${url}` : '');

/**
 * The address a feed's relative links resolve against: `baseUrl` (a string or, from a page's
 * code, a `URL`) read as the page reads a link: a relative one, `/feeds/latest.json`, is under
 * the page's address; on a server, which has none, it is no base. A base that is no address
 * resolves no relative link and never costs the feed its absolute ones, as it did when every
 * link was read against it.
 */
export function feedBase(baseUrl: string | URL | undefined): string | undefined {
  try {
    return baseUrl === undefined ? undefined : new URL(baseUrl, pageBase()).href;
  } catch {
    return undefined;
  }
}

/**
 * One of the messages PHP prints into a page when a plugin or theme has a bug and the site
 * shows its errors, as HTML (`<br />\n<b>Warning</b>:  Undefined variable $x in
 * <b>/var/www/feed.php</b> on line <b>42</b><br />`) or as text where `html_errors` is off
 * (`Warning: Undefined variable $x in /var/www/feed.php on line 42`).
 */
const PHP_MESSAGE = /\s*(?:<br \/>\s*<b>)?[A-Z][\w ]{2,30}(?:<\/b>)?: [^\n]* on line (?:<b>)?\d+\b[^\n]*/y;
// A byte-order mark, and an RSS feed's XML declaration (kept), before PHP's messages.
const BEFORE_MESSAGES = /^\uFEFF?(\s*<\?xml\s[^>]*>)?/;
/** Messages read between pauses: a megabyte of them is read in a few slices, not one task. */
const MESSAGES_PER_STEP = 2_000;

/**
 * `text` without the {@link PHP_MESSAGE}s before the feed that follows whole, JSON or XML, or
 * after an RSS feed's XML declaration, which stays. Neither JSON nor XML starts with such a
 * line, so leaving them out spoils no feed.
 */
export function* withoutPhpMessages(text: string): Steps<string> {
  const [before, declaration = ''] = BEFORE_MESSAGES.exec(text)!;
  let end = before.length;
  for (let messages = 1; ; messages++) {
    PHP_MESSAGE.lastIndex = end;
    if (!PHP_MESSAGE.test(text)) break;
    end = PHP_MESSAGE.lastIndex;
    if (messages % MESSAGES_PER_STEP === 0) yield;
  }
  return end === before.length ? text : declaration + text.slice(end);
}

/**
 * True when text looks like XML (RSS, Atom): its first character, after a byte-order mark and
 * blanks, is `<`. However many blanks: a template may print lines of them above its feed (a
 * search anchored at the start, linear in them).
 */
const looksLikeXml = (text: string) => /^\uFEFF?\s*</.test(text);

/** JSON text to its value; a `format` error for empty text (not for an empty `item` of a list), a `syntax` error for broken JSON. */
function parseJson(text: string, baseUrl: string | undefined, item = false): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    // An empty answer (a server whose script failed sends one) is not broken JSON, whatever the feed's format.
    if (!item && !text.trim()) throw new FeedError('format', `The feed${where(baseUrl)} is empty.`, {url: baseUrl});
    throw new FeedError('syntax', `The feed${where(baseUrl)} is not valid JSON (${(cause as Error).message.slice(0, 200)}).`, {url: baseUrl, cause});
  }
}

/**
 * One item of a JSON feed's list. When it is broken, the error is the whole text's, which
 * `JSON.parse` reads up to the mistake: its words and position are the document's (a trailing
 * comma after the last item is no "unexpected end" of an empty piece).
 */
function parseItem(text: string, item: {start: number; end: number}, baseUrl: string | undefined): unknown {
  try {
    return parseJson(text.slice(item.start, item.end), baseUrl, true);
  } catch (error) {
    parseJson(text, baseUrl);
    throw error;
  }
}

/**
 * A JSON feed's text to its value, pausing while it scans and between its items: JSON nested
 * past `maxDepth` is refused with a `limit` error before it is parsed (`JSON.parse` builds
 * every object it reads), items past `maxItems` are left out of what is parsed, and the rest
 * is parsed item by item. An item of more than {@link MAX_VALUES} values is left out too, and
 * a text with more than that outside its items is refused with a `limit` error: either would
 * hold the page for a long task of `JSON.parse`. A `format` error for XML, a `syntax` error
 * for broken JSON. `parseFeed` runs it at once, `parseFeedText` in slices: both refuse the
 * same texts.
 */
export function* readJsonText(text: string, baseUrl: string | undefined, maxItems: number, maxDepth: number | undefined): Steps<unknown> {
  if (looksLikeXml(text)) {
    throw new FeedError('format', `The feed${where(baseUrl)} is XML (RSS or Atom): read it with parseFeedText() or loadFeed(), which load the XML parser on demand.`, {
      url: baseUrl,
    });
  }
  const depth = readingLimit(maxDepth) ?? DEFAULT_MAX_DEPTH;
  const {tooDeep, list, values} = yield* scanJson(text, maxItems, depth);
  if (tooDeep) {
    const cause = new ReadLimitError('depth', depth);
    throw new FeedError('limit', `The feed${where(baseUrl)} is ${cause.message}, past the reading limit.`, {url: baseUrl, cause});
  }
  // Not a limit a page raises (the items within it are read): a feed holds a few hundred values outside its items.
  if (values > MAX_VALUES) {
    throw new FeedError('limit', `The feed${where(baseUrl)} holds more than ${MAX_VALUES.toLocaleString('en')} values${list ? ' outside its items' : ''}, past the reading limit.`, {url: baseUrl});
  }
  if (!list) return parseJson(text, baseUrl);
  const data = parseJson(text.slice(0, list.start + 1) + text.slice(list.end), baseUrl);
  const items: unknown[] = [];
  for (const item of list.items) {
    if (item.values <= MAX_VALUES) items.push(parseItem(text, item, baseUrl));
    yield;
  }
  return Array.isArray(data) ? items : Object.assign(data as object, {items});
}

/** Options of {@link parseFeed} and {@link parseFeedText}. */
export interface ParseFeedOptions {
  /**
   * Most items read (default 1 000): the rest of a longer feed is left unread, so a feed of
   * thousands costs no more than this many. Not a positive number means the default.
   */
  maxItems?: number;
  /**
   * Longest RSS or Atom text read, in characters (default 4 000 000, far past what 1 000 items
   * take): a longer document is read as if it ended there, and repaired like any truncated
   * feed. `loadFeed` reads as far as its `maxBytes`. Not a positive number means the default.
   */
  maxLength?: number;
  /**
   * Deepest nesting of arrays and objects read from JSON (default 64; a feed needs about 6):
   * deeper JSON is refused with a `limit` error before it is parsed. Not a positive number
   * means the default.
   */
  maxDepth?: number;
  /**
   * Stops reading once aborted: the promise rejects with the signal's reason at the next pause
   * between slices (a language switch in the middle of a long feed reads no further).
   */
  signal?: AbortSignal;
  /**
   * For `parseFeedText` given bytes: the `Content-Type` they were served with, whose
   * `charset` decides their encoding as in `loadFeed` (after a byte-order mark, before the XML
   * declaration). Ignored for text.
   */
  contentType?: string | null;
}

/** What {@link parseFeedText} reads: a feed's text, or its bytes (a Node `Buffer` is a `Uint8Array`). */
export type FeedInput = string | Uint8Array | ArrayBuffer;

/**
 * The item cap in effect: `maxItems` given as a positive number, else {@link MAX_ITEMS}.
 * Here rather than in formats/fields.ts, which the article card loads and which needs no limits.
 */
export const itemCap = (maxItems: number | undefined): number => readingLimit(maxItems) ?? MAX_ITEMS;

/** True for a WordPress post object: its title is a `{rendered}` object. */
const isWordPressPost = (value: unknown) => isObject(value) && isObject(value.title) && 'rendered' in value.title;

/** Parsed JSON as a list of WordPress posts (an array of them, or one post), or undefined for other JSON. */
export function wordPressPosts(data: unknown): unknown[] | undefined {
  if (Array.isArray(data)) return data.length === 0 || data.some(isWordPressPost) ? data : undefined;
  return isWordPressPost(data) ? [data] : undefined;
}

/** The reading steps for parsed JSON that is not WordPress posts: a JSON Feed, or a `format` error. */
export function jsonFeedReading(data: unknown, baseUrl: string | undefined, maxItems: number): Steps<NewsFeed> {
  if (isObject(data) && isJsonFeed(data)) return jsonFeedSteps(data, baseUrl, maxItems);
  throw new FeedError(
    'format',
    `The document${where(baseUrl)} is not a feed: expected a JSON Feed (an object with "version" and "items"), WordPress posts, RSS or Atom.`,
    {url: baseUrl, field: 'version'},
  );
}

/** A reader module loaded on first use; a load that failed is tried again by the next feed, and fails as a `network` error. */
function onDemand<M>(load: () => Promise<M>, what: string): (url: string | undefined) => Promise<M> {
  let module: Promise<M> | undefined;
  return (url) =>
    (module ??= load()).catch((cause: unknown) => {
      module = undefined;
      throw new FeedError('network', `Could not load the ${what} reader of news-widgets (${String(cause)}).`, {url, cause});
    });
}

const xmlReader = onDemand(() => import('./formats/xml.js'), 'RSS/Atom');
const wordPressReader = onDemand(() => import('./formats/wordpress.js'), 'WordPress');

/**
 * Parses feed text of any supported format, detected from the content: JSON Feed 1.0/1.1,
 * WordPress REST posts, RSS 0.9x/1.0/2.0 or Atom 0.3/1.0 (the XML and WordPress readers
 * load on first use; broken XML is repaired as feed readers repair it). Items are read in slices
 * of a few milliseconds, so a large feed never blocks the page for long. Runs the same in
 * browsers and in Node. Relative URLs resolve against `baseUrl`, as in {@link parseFeed}. Given bytes (a file read without an encoding, `response.arrayBuffer()`),
 * it decodes them as `loadFeed` does: a byte-order mark, else `options.contentType`'s
 * charset, else the XML declaration's encoding (windows-1256, ISO-8859-6…), else UTF-8, or
 * windows-1252 for bytes that are not UTF-8.
 * @throws {FeedError} `syntax` for broken JSON, `format` for a document that holds no feed,
 *   for gzip-compressed bytes, and for an input that is neither text nor bytes, `limit` for JSON
 *   nested past `maxDepth` or of too many values outside its items; `signal`'s reason once it
 *   is aborted, before the call or while it reads.
 */
export async function parseFeedText(input: FeedInput, baseUrl: string | URL | undefined = pageBase(), options: ParseFeedOptions = {}): Promise<NewsFeed> {
  const {signal} = options;
  // Checked at each step, not only at the pauses between slices: a small feed never pauses.
  const stopIfAborted = () => {
    if (signal?.aborted) throw signal.reason;
  };
  stopIfAborted();
  const maxItems = itemCap(options.maxItems);
  const base = feedBase(baseUrl);
  // Text given as a string reads as bytes decoded do (`decodingSteps`): its C1 controls are
  // windows-1252 text (`…`, `„`), in every field, before a parser reads them its own way (Node's
  // XML parser, xmldom, as XML 1.1 does: U+0085 a line break).
  const given = typeof input === 'string' ? await runInSlices(withoutC1(input), signal) : await decodedText(input, base, options);
  const text = await runInSlices(withoutPhpMessages(given), signal);
  // A text that names an entity outside the common few waits for the full table; without it, such names stay as written.
  if (await runInSlices(needsEntityTableSteps(text), signal)) await import('./entity-table.js').then(({installEntityTable}) => installEntityTable(), () => undefined);
  let feed: NewsFeed;
  if (looksLikeXml(text)) {
    const {parseXmlFeed} = await xmlReader(base);
    stopIfAborted();
    feed = await parseXmlFeed(text, base, undefined, maxItems, readingLimit(options.maxLength), signal);
  } else {
    const data = await runInSlices(readJsonText(text, base, maxItems, options.maxDepth), signal);
    const posts = wordPressPosts(data);
    const steps = posts ? (await wordPressReader(base)).wordPressSteps(posts, base, maxItems) : jsonFeedReading(data, base, maxItems);
    // JSON.parse of a large body is a task of its own (about 7 ms a megabyte); reading the items starts after it.
    await yieldToMain();
    stopIfAborted();
    feed = await runInSlices(steps, signal);
  }
  stopIfAborted();
  return feed;
}

/**
 * `input`'s bytes decoded (see {@link parseFeedText}) in slices, the page free again before
 * the text is read.
 */
async function decodedText(input: unknown, baseUrl: string | undefined, {contentType, signal}: ParseFeedOptions): Promise<string> {
  let bytes: Uint8Array | undefined;
  try {
    // An ArrayBuffer of another realm (a test runner's DOM environment) is one too.
    bytes = ArrayBuffer.isView(input)
      ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
      : Object.prototype.toString.call(input) === '[object ArrayBuffer]'
        ? new Uint8Array(input as ArrayBuffer)
        : undefined;
  } catch (cause) {
    throw new FeedError('format', 'parseFeedText() was given a transferred ArrayBuffer.', {url: baseUrl, cause});
  }
  if (!bytes) throw new FeedError('format', `parseFeedText() takes a feed's text or bytes (Uint8Array, ArrayBuffer), not ${input === null ? 'null' : typeof input}.`, {url: baseUrl});
  // gzip's magic number: a compressed file served without Content-Encoding (an upload to object
  // storage without its metadata), which the browser does not unpack and no reader can read.
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new FeedError('format', `The feed${where(baseUrl)} is gzip-compressed without a Content-Encoding: gzip header: serve it with that header, or uncompressed.`, {url: baseUrl});
  }
  const text = await runInSlices(decodingSteps(bytes, contentType), signal);
  await yieldToMain();
  return text;
}

/**
 * Checks a feed built by code (the `feed` property, the persistent cache) against the model,
 * so a wrong type never reaches a template: bad items are dropped, unsafe URLs removed,
 * items without a language take the feed's, and at most `maxItems` are kept. `link` reads
 * its URLs (see {@link normalizeItem}).
 */
export function normalizeFeed(raw: unknown, maxItems = MAX_ITEMS, link: UrlReader = safeUrl): NewsFeed {
  if (!isObject(raw)) return {items: []};
  const list = new ItemList(maxItems);
  if (Array.isArray(raw.items)) for (let i = 0; i < raw.items.length && !list.full; i++) list.add(normalizeItem(raw.items[i], link));
  const language = languageTag(raw.language);
  return {
    title: cleanText(raw.title, MAX_TITLE),
    homePageUrl: link(raw.homePageUrl),
    language,
    nextUrl: link(raw.nextUrl),
    // As the parsers do: an item without a language of its own is in its feed's.
    items: language ? list.items.map((item) => (item.language ? item : {...item, language})) : list.items,
  };
}
