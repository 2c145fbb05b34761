/**
 * RSS 2.0 (and 0.9x/1.0) and Atom 1.0, read with the browser's own XML parser into an inert
 * document. Loaded on demand, so pages with JSON feeds never download it.
 */
import {FeedError, type NewsAuthor, type NewsFeed, type NewsItem} from '../model.js';
import {firstImage, parseMarkup, safeUrl} from '../text.js';
import {MAX_CONTENT, MAX_SUMMARY, MAX_TITLE, ItemList, author, htmlText, languageTag, parseDate, tagList, text, titleOr} from './fields.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const MEDIA = 'http://search.yahoo.com/mrss/';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** Child elements by namespace and local name (prefixes are the feed's choice). */
const children = (parent: Element, name: string, ns: string | null = null) =>
  [...parent.children].filter((child) => child.localName === name && child.namespaceURI === ns);
const child = (parent: Element, name: string, ns: string | null = null) => children(parent, name, ns)[0] as Element | undefined;
const textOf = (el: Element | undefined) => el?.textContent ?? undefined;

/** The parsed document; undefined when it is not well-formed; throws when the page's Trusted Types forbid parsing or there is no DOMParser (a server). */
function parseXml(markup: string, where: string, url: string | undefined): Document | undefined {
  const doc = parseMarkup(markup, 'application/xml');
  if (!doc && typeof DOMParser === 'undefined') {
    throw new FeedError('format', `The feed${where} is XML (RSS or Atom), which is read with the browser's DOMParser: there is none here (a server). Parse it in the browser, or give the elements a JSON Feed.`, {url});
  }
  if (!doc) {
    throw new FeedError('format', `The feed${where} is XML, and this page's Trusted Types policy does not allow the "news-widgets" policy that reading RSS and Atom needs.`, {url});
  }
  return doc.getElementsByTagName('parsererror').length ? undefined : doc;
}

// Real feeds often carry HTML entities (`&nbsp;`) or a bare `&`, which XML rejects:
// escape every `&` that does not start an XML entity and read the text as HTML later.
const repair = (markup: string) => markup.replace(/&(?!(?:#\d+|#x[\da-f]+|amp|lt|gt|quot|apos);)/gi, '&amp;');

/** The image of an item from `media:content`, `media:thumbnail` (also inside `media:group`) or an image `enclosure`. */
function mediaImage(item: Element, base: string | undefined): {src: string; alt?: string} | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const candidates = [
    ...groups.flatMap((group) =>
      children(group, 'content', MEDIA).filter((el) => el.getAttribute('medium') === 'image' || /^image\//i.test(el.getAttribute('type') ?? '')),
    ),
    ...groups.flatMap((group) => children(group, 'thumbnail', MEDIA)),
    ...children(item, 'enclosure').filter((el) => /^image\//i.test(el.getAttribute('type') ?? '')),
  ];
  for (const el of candidates) {
    const src = safeUrl(el.getAttribute('url'), base);
    if (src) return {src, alt: text(textOf(child(el, 'description', MEDIA) ?? child(el, 'title', MEDIA)), MAX_TITLE)};
  }
  return undefined;
}

/** A `next` page link (RFC 5005), in RSS as `atom:link`. */
const nextLink = (parent: Element, base: string | undefined) =>
  safeUrl(children(parent, 'link', ATOM).find((link) => link.getAttribute('rel') === 'next')?.getAttribute('href'), base);

// --- RSS ---------------------------------------------------------------------------------

// Zone names RFC 822 defines, and the few others real feeds use; an unknown zone is read
// as UTC, as RFC 1123 says for military zones.
const ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7,
  WET: 0, WEST: 1, BST: 1, CET: 1, CEST: 2, EET: 2, EEST: 3, MSK: 3, IST: 5.5, JST: 9, AEST: 10, AEDT: 11,
};
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RFC_822 =
  /^(?:[a-z]{2,}\.?,?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(?:([+-])(\d{2}):?(\d{2})|([a-z]{1,5}))?$/i;

/** An RFC 822 date (RSS) with a numeric or named zone, else whatever {@link parseDate} reads. */
function rssDate(value: string | undefined): Date | undefined {
  const match = value && RFC_822.exec(value.trim());
  if (!match) return parseDate(value);
  const [, day, monthName, yearText, hour, minute, second = '0', sign, zoneHours, zoneMinutes, zoneName] = match;
  const month = MONTHS.indexOf(monthName.toLowerCase());
  let year = Number(yearText);
  if (yearText.length === 2) year += year < 50 ? 2000 : 1900;
  if (month < 0 || +day < 1 || +day > 31 || +hour > 23 || +minute > 59 || +second > 60) return undefined;
  const offsetMinutes = sign
    ? (sign === '-' ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes))
    : (ZONES[zoneName?.toUpperCase() ?? 'UT'] ?? 0) * 60;
  return new Date(Date.UTC(year, month, +day, +hour, +minute, +second) - offsetMinutes * 60_000);
}

/** RSS `author` is an e-mail address, often with the name in brackets: `desk@example.com (Amina Benali)`. */
function rssAuthor(value: string | undefined): NewsAuthor | undefined {
  const name = value?.match(/\(([^)]+)\)\s*$/)?.[1] ?? value;
  return author(name, undefined, undefined);
}

function rssItem(el: Element, index: number, base: string | undefined, language?: string): NewsItem | undefined {
  const description = textOf(child(el, 'description'));
  const encoded = textOf(child(el, 'encoded', CONTENT));
  const summary = htmlText(description, MAX_SUMMARY);
  const contentText = htmlText(encoded);
  const title = titleOr(htmlText(textOf(child(el, 'title')), MAX_TITLE), summary, contentText);
  if (!title) return undefined;
  const guid = child(el, 'guid');
  const guidText = textOf(guid)?.trim();
  const url =
    safeUrl(textOf(child(el, 'link')), base) ??
    safeUrl(children(el, 'link', ATOM).find((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate')?.getAttribute('href'), base) ??
    (guid?.getAttribute('isPermaLink') !== 'false' ? safeUrl(guidText, base) : undefined);
  const image = mediaImage(el, base) ?? firstImage(description ?? '', base) ?? firstImage(encoded ?? '', base);
  const authors = [...children(el, 'creator', DC).map((c) => author(textOf(c), undefined, base)), rssAuthor(textOf(child(el, 'author')))];
  return {
    id: guidText || url || `item-${index}`,
    url,
    title,
    summary,
    contentText,
    image: image?.src,
    imageAlt: image?.alt,
    published: rssDate(textOf(child(el, 'pubDate'))) ?? parseDate(textOf(child(el, 'date', DC))),
    modified: parseDate(textOf(child(el, 'updated', ATOM))),
    authors: dedupeAuthors(authors),
    tags: tagList(children(el, 'category').map(textOf)),
    language: languageTag(textOf(child(el, 'language', DC))) ?? language,
  };
}

function dedupeAuthors(list: (NewsAuthor | undefined)[]): NewsAuthor[] {
  const seen = new Set<string>();
  return list.filter((a): a is NewsAuthor => !!a && !seen.has(a.name) && !!seen.add(a.name));
}

function rss(root: Element, base: string | undefined): NewsFeed {
  // RSS 2.0 and 0.9x nest items in the channel; RSS 1.0 (RDF) puts them beside it.
  const channel = child(root, 'channel') ?? [...root.children].find((el) => el.localName === 'channel');
  const language = languageTag(textOf(channel && child(channel, 'language'))) ?? languageTag(textOf(channel && child(channel, 'language', DC)));
  const itemElements = [...(channel?.children ?? []), ...root.children].filter((el) => el.localName === 'item');
  const list = new ItemList();
  itemElements.some((el, index) => (list.add(rssItem(el, index, base, language)), list.full));
  return {
    title: channel && htmlText(textOf(child(channel, 'title')), MAX_TITLE),
    homePageUrl: channel && safeUrl(textOf([...channel.children].find((el) => el.localName === 'link' && el.namespaceURI !== ATOM)), base),
    language,
    nextUrl: channel && nextLink(channel, base),
    items: list.items,
  };
}

// --- Atom --------------------------------------------------------------------------------

/** The base URL of an element: `xml:base` on it and its ancestors, resolved outward-in. */
function baseOf(el: Element, documentBase: string | undefined): string | undefined {
  const chain: string[] = [];
  for (let node: Element | null = el; node; node = node.parentElement) {
    const value = node.getAttributeNS(XML, 'base');
    if (value) chain.unshift(value);
  }
  let base = documentBase;
  for (const value of chain) {
    try {
      base = new URL(value, base).href;
    } catch {
      // An unreadable xml:base is ignored.
    }
  }
  return base;
}

/** The text of an Atom text construct: `type="text"` (default), `html` or `xhtml`. */
function atomText(el: Element | undefined, max: number): string | undefined {
  if (!el) return undefined;
  const type = el.getAttribute('type');
  if (type === 'html') return htmlText(el.textContent, max);
  if (type === 'xhtml') return htmlText(el.innerHTML, max);
  return text(el.textContent, max);
}

function atomAuthors(el: Element, base: string | undefined): NewsAuthor[] {
  return children(el, 'author', ATOM).flatMap((a) => author(textOf(child(a, 'name', ATOM)), textOf(child(a, 'uri', ATOM)), baseOf(a, base)) ?? []);
}

/** The `link` with `rel` (default `alternate`), preferring `text/html` among several. */
function atomLink(el: Element, rel: string, base: string | undefined, type?: RegExp): {href?: string; title?: string} {
  const links = children(el, 'link', ATOM).filter((link) => (link.getAttribute('rel') ?? 'alternate') === rel);
  const ordered = type ? links.filter((link) => type.test(link.getAttribute('type') ?? '')) : links;
  for (const link of ordered) {
    const href = safeUrl(link.getAttribute('href'), baseOf(link, base));
    if (href) return {href, title: text(link.getAttribute('title'), MAX_TITLE)};
  }
  return {};
}

function atomEntry(el: Element, index: number, base: string | undefined, feed: {authors: NewsAuthor[]; language?: string}): NewsItem | undefined {
  const entryBase = baseOf(el, base);
  const summary = atomText(child(el, 'summary', ATOM), MAX_SUMMARY);
  const content = child(el, 'content', ATOM);
  const contentText = content?.hasAttribute('src') ? undefined : atomText(content, MAX_CONTENT);
  const title = titleOr(atomText(child(el, 'title', ATOM), MAX_TITLE), summary, contentText);
  if (!title) return undefined;
  const url = atomLink(el, 'alternate', entryBase, /html/).href ?? atomLink(el, 'alternate', entryBase).href;
  const enclosure = atomLink(el, 'enclosure', entryBase, /^image\//);
  const html = content?.getAttribute('type') === 'html' ? content.textContent : content?.getAttribute('type') === 'xhtml' ? content.innerHTML : undefined;
  const image = mediaImage(el, entryBase) ?? (enclosure.href ? {src: enclosure.href, alt: enclosure.title} : firstImage(html ?? '', entryBase));
  const updated = parseDate(textOf(child(el, 'updated', ATOM)));
  const authors = atomAuthors(el, base);
  return {
    id: textOf(child(el, 'id', ATOM))?.trim() || url || `item-${index}`,
    url,
    title,
    summary,
    contentText,
    image: image?.src,
    imageAlt: image?.alt,
    published: parseDate(textOf(child(el, 'published', ATOM))) ?? updated,
    modified: updated,
    authors: authors.length ? authors : feed.authors,
    tags: tagList(children(el, 'category', ATOM).map((c) => c.getAttribute('label') || c.getAttribute('term'))),
    language: languageTag(el.getAttributeNS(XML, 'lang')) ?? feed.language,
  };
}

function atom(root: Element, documentBase: string | undefined): NewsFeed {
  const base = baseOf(root, documentBase);
  const language = languageTag(root.getAttributeNS(XML, 'lang'));
  const context = {authors: atomAuthors(root, documentBase), language};
  const list = new ItemList();
  children(root, 'entry', ATOM).some((el, index) => (list.add(atomEntry(el, index, base, context)), list.full));
  return {
    title: atomText(child(root, 'title', ATOM), MAX_TITLE),
    homePageUrl: atomLink(root, 'alternate', base).href,
    language,
    nextUrl: atomLink(root, 'next', base).href,
    items: list.items,
  };
}

/**
 * Parses RSS or Atom text into a {@link NewsFeed}; relative URLs resolve against `baseUrl`
 * and `xml:base`.
 * @throws {FeedError} `syntax` when the text is not well-formed XML, `format` when it is XML but neither RSS nor Atom.
 */
export function parseXmlFeed(markup: string, baseUrl: string | undefined): NewsFeed {
  const where = baseUrl ? ` at ${baseUrl}` : '';
  // An XML declaration must come first: drop the blanks and byte-order mark some servers add.
  markup = markup.replace(/^[\uFEFF\s]+/, '');
  const doc = parseXml(markup, where, baseUrl) ?? parseXml(repair(markup), where, baseUrl);
  if (!doc) throw new FeedError('syntax', `The feed${where} is not well-formed XML.`, {url: baseUrl});
  const root = doc.documentElement;
  if (root.localName === 'feed' && root.namespaceURI === ATOM) return atom(root, baseUrl);
  if (root.localName === 'rss' || root.localName === 'RDF') return rss(root, baseUrl);
  throw new FeedError('format', `The XML document${where} is neither RSS nor Atom: its root element is <${root.localName.slice(0, 40)}>.`, {
    url: baseUrl,
    field: root.localName.slice(0, 40),
  });
}
