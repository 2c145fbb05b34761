/**
 * Reading untrusted feed fields, shared by every format: wrong types and unreadable values
 * become `undefined`, strings become bounded plain text, URLs absolute http(s) URLs.
 */
import type {NewsAuthor, NewsFeed, NewsItem} from '../model.js';
import {markupLength} from '../markup-limits.js';
import {BLOCK_TAGS, attributeValue, collapseWhitespace, cutField, firstImage, htmlToText, plainText, safeUrl, truncate} from '../text.js';
import {parseCommonDate} from '../dates.js';
import {countWords} from '../words.js';

export {parseCommonDate} from '../dates.js';

/** Longest title and summary kept; absurd feed strings must not swamp a page. */
export const MAX_TITLE = 300;
export const MAX_SUMMARY = 600;
/** Longest body text kept: enough for related-article ranking and a summary fallback. */
export const MAX_CONTENT = 5_000;
/**
 * Most of a body read to count its words: as much markup (or entity-encoded text) as any field
 * of MAX_CONTENT characters is read for, and so at most as much text. The HTML reader also
 * stops after MAX_MARKUP_TAGS tags.
 */
export const BODY_LENGTH = markupLength(MAX_CONTENT);
/**
 * Default most items read from one document; a feed of thousands is cut, not rendered.
 * The `maxItems` option (the `max-items` attribute) raises or lowers it.
 */
export const MAX_ITEMS = 1_000;
const MAX_TAGS = 20;
/** Most authors read per item: a byline, not a masthead (thousands would be formatted on every card). */
export const MAX_AUTHORS = 20;
/** Longest person's name kept. */
export const MAX_NAME = 120;
/** Longest tag kept: long enough for real category names, short enough for a chip. */
export const MAX_TAG = 200;
/** Longest id kept: far past any real one (a URL, a tag: URI), short enough for the stored feed. */
export const MAX_ID = 2_000;

export type Json = Record<string, unknown>;

export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;

/** A character to see: not a space, a format control (zero-width, bidi marks, soft hyphens) or a mark without its letter. */
const VISIBLE = /[^\p{Cc}\p{Cf}\p{Z}\p{M}\s]/u;

/** `text` when it has something to see, else undefined: a headline, byline or tag of `\u200B\u202E` would be an empty link or chip. */
export const shown = (text: string): string | undefined => (VISIBLE.test(text) ? text : undefined);

/** A plain-text string with something to see ({@link shown}; entities decoded, tags kept visible), or undefined; at most `max` characters, from at most `markup` of the field. */
export function text(value: unknown, max = MAX_CONTENT, markup = markupLength(max)): string | undefined {
  const raw = str(value);
  if (raw === undefined) return undefined;
  return shown(truncate(plainText(cutField(raw, markup), max), max));
}

// WordPress's mark at the end of an excerpt: `[…]` (`[&hellip;]`), or `[...]`; after the end
// of a sentence, which needs no ellipsis ("ce matin.…"), the sentence's own mark (and its
// closing quotes: « C'est fini. »).
const EXCERPT_MARK = /([.!?؟。](?:\s*[»"”’)])*)? ?\[(?:…|\.\.\.)\]$/;

/**
 * The first picture of an item's HTML (text.ts, firstImage), read as far as a field's markup is
 * read: where RSS, Atom, JSON Feed and WordPress items without an image of their own put it.
 */
export function fieldImage(html: string | undefined, base: string | undefined): {src: string; alt?: string} | undefined {
  const image = html ? firstImage(html.slice(0, markupLength(MAX_CONTENT)), base) : undefined;
  // Its alt bounded as every other image text is: a feed's alt of any length would otherwise sit on every card and in the stored feed.
  return image && {src: image.src, alt: image.alt && truncate(image.alt, MAX_TITLE)};
}

/** Links without words (share buttons, FeedBurner's "feedflare" icons) passed over at the end of an item's HTML, looking for its "Continue reading". */
const WORDLESS_LINKS = 8;

/** The safe address of the `<a ` start tag at `at` in `html` (ending at `close`), or undefined (none, or the tag never closes). */
function linkAt(html: string, at: number, base: string | undefined, close = html.indexOf('>', at)): string | undefined {
  return close < 0 ? undefined : safeUrl(attributeValue(html.slice(at + 2, close), 'href'), base);
}

/**
 * The text of the last link of `html` with words in it, past links that have none (the share
 * buttons and FeedBurner icons after it), when it leads to one of the item's own `pages` (its
 * address, or its comments page; fragments aside) and stands apart, after a block, a
 * sentence's end or nothing: the "Continue reading…" a publisher (The Guardian, Medium,
 * Mother Jones) or a WordPress theme ("… Continue reading “Title”", "[…] Lire la suite") ends
 * every excerpt with, or the "Comments" link that is all of an aggregator's item text (Hacker
 * News, Lobsters). Told by where it leads and where it stands, not by its words: a link inside
 * a sentence ("the full story at <a>Hespress</a>") stays.
 */
function moreLinkText(html: string, pages: readonly (string | undefined)[], base: string | undefined): string | undefined {
  for (let at = html.lastIndexOf('<a '), wordless = 0; at >= 0 && wordless <= WORDLESS_LINKS; at = at ? html.lastIndexOf('<a ', at - 1) : -1) {
    const end = html.indexOf('</a>', at);
    if (end < 0) return undefined;
    const close = html.indexOf('>', at);
    const href = linkAt(html, at, base, close)?.split('#')[0];
    // Where it leads first, the cheaper question: most texts end with a link elsewhere, whose
    // words (any letter between its tags) end them, and which is only passed over without any.
    if (!href || !pages.some((page) => page?.split('#')[0] === href)) {
      // A tag is from < to the next > with no < between: a text of stray < (hostile) is read once, not once per <.
      if (/[^\s\u00a0]/.test(html.slice(close + 1, end).replace(/<[^<>]*>|&nbsp;/g, ''))) return undefined;
      wordless++;
      continue;
    }
    const words = htmlToText(html.slice(at, end)).trim();
    if (!words) {
      wordless++;
      continue;
    }
    const before = html.slice(Math.max(0, at - 40), at);
    const apart = BLOCK_TAGS.has(/<\/?(\w+)[^>]*>\s*$/.exec(before)?.[1].toLowerCase() ?? '') || /(?:^|\p{P})$/u.test(htmlToText(before).trimEnd());
    return apart ? words : undefined;
  }
  return undefined;
}

/**
 * HTML without the footer WordPress plugins (Yoast SEO) add to every item of a feed, "The post
 * <a href=ITEM>Title</a> appeared first on <a href=SITE>Site</a>.", translated into the site's
 * language ("L’article … est apparu en premier sur …", "ظهرت المقالة … أولاً على …"): told by
 * its shape, not its words, as a last paragraph whose first link is the item itself and
 * whose second is a site's home page: one whose path holds the item's (`https://site.ma/`, or
 * `https://site.ma/blog` for `/blog/2026/…`), without a query. A last paragraph that links the
 * item and another article ("a follow-up to <a>my photo</a> and <a>their post</a>") stays.
 */
function withoutFooter(html: string, item: string | undefined, base: string | undefined): string {
  const start = Math.max(html.lastIndexOf('<p>'), html.lastIndexOf('<p '));
  const end = html.indexOf('</p>', start);
  if (!item || start < 0 || (end >= 0 && html.slice(end + 4).trim())) return html;
  // Two links, no more: most last paragraphs have fewer, and their addresses are not read.
  const first = html.indexOf('<a ', start);
  const second = first < 0 ? -1 : html.indexOf('<a ', first + 3);
  if (second < 0 || html.indexOf('<a ', second + 3) >= 0) return html;
  const site = linkAt(html, first, base) === item ? linkAt(html, second, base) : undefined;
  const home = site && site !== item ? new URL(site) : undefined;
  const isHome = home && !home.search && new URL(item).pathname.startsWith(home.pathname.replace(/\/?$/, '/'));
  return isHome ? html.slice(0, start) : html;
}

/**
 * Where the start tag of element `name` whose `class` holds `className` (its first mention)
 * begins, or -1: the mention may be anywhere else, a link to the plugin's page or a word.
 */
function classedTag(html: string, name: string, className: string): number {
  const at = html.indexOf(className);
  const start = at < 0 ? -1 : html.lastIndexOf('<', at);
  if (start < 0) return -1;
  const tag = html.slice(start, at);
  // A plugin's tag is short: a long one is read no further (a search back through it for `class` would be quadratic).
  return tag.length <= 500 && new RegExp(`^<${name}\\s[^<>]*\\bclass\\s*=\\s*["']?[^"'<>]*$`, 'i').test(tag) ? start : -1;
}

const PLUGIN_CLASSES = /pvc_stats|yarpp-related/;

/**
 * `html` without what two common WordPress plugins write into every post, which is no part of
 * its text: Page Views Count's paragraph ("62,513 total views, 2,166 views today"), wherever
 * it stands, and YARPP's related posts ("Related posts: …"), which end the post.
 */
function withoutPluginBlocks(html: string): string {
  // One scan of the field for both names, which few feeds hold.
  if (!PLUGIN_CLASSES.test(html)) return html;
  const views = classedTag(html, 'p', 'pvc_stats');
  const end = views < 0 ? -1 : html.indexOf('</p>', views);
  if (end >= 0) html = html.slice(0, views) + html.slice(end + 4);
  const related = classedTag(html, 'div', 'yarpp-related');
  return related < 0 ? html : html.slice(0, related);
}

/**
 * True when text read from HTML is HTML still, escaped twice (Akhbarona's `&lt;p
 * class=&quot;p1&quot;&gt;` after a picture): it starts, comments aside, with a block tag
 * that has attributes or is closed later in the text. Text about tags ("<p> is the most common
 * element") starts with a bare one and does not close it.
 */
function escapedTwice(text: string): boolean {
  if (!text.startsWith('<')) return false;
  // After the comments a CMS starts it with (Reddit's `<!-- SC_OFF -->`).
  const [tag, name, attributes] = /^(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(\w+)(\s[^<>]*)?>/.exec(text) ?? [];
  return !!tag && BLOCK_TAGS.has(name.toLowerCase()) && (!!attributes?.trim() || text.toLowerCase().includes(`</${name.toLowerCase()}>`));
}

/**
 * The reader-visible text of an HTML string, or undefined; at most `max` characters, from at
 * most `markup` of the field. WordPress's `[…]` at its end is a plain `…`, nothing after a
 * sentence's end. With the item's own pages (its address first), a WordPress feed footer
 * ({@link withoutFooter}) and a link to one of them that ends the text ({@link moreLinkText})
 * are left out, in every format's HTML fields: on a card, which is the link to the item
 * already, its words would read as the summary's last sentence (and alone, as the summary of a
 * picture or a cartoon). An untitled item's readers fall back on the text as written for its
 * title.
 */
export function htmlText(value: unknown, max = MAX_CONTENT, markup = markupLength(max), pages?: readonly (string | undefined)[], base?: string): string | undefined {
  const field = str(value);
  if (field === undefined) return undefined;
  const raw = withoutPluginBlocks(cutField(pages ? withoutFooter(field, pages[0], base) : field, markup));
  // Bounded before reading (the scanner also stops after MAX_MARKUP_TAGS tags).
  let plain = htmlToText(raw, max);
  if (escapedTwice(plain)) plain = htmlToText(htmlToText(raw, markup), max);
  const more = pages && moreLinkText(raw, pages, base);
  if (more && plain.endsWith(more)) plain = plain.slice(0, -more.length).trimEnd();
  // Only a text ending with `]` is searched: the end-anchored pattern is tried at every character.
  if (plain.endsWith(']')) plain = plain.replace(EXCERPT_MARK, (_, stop?: string) => stop ?? '…');
  return shown(truncate(plain, max));
}

/** An article body's text, from a plain-text or an HTML field (with the item's own `pages`: see {@link htmlText}), read as far as {@link BODY_LENGTH}. */
export const bodyText = (value: unknown, html: boolean, pages?: readonly (string | undefined)[], base?: string) =>
  html ? htmlText(value, BODY_LENGTH, BODY_LENGTH, pages, base) : text(value, BODY_LENGTH, BODY_LENGTH);

/**
 * An article body from its text read whole ({@link bodyText}): `contentText` keeps its first
 * MAX_CONTENT characters, `words` counts all of it, for the reading time (see `NewsItem.words`).
 */
export function body(whole: string | undefined): Pick<NewsItem, 'contentText' | 'words'> {
  if (!whole) return {};
  return {contentText: truncate(whole, MAX_CONTENT), words: countWords(whole) || undefined};
}

/** A valid BCP 47 tag in canonical case, or undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim() || value.length > 64) return undefined;
  try {
    // `en_US` (a POSIX locale name) is what some generators write for `en-US`.
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/**
 * `name`, unless it is what a generator's script writes for no value (`undefined`, `null`,
 * `undefined undefined` of a first and last name, `[object Object]`): a byline reading
 * "undefined" is the library's fault in a reader's eyes.
 */
export const realName = (name: string | undefined): string | undefined => (name && !/^(?:(?:undefined|null)\s*)+$|^\[object \w+\]$/.test(name) ? name : undefined);

/** A person from a name and an optional link; undefined without a name (see {@link realName}). */
export function author(name: unknown, url: unknown, base: string | undefined): NewsAuthor | undefined {
  const clean = realName(text(name, MAX_NAME));
  return clean ? {name: clean, url: safeUrl(url, base)} : undefined;
}

/**
 * Most entries of an item's list of topics or of credits read: the 20 kept are among the first
 * few of any real item. Past them, an item that repeats one tag 19,000 times (or writes
 * thousands that read as nothing) had every one read in one task: 0.3 s for tags of `&a&a…`.
 */
export const MAX_LIST_READ = 200;

// An end tag: what tells HTML in a tag from text with a `<` in it.
const END_TAG = /<\/[a-z][\w:-]*\s*>/i;

/**
 * Distinct non-empty tags, at most 20, from the first {@link MAX_LIST_READ} values; one
 * written in other cases is one (WordPress's category "Sport" and tag "sport"), as the first
 * spelling.
 */
export function tagList(values: Iterable<unknown>): string[] {
  const seen = new Map<string, string>();
  let read = 0;
  for (const tag of values) {
    if (read++ === MAX_LIST_READ) break;
    // A tag with an end tag in it is HTML (`<b>Politics</b>`); one with a lone `<` is text (`List<T>`).
    const clean = typeof tag === 'string' && END_TAG.test(tag.slice(0, markupLength(MAX_TAG))) ? htmlText(tag, MAX_TAG) : text(tag, MAX_TAG);
    const key = clean?.toLowerCase();
    if (key && !seen.has(key)) seen.set(key, clean!);
    if (seen.size === MAX_TAGS) break;
  }
  return [...seen.values()];
}

// Items this module produced or checked. They are frozen, so they stay as checked, and an
// element given one (a card in a feed) need not check it again.
const checked = new WeakSet<object>();
function markChecked(item: NewsItem): NewsItem {
  Object.freeze(item.authors);
  Object.freeze(item.tags);
  checked.add(Object.freeze(item));
  return item;
}

/** The authors of `list`, each name once (as first listed), at most `MAX_AUTHORS`. */
export function dedupeAuthors(list: (NewsAuthor | undefined)[]): NewsAuthor[] {
  const seen = new Set<string>();
  return list.filter((a): a is NewsAuthor => !!a && !seen.has(a.name) && !!seen.add(a.name)).slice(0, MAX_AUTHORS);
}

/**
 * Collects items: skips missing ones and repeats, stops at `max`. A repeat is an id again with
 * the same link, or without links to tell the two apart. Stories that share one id but link to
 * pages of their own (a CMS that gives every item one guid) are all kept, every one of them
 * under the id, a space and its link (a URL has no space), the first too: a story keeps its id
 * from one refresh or page to the next wherever it sits, so a merge of pages neither repeats nor
 * loses it.
 */
export class ItemList {
  readonly items: NewsItem[] = [];
  private readonly ids = new Set<string>();
  /** Where the first item kept under each id the feed gave sits in `items`. */
  private readonly firsts = new Map<string, number>();
  constructor(private readonly max = MAX_ITEMS) {}
  get full() {
    return this.items.length >= this.max;
  }
  add(item: NewsItem | undefined) {
    if (!item || this.full) return;
    // Cut as a stored item's is (normalizeItem): a hostile id of megabytes would be kept and stored whole, pushing other feeds out.
    if (item.id.length > MAX_ID) item = {...item, id: truncate(item.id, MAX_ID)};
    const {id, url} = item;
    const at = this.firsts.get(id);
    if (at !== undefined) {
      const first = this.items[at];
      if (!url || !first.url || url === first.url) return;
      if (first.id === id) this.ids.add((this.items[at] = markChecked({...first, id: `${id} ${first.url}`})).id);
      item = {...item, id: `${id} ${url}`};
    }
    if (this.ids.has(item.id)) return;
    if (at === undefined) this.firsts.set(id, this.items.length);
    this.ids.add(item.id);
    this.items.push(checked.has(item) ? item : markChecked(item));
  }
}

/** The keys a story is known by: its id, and its id and link, the id {@link ItemList} gives a story that shares its id with others. */
const storyKeys = ({id, url}: NewsItem) => [id, `${id} ${url}`];

/**
 * Whether an item is one of the stories of `items` (a page read before, the list before a
 * refresh): the same id, or the same id and link. A story that shares its id with others on
 * one page (kept under the id and its link) and is alone under it on another (the bare id) is
 * one story.
 */
export function knownStories(items: readonly NewsItem[]): (item: NewsItem) => boolean {
  const keys = new Set(items.flatMap(storyKeys));
  return (item) => storyKeys(item).some((key) => keys.has(key));
}

/**
 * The feed in `language` where it names none (as feed readers read an HTTP
 * `Content-Language` header), and so are its items that name none themselves.
 */
export function withLanguage(feed: NewsFeed, language: string | undefined): NewsFeed {
  if (feed.language || !language) return feed;
  return {...feed, language, items: feed.items.map((item) => (item.language ? item : markChecked({...item, language})))};
}

/** An item's title, or for an untitled post the start of its text. */
export const titleOr = (title: string | undefined, summary?: string, contentText?: string) =>
  title ?? (summary ?? contentText ? truncate((summary ?? contentText)!, 120) : undefined);

/** The words of a text without its spaces, punctuation and symbols, in lower case: what reads the same. */
const comparable = (text: string | undefined) => text?.replace(/[\s\p{P}\p{S}]+/gu, '').toLowerCase();

/**
 * True when an item's title says what the start of its own text says ({@link titleOr} of an
 * untitled post; or a summary that repeats the headline, as Google News' "Headline Publisher"
 * under "Headline - Publisher" does): a card shows those words once, as its headline.
 */
export const titledByText = (item: NewsItem) => comparable(item.title) === comparable(titleOr(undefined, item.summary, item.contentText));

/** Text already made plain (a stored or hand-built item): checked, collapsed and bounded, not decoded again. */
export function cleanText(value: unknown, max = MAX_CONTENT): string | undefined {
  const raw = str(value);
  return raw === undefined ? undefined : shown(truncate(collapseWhitespace(raw), max));
}

/** Reads a URL that code wrote: the URL to show, made safe, or undefined (see `safeUrl`). */
export type UrlReader = (value: unknown) => string | undefined;

/**
 * Checks an item built by code (a page's `item` property, the persistent cache) against the
 * model: wrong types and unsafe URLs are dropped, text is bounded; undefined without a title.
 * `link` reads its URLs: by default only absolute ones are kept (a page's elements resolve
 * relative ones against the page).
 */
export function normalizeItem(raw: unknown, link: UrlReader = safeUrl): NewsItem | undefined {
  if (!isObject(raw)) return undefined;
  if (checked.has(raw)) return raw as unknown as NewsItem;
  const title = cleanText(raw.title, MAX_TITLE);
  if (!title) return undefined;
  const url = link(raw.url);
  // slice(): an array built entry by entry keeps room for 16 more, held as long as the item.
  const authors = Array.isArray(raw.authors)
    ? raw.authors
        .slice(0, MAX_AUTHORS)
        .flatMap((entry) => {
          const name = isObject(entry) ? cleanText(entry.name, MAX_NAME) : undefined;
          return name ? [{name, url: link((entry as Json).url)}] : [];
        })
        .slice()
    : [];
  return markChecked({
    id: cleanText(raw.id, MAX_ID) ?? url ?? title,
    url,
    title,
    summary: cleanText(raw.summary, MAX_SUMMARY),
    contentText: cleanText(raw.contentText),
    // No more words than a body's text read can hold.
    words: Number.isSafeInteger(raw.words) && (raw.words as number) > 0 && (raw.words as number) <= BODY_LENGTH ? (raw.words as number) : undefined,
    image: link(raw.image),
    imageAlt: cleanText(raw.imageAlt, MAX_TITLE),
    published: parseCommonDate(raw.published),
    modified: parseCommonDate(raw.modified),
    authors,
    // From the first values only, as a feed's are read (tagList): 100,000 tags took 0.1-0.4 s.
    tags: Array.isArray(raw.tags) ? [...new Set(raw.tags.slice(0, MAX_LIST_READ).flatMap((tag) => cleanText(tag, MAX_TAG) ?? []))].slice(0, MAX_TAGS) : [],
    language: languageTag(raw.language),
  });
}
