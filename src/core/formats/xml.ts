/**
 * RSS (0.9x, 1.0/RDF, 2.0) and Atom (0.3, 1.0, and a `<feed>` with no namespace), read
 * with a real XML parser (the browser's, or `@xmldom/xmldom` in Node). A document that is
 * not well-formed is repaired the way feed readers repair it and read again. In browsers a
 * long document is parsed in pieces cut at its items (xml-split.ts). Loaded on demand, so
 * pages with JSON feeds never download it.
 */
import {FeedError, type NewsAuthor, type NewsFeed, type NewsItem} from '../model.js';
import {BLOCK_TAGS, DROPPED_TAGS, attributeValue, collapseWhitespace, isDecoration, safeUrl, truncate} from '../text.js';
import {
  BODY_LENGTH,
  MAX_LIST_READ,
  body as readBody,
  MAX_AUTHORS,
  MAX_ITEMS,
  MAX_NAME,
  MAX_SUMMARY,
  MAX_TITLE,
  ItemList,
  author,
  dedupeAuthors,
  fieldImage,
  htmlText,
  languageTag,
  realName,
  shown,
  tagList,
  text,
  titleOr,
} from './fields.js';
import {parseDate} from '../feed-dates.js';
import {runInSlices, type Steps} from '../steps.js';
import {MAX_MARKUP_TAGS, markupLength} from '../markup-limits.js';
import {xmlParser, type ParseXml} from './xml-dom.js';
import {splitFeed} from './xml-split.js';
import {MAX_NAMESPACE_LENGTH, expandDoctypeSteps, repairXmlSteps} from './xml-repair.js';

// The module API's parseDate, which the CDN loader loads from here, with the reader that reads dates with it.
export {parseDate} from '../feed-dates.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const CONTENT = 'http://purl.org/rss/1.0/modules/content/';
const DC = 'http://purl.org/dc/elements/1.1/';
const DCTERMS = 'http://purl.org/dc/terms/';
const FEEDBURNER = 'http://rssnamespace.org/feedburner/ext/1.0';
const GOOGLE_PLAY = 'http://www.google.com/schemas/play-podcasts/1.0';
const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const MEDIA = 'http://search.yahoo.com/mrss/';
const XHTML = 'http://www.w3.org/1999/xhtml';
const XML = 'http://www.w3.org/XML/1998/namespace';

/**
 * A person from a one-line credit as feeds write it: `Name <me@example.com>`,
 * `me@example.com (Name)`, a bare name or a bare address (then the address is the name).
 */
function credit(value: unknown, base: string | undefined): NewsAuthor | undefined {
  const raw = text(value, MAX_NAME * 2);
  if (!raw) return undefined;
  // An address's part before its `@` holds none: one way to split it, not one per `@` (200 credits of `a@a@…(` took 30 ms).
  const angled = /^(.*?)\s*<([^<>\s@]+@[^<>\s]+)>$/.exec(raw);
  const bracketed = /^([^\s()@]+@[^\s()]+)\s*\((.+)\)$/.exec(raw);
  const mailFirst = /^(.+?)\s*\(([^()\s@]+@[^()\s]+)\)$/.exec(raw);
  const address = angled?.[2] ?? bracketed?.[1] ?? mailFirst?.[2];
  // Without a name, or with a script's `undefined` for one, the address is the name.
  const name = realName(angled ? angled[1] : bracketed ? bracketed[2] : mailFirst ? mailFirst[1] : raw) ?? address;
  if (!name || hiddenBlogger(name, address)) return undefined;
  return author(name.replace(/^mailto:/i, ''), undefined, base);
}

/** True for Blogger's credit of a hidden profile, "Unknown" at noreply@blogger.com (every Blogger address is that one): no byline, not an English "Unknown" on an Arabic card. */
const hiddenBlogger = (name: string | undefined, email: string | undefined) => email?.toLowerCase() === 'noreply@blogger.com' && (!name || name === 'Unknown' || name === email);

/**
 * Longest RSS/Atom text read by default, in characters: 1000 items (the most kept by default) rarely
 * take a tenth of it; the rest of a longer document is left unread, so its size bounds time and
 * memory. `parseFeedText`'s `maxLength` (and `loadFeed`'s `maxBytes`, when larger) raise it.
 */
const MAX_MARKUP = 4_000_000;

type Namespace = string | null;
/** What every namespace longer than {@link MAX_NAMESPACE_LENGTH} reads as: none a reader asks for. */
const LONG_NAMESPACE = 'urn:x-news-widgets:long';

/** Namespaces as some feeds write them: Dublin Core's and content's without their final slash (Taverncast's podcast), Dublin Core 1.0's elements for 1.1's. */
const NAMESPACE_VARIANTS = new Map<string, string>([
  [DC.slice(0, -1), DC],
  [DCTERMS.slice(0, -1), DCTERMS],
  [CONTENT.slice(0, -1), CONTENT],
  ['http://purl.org/dc/elements/1.0/', DC],
  ['http://purl.org/dc/elements/1.0', DC],
]);

/**
 * A namespace as feeds mean it: iTunes' is written with either case (`…/DTDs/Podcast…`),
 * Media RSS's with or without its final slash and as `https:` (Akhbarona's), and the
 * {@link NAMESPACE_VARIANTS}.
 */
function canonical(ns: Namespace): Namespace {
  if (ns === null) return null;
  // A namespace of megabytes in a hostile feed was lower-cased, and compared with the feed's own,
  // at every element: seconds to minutes.
  if (ns.length > MAX_NAMESPACE_LENGTH) return LONG_NAMESPACE;
  const known = NAMESPACE_VARIANTS.get(ns);
  if (known) return known;
  const lower = ns.toLowerCase();
  if (lower === ITUNES) return ITUNES;
  return /^https?:\/\/search\.yahoo\.com\/mrss\/?$/.test(lower) ? MEDIA : ns;
}

/** Each element's children by local name, listed once: an item is asked for 30-odd names, and each DOM access costs. */
const childIndexes = new WeakMap<Element, Map<string, Element[]>>();

function childIndex(parent: Element): Map<string, Element[]> {
  let index = childIndexes.get(parent);
  if (!index) {
    index = new Map();
    for (const el of parent.children) {
      const named = index.get(el.localName);
      if (named) named.push(el);
      else index.set(el.localName, [el]);
    }
    childIndexes.set(parent, index);
  }
  return index;
}

/** Child elements by local name and namespace (prefixes are the feed's choice). */
function children(parent: Element, name: string, ns: Namespace | readonly Namespace[] = null): Element[] {
  const named = childIndex(parent).get(name);
  if (!named) return [];
  return named.filter((el) => {
    const uri = canonical(el.namespaceURI);
    return Array.isArray(ns) ? ns.includes(uri) : uri === ns;
  });
}
const child = (parent: Element | undefined, name: string, ns: Namespace | readonly Namespace[] = null): Element | undefined =>
  parent ? children(parent, name, ns)[0] : undefined;
/**
 * An element's text; a field that is, as a whole, a CDATA section written out as text (a
 * generator wrapping its fields in CDATA twice, or escaping the section), the text of its
 * sections: read as HTML, it was a comment, and a title nothing. Not text that only mentions
 * them (an article about XML).
 */
const textOf = (el: Element | undefined) => {
  const value = el?.textContent ?? undefined;
  return value && /^\s*<!\[CDATA\[/.test(value) && /\]\]>\s*$/.test(value) ? value.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1') : value;
};
const attr = (el: Element | undefined, name: string) => el?.getAttribute(name) ?? undefined;
/** The first of several readings that gives a value. */
const firstOf = <T>(...values: (T | undefined)[]) => values.find((value) => value !== undefined);

/**
 * The first of `elements` that holds an element or text: an empty `<description/>` (podcast
 * feeds) or `<title/>` leaves the field to the next one written (`itunes:summary`, `dc:title`).
 */
const firstFilled = (...elements: (Element | undefined)[]) =>
  elements.find((el) => el && [...el.childNodes].some((node) => node.nodeType === 1 || ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test(node.nodeValue ?? ''))));

/**
 * What `read` gives of the first of `elements` it gives text for: a description of an image
 * alone or of empty paragraphs (`<img>`, `<p></p>`), which {@link firstFilled} takes, leaves
 * the text to the next one written. The next are read only when one gives none (an empty one
 * gives none at once).
 */
function firstText(elements: readonly (Element | undefined)[], read: (el: Element) => string | undefined): string | undefined {
  for (const el of elements) {
    const value = el && read(el);
    if (value) return value;
  }
  return undefined;
}

/** The reader-visible text of inline XHTML (Atom `type="xhtml"`, `xhtml:body`), walked without recursion. */
function markupText(el: Element, max: number): string | undefined {
  const parts: string[] = [];
  const stack: (Node | string)[] = [...el.childNodes].reverse();
  let length = 0;
  while (stack.length && length < max * 2 + 256) {
    const node = stack.pop()!;
    if (typeof node === 'string') parts.push(node);
    else if (node.nodeType === 3 || node.nodeType === 4) {
      parts.push(node.nodeValue ?? '');
      length += node.nodeValue?.length ?? 0;
    } else if (node.nodeType === 1) {
      const name = (node as Element).localName.toLowerCase();
      if (DROPPED_TAGS.has(name)) continue;
      if (BLOCK_TAGS.has(name)) {
        parts.push(' ');
        stack.push(' ');
      }
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]);
    }
  }
  return shown(truncate(collapseWhitespace(parts.join('')), max));
}

/**
 * The first `<img>` with an http(s) source in inline XHTML that is not a decoration (a pixel,
 * icon or share button), among its first {@link MAX_MARKUP_TAGS} elements: as far as the HTML
 * reader reads a field's tags, and no walk up to the root for `xml:base` from 100,000 images.
 */
function markupImage(el: Element | undefined, base: string | undefined): {src: string; alt?: string} | undefined {
  if (!el?.children.length) return undefined;
  let elements = 0;
  for (const img of el.getElementsByTagName('*')) {
    if (++elements > MAX_MARKUP_TAGS) break;
    if (img.localName.toLowerCase() !== 'img' || !img.hasAttribute('src')) continue;
    const src = safeUrl(attr(img, 'src'), baseOf(img, base, el.parentElement));
    if (src && !isDecoration(src, (name) => attr(img, name))) return {src, alt: text(attr(img, 'alt'), MAX_TITLE)};
  }
  return undefined;
}

/** The first image in the escaped HTML of fields, each read against its own `xml:base`. */
const htmlImage = (fields: (Element | undefined)[], base: string | undefined) =>
  fields.reduce<{src: string; alt?: string} | undefined>((found, field) => found ?? (field && fieldImage(textOf(field), baseOf(field, base))), undefined);

/**
 * Base64 content (Atom 0.3 `mode="base64"`, Atom 1.0 binary types) as UTF-8 text, of its first
 * `length` characters (4 per character read of a field: its UTF-8, 3 bytes at most, is 4
 * characters of base64); undefined when it is not base64.
 */
function fromBase64(value: string, length: number): string | undefined {
  try {
    // Only its first characters are decoded (decoding all of a 1.9 MB one takes a task of 120 ms,
    // for 100,000 characters read). Cut there, or by the splitter (xml-split.ts, which counts
    // characters, not groups of 4), it is decoded as far as it is read: up to its last whole
    // byte (the last character of a group holds none alone) and its last whole character; cut
    // inside its final `==`, without the `=` left, which atob refuses in a group of 3.
    const clean = value.slice(0, length).replace(/\s+/g, '').replace(/={1,2}$/, '');
    const binary = atob(clean.length % 4 === 1 ? clean.slice(0, -1) : clean);
    // A loop, not Uint8Array.from(binary, mapFn): that iterates the string and calls back per
    // byte, 1.1 s in one task for the 1.4 MB of an Atom content of 19 base64 sections.
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    // fatal: text under a type of its own (`type="application/x-custom"`, "test") that reads as
    // base64 by chance gives bytes that are no UTF-8, and stays as written.
    return new TextDecoder('utf-8', {fatal: true}).decode(bytes, {stream: true});
  } catch {
    return undefined;
  }
}

/**
 * The text of an Atom (or RSS-embedded) text construct: Atom 1.0 `type="text|html|xhtml"`,
 * Atom 0.3 `type` as a media type with `mode="xml|escaped|base64"`. With the item's own pages
 * (its URL first, then its comments page), HTML loses a WordPress feed footer and a "Continue
 * reading" or "Comments" link to one of them at its end (`htmlText`).
 */
function contentText(el: Element | undefined, max: number, markup?: number, pages?: readonly (string | undefined)[], base?: string): string | undefined {
  if (!el) return undefined;
  // Without its parameters: `application/xhtml+xml; charset=utf-8`.
  const type = (attr(el, 'type') ?? '').toLowerCase().split(';')[0].trim();
  const mode = (attr(el, 'mode') ?? '').toLowerCase().trim();
  let value = textOf(el)!;
  // Base64 under a media type that is not text or XML; markup in the element (Atom 0.3's `multipart/alternative` of `mode="xml"`) is not.
  const binary = mode === 'base64' || (type.includes('/') && !el.children.length && !/^(?:text|multipart)\/|[+/]xml$/.test(type));
  if (binary) {
    const decoded = fromBase64(value, 4 * (markup ?? markupLength(max)));
    // Content of a type of its own is base64 (RFC 4287): undecodable, or not text (a
    // picture), it is no reader text. A text field is text whatever its type says.
    if (decoded === undefined && el.localName === 'content') return undefined;
    value = decoded ?? value;
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml' || (mode === 'xml' && el.children.length)) {
    const body = child(el, 'div', XHTML) ?? el;
    return binary ? htmlText(value, max, markup, pages, base) : markupText(body, max);
  }
  if (type === 'html' || type === 'text/html' || (mode === 'escaped' && type !== 'text/plain')) return htmlText(value, max, markup, pages, base);
  if (type === 'text' || type === 'text/plain') return text(value, max, markup);
  // No type (RSS, Atom 0.3 defaults): feeds put HTML in plain fields often enough to read them as HTML.
  return el.children.length ? markupText(el, max) : htmlText(value, max, markup, pages, base);
}

/**
 * An item's title: as written when none of its tags is a finished one HTML has (`Nice <gorilla>`,
 * `List<T>`, `A<B`: a title about tags, not markup); else its title element read as its type
 * says, else the start of its text ({@link titleOr}), else the title as written, for a title
 * that reads as markup with nothing left on an item with no text to title it. Not before the
 * text, and not when its tags are all HTML's: `<p></p>` from a template is no headline.
 */
function itemTitle(el: Element | undefined, summary: string | undefined, body: string | undefined, described?: Element): string | undefined {
  // Only a title with a `<` in it (or `&lt;` in CDATA) is read a second time, as written: most have none.
  const raw = textOf(el);
  const written = raw && /<|&lt;/i.test(raw) ? text(raw, MAX_TITLE) : undefined;
  // Each tag: whether it is markup (finished, and HTML's or a prefixed one like Word's `<o:p>`).
  const markup = [...(written ?? '').matchAll(/<\/?([a-z][\w:-]*)([^<>]*>)?/gi)].map(([, name, end]) => !!end && (HTML_TAGS.has(name.toLowerCase()) || name.includes(':')));
  if (markup.length && !markup.includes(true)) return written;
  // `described`: the summary's element, read again with its "Continue reading" link, where that link was all its text.
  const title = titleOr(contentText(el, MAX_TITLE), summary, body) ?? contentText(described, MAX_TITLE);
  return title || (markup.includes(false) ? written : undefined);
}
/** Elements a title's markup is made of when it is markup. */
const HTML_TAGS = new Set([...BLOCK_TAGS, ...DROPPED_TAGS, ...'a abbr acronym b bdi bdo big blink center cite code data del dfn em font i img ins kbd label mark marquee nobr q rp rt ruby s samp small span strike strong sub sup time tt u var wbr'.split(' ')]);

/**
 * The base URL of an element: `xml:base` on it and its ancestors below `top`, resolved
 * outward-in against `base`, the base of `top` (by default its parent's, already resolved:
 * a relative `xml:base` is applied once, not again for each element below it).
 */
function baseOf(el: Element, base: string | undefined, top = el.parentElement): string | undefined {
  const chain: string[] = [];
  for (let node: Element | null = el; node && node !== top; node = node.parentElement) {
    const value = node.getAttributeNS(XML, 'base');
    if (value) chain.unshift(value);
  }
  for (const value of chain) base = safeUrl(value, base) ?? base;
  return base;
}

const isImage = (el: Element) => {
  const medium = attr(el, 'medium');
  const type = attr(el, 'type');
  if (medium) return medium === 'image';
  // Le Monde and others leave both out: a media:content without them is taken for an image unless its URL says otherwise.
  // The URL as its spaces around it are dropped (` /files/episode.mp3 `, as safeUrl reads it).
  // `img/jpeg` is the Daily Express's misspelt `image/jpeg`.
  return type ? /^im(?:age|g)\//i.test(type) : !/\.(?:mp[34]|m4[abv]|mov|webm|og[agv]|opus|flac|wav|aac|pdf|torrent|zip)(?:[?#]|$)/i.test(attr(el, 'url')?.trim() ?? '');
};

/** A media element's declared width in pixels, 0 when it declares none. */
const widthOf = (el: Element) => parseFloat(attr(el, 'width') ?? '') || 0;

/**
 * The image of an item: media RSS (`media:content`, the widest declared first, as The
 * Guardian lists a 140 px rendition before a 460 px one; `media:thumbnail`, also in
 * `media:group` and nested), `itunes:image`, an image enclosure; none that is a decoration
 * ({@link isDecoration}: an avatar or icon).
 */
function mediaImage(item: Element, base: string | undefined): {src: string; alt?: string} | undefined {
  const groups = [item, ...children(item, 'group', MEDIA)];
  const contents = groups.flatMap((group) => children(group, 'content', MEDIA));
  const candidates: (Element | undefined)[] = [
    ...contents.filter(isImage).sort((a, b) => widthOf(b) - widthOf(a)),
    ...groups.flatMap((group) => children(group, 'thumbnail', MEDIA)),
    ...contents.flatMap((content) => children(content, 'thumbnail', MEDIA)),
    // An enclosure without a type is read as media:content is (podcasts' audio says so by its extension).
    ...children(item, 'enclosure').filter(isImage),
  ];
  for (const el of candidates) {
    const src = safeUrl(attr(el, 'url'), base);
    const description = child(el, 'description', MEDIA) ?? child(el, 'title', MEDIA);
    // An avatar or icon (GitHub's 30 px thumbnails, WordPress.com's gravatars) is passed over, for the story's own picture.
    if (src && !isDecoration(src, (name) => attr(el, name))) return {src, alt: text(textOf(description), MAX_TITLE)};
  }
  const itunesImage = child(item, 'image', ITUNES);
  const itunesLink = children(item, 'link', ITUNES).find((link) => attr(link, 'rel') === 'image');
  const itunes = safeUrl(attr(itunesImage, 'href') ?? attr(itunesImage, 'url'), base) ?? safeUrl(attr(itunesLink, 'href'), base);
  return itunes ? {src: itunes} : undefined;
}

/** A Media RSS text (`media:title`, `media:description`) of an item, its `media:group` or its `media:content`. */
const mediaText = (item: Element, name: string) =>
  [item, ...children(item, 'group', MEDIA), ...children(item, 'content', MEDIA)].map((parent) => child(parent, name, MEDIA)).find(Boolean);

/** A link's `rel`: a registered name written as its IANA IRI is that name (RFC 4287 §4.2.7.2). */
const relOf = (link: Element | undefined) => attr(link, 'rel')?.trim().replace(/^http:\/\/www\.iana\.org\/assignments\/relation\//, '');

/** An RSS 1.0 element's `rdf:about`: the URI that names it (some feeds drop the prefix). */
const rdfAbout = (el: Element) => attr(el, 'about') ?? el.getAttributeNS('http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'about');

/** A `next` page link (RFC 5005), in RSS as `atom:link`. */
const nextLink = (parent: Element, base: string | undefined) =>
  safeUrl(attr(children(parent, 'link', ATOM).find((link) => relOf(link) === 'next'), 'href'), base);

/**
 * Topics: RSS `category`, `dc:subject`, `media:category` (by its `label`, the name a reader
 * knows, over a scheme's code such as `Arts/Movies/Titles/A/…`), `itunes:category` (with its subcategories).
 */
function topics(el: Element, rss: readonly Namespace[]): unknown[] {
  const itunes = children(el, 'category', ITUNES).flatMap((c) => [attr(c, 'text'), ...children(c, 'category', ITUNES).map((sub) => attr(sub, 'text'))]);
  return [
    ...children(el, 'category', rss).map(textOf),
    ...children(el, 'subject', DC).map(textOf),
    ...children(el, 'category', MEDIA).map((c) => attr(c, 'label')?.trim() || textOf(c)),
    ...children(el, 'category', ATOM).map((c) => attr(c, 'label') || attr(c, 'term')),
    ...itunes,
  ];
}

/**
 * The first persons named `name` of `parent`, as far as a list is read ({@link MAX_LIST_READ}):
 * an item of 2,000 credits had each read (0.2–0.3 s in one task) for the first 20 to be kept.
 */
const people = (parent: Element, name: string, ns: Namespace | readonly Namespace[]) => children(parent, name, ns).slice(0, MAX_LIST_READ);

/** Credits from Dublin Core, iTunes and Google Play, shared by RSS and Atom. */
const extraCredits = (el: Element, base: string | undefined) => [
  // Names joined by a bare comma are several (`Christopher Megrath,Parul Sharma`: the Daily Express, SCMP); "Benali, Amina" is one.
  ...people(el, 'creator', DC).flatMap((c) => (textOf(c) ?? '').split(/,(?=\S)/, MAX_AUTHORS).map((name) => credit(name, base))),
  ...people(el, 'author', DC).map((c) => credit(textOf(c), base)),
  ...people(el, 'author', ITUNES).map((c) => credit(textOf(c), base)),
  ...people(el, 'author', GOOGLE_PLAY).map((c) => credit(textOf(c), base)),
];

/** The date an element holds, read as the module API's parseDate reads one (feed-dates.ts), in the item's language. */
const dateOf = (el: Element | undefined, language: string | undefined) => parseDate(textOf(el), language);

/** Dates from Dublin Core terms, as a fallback. */
const dcPublished = (el: Element, language: string | undefined) =>
  firstOf(dateOf(child(el, 'date', DC), language), dateOf(child(el, 'issued', DCTERMS), language), dateOf(child(el, 'created', DCTERMS), language));
const dcModified = (el: Element, language: string | undefined) => dateOf(child(el, 'modified', DCTERMS), language);

const itemLanguage = (el: Element) => languageTag(textOf(child(el, 'language', DC))) ?? languageTag(el.getAttributeNS(XML, 'lang'));

// --- RSS ---------------------------------------------------------------------------------

interface RssContext {
  base: string | undefined;
  language?: string;
}

/**
 * The article's own address where FeedBurner replaced an item's link with its redirect
 * (`feedproxy.google.com/~r/…`): `feedburner:origLink`. It is the page's canonical URL, so
 * `<news-related>` finds the article being read among the items, and the card links past the
 * tracker.
 */
const origLink = (el: Element, base: string | undefined) => safeUrl(textOf(child(el, 'origLink', FEEDBURNER))?.trim(), base);

function rssItem(el: Element, index: number, feed: RssContext): NewsItem | undefined {
  // RSS 1.0 and 0.90 put their elements in a namespace of their own; RSS 0.9x/2.0 in none.
  const rss = [null, canonical(el.namespaceURI)] as const;
  const base = baseOf(el, feed.base);
  // An item with both a summary and a description (some RSS 0.9x generators): the first is the summary, the second the text.
  const [first, second] = [...el.children].filter((c) => (c.localName === 'summary' || c.localName === 'description') && rss.includes(canonical(c.namespaceURI)));
  const summaries = [first, child(el, 'description', DC), child(el, 'summary', ATOM), child(el, 'summary', ITUNES), mediaText(el, 'description')];
  const described = firstFilled(...summaries);
  const body = firstFilled(
    child(el, 'encoded', CONTENT),
    // Without its namespace (gofeed's issue 303: a feed that never declared it).
    child(el, 'encoded', rss),
    child(el, 'body', XHTML),
    child(el, 'body', rss),
    child(el, 'fullitem', rss),
    child(el, 'content', ATOM),
    second,
  );
  // A podcast episode's short text, where it has no other and no show notes (whose start the card shows).
  const description = described ?? (body ? undefined : firstFilled(child(el, 'description', GOOGLE_PLAY), child(el, 'subtitle', ITUNES)));
  const guid = child(el, 'guid', rss);
  const guidText = textOf(guid)?.trim();
  const atomLink = children(el, 'link', ATOM).find((link) => (relOf(link) ?? 'alternate') === 'alternate');
  const link =
    safeUrl(textOf(child(el, 'link', rss))?.trim(), base) ??
    safeUrl(attr(atomLink, 'href'), base) ??
    // A permalink guid is only a link when it is an absolute URL: `<guid>12345</guid>` is an id, not a page beside the feed.
    (attr(guid, 'isPermaLink')?.trim().toLowerCase() !== 'false' ? safeUrl(guidText) : undefined) ??
    safeUrl(rdfAbout(el), base);
  const url = origLink(el, base) ?? link;
  // The item's own pages: a link to one that ends its text is no part of it (see htmlText).
  const pages = [url, safeUrl(textOf(child(el, 'comments', rss))?.trim(), base)];
  const summary = firstText([...summaries, description], (el) => contentText(el, MAX_SUMMARY, undefined, pages, base));
  const {contentText: contentBody, words} = readBody(contentText(body, BODY_LENGTH, BODY_LENGTH, pages, base));
  const title = itemTitle(firstFilled(child(el, 'title', rss), child(el, 'title', DC), child(el, 'title', ATOM), mediaText(el, 'title')), summary, contentBody, description);
  if (!title) return undefined;
  const image = mediaImage(el, base) ?? htmlImage([description, body && body.children.length === 0 ? body : undefined], base) ?? markupImage(body, base);
  const authors = [
    // Some put an Atom-like person in RSS's author (`<author><name>…</name><title>…</title></author>`): its name is the credit.
    ...people(el, 'author', rss).map((c) => credit(textOf(child(c, 'name', rss) ?? c), base)),
    ...extraCredits(el, base),
    ...people(el, 'author', ATOM).map((a) => atomAuthor(a, base)),
  ];
  const language = itemLanguage(el) ?? feed.language;
  return {
    // Without a guid, RSS 1.0's rdf:about names the item, else its own link tells it apart: episodes whose origLink is the show's page stay apart.
    id: guidText || rdfAbout(el)?.trim() || link || `item-${index}`,
    url,
    title,
    summary,
    contentText: contentBody,
    words,
    image: image?.src,
    imageAlt: image?.alt,
    published: firstOf(dateOf(child(el, 'pubDate', rss), language), dcPublished(el, language), dateOf(child(el, 'published', ATOM), language)),
    modified: firstOf(dateOf(child(el, 'updated', ATOM), language), dcModified(el, language)),
    authors: dedupeAuthors(authors),
    tags: tagList(topics(el, rss)),
    language,
  };
}

/**
 * How to read a feed: what its head says (everything but the items), which elements of a
 * document with its root are its items, and how to read one. The items may come from the
 * same document as the head or from pieces of it (xml-split.ts).
 */
interface FeedReader {
  head: Omit<NewsFeed, 'items'>;
  items(root: Element): Element[];
  read(el: Element, index: number): NewsItem | undefined;
}

// RSS 2.0 and 0.9x nest items in the channel; RSS 1.0 (RDF) puts them beside it. A bare
// <channel> root is RSS 0.9x without its wrapper.
const rssChannel = (root: Element) => (root.localName === 'channel' ? root : [...root.children].find((el) => el.localName === 'channel'));

function rss(root: Element, documentBase: string | undefined): FeedReader {
  const channel = rssChannel(root);
  const ns = [null, canonical(channel?.namespaceURI ?? root.namespaceURI)];
  const base = channel ? baseOf(channel, documentBase, null) : documentBase;
  const homePageUrl = safeUrl(textOf(channel && child(channel, 'link', ns))?.trim(), base) ?? (channel && atomLink(channel, ATOM, 'alternate', base, undefined, true).href);
  const language =
    languageTag(textOf(child(channel, 'language', ns))) ?? (channel && itemLanguage(channel)) ?? languageTag(root.getAttributeNS(XML, 'lang'));
  // Relative item links resolve against the xml:base of the item's parent where one is written
  // (the channel, or for an item beside it, RSS 1.0's, the root), else against the channel's
  // own link, as feed readers do, else the document's address.
  const rootBase = baseOf(root, documentBase, null);
  const inChannel = {base: base !== documentBase ? base : (homePageUrl ?? base), language};
  const besideChannel = {base: rootBase !== documentBase ? rootBase : (homePageUrl ?? rootBase), language};
  return {
    head: {
      title: contentText(firstFilled(child(channel, 'title', ns), child(channel, 'title', DC)), MAX_TITLE),
      homePageUrl,
      language,
      nextUrl: channel && nextLink(channel, base),
    },
    items: (itemsRoot) => {
      const itemsChannel = rssChannel(itemsRoot);
      return [...(itemsChannel?.children ?? []), ...(itemsChannel === itemsRoot ? [] : itemsRoot.children)].filter((el) => el.localName === 'item');
    },
    read: (el, index) => rssItem(el, index, el.parentElement?.localName === 'channel' ? inChannel : besideChannel),
  };
}

// --- Atom --------------------------------------------------------------------------------

/** An Atom person: its name, else its e-mail address, else its URI; linked to its URI. */
function atomAuthor(el: Element, base: string | undefined): NewsAuthor | undefined {
  const ns = [null, canonical(el.namespaceURI)];
  const uri = textOf(child(el, 'uri', ns) ?? child(el, 'url', ns))?.trim();
  const email = text(textOf(child(el, 'email', ns)), MAX_NAME);
  const name = realName(text(textOf(child(el, 'name', ns)), MAX_NAME)) ?? realName(email) ?? (el.children.length ? undefined : credit(textOf(el), base)?.name);
  if (hiddenBlogger(name, email)) return undefined;
  const elementBase = baseOf(el, base);
  return author(name ?? uri?.replace(/^https?:\/\//i, '').replace(/\/$/, ''), uri, elementBase);
}

/** The `link` with `rel` (default `alternate`), preferring `text/html` among several. */
function atomLink(el: Element, ns: Namespace, rel: string, base: string | undefined, type?: RegExp, written = false): {href?: string; title?: string} {
  // `written`: only a rel written out (in an RSS channel, an atom:link without one is often the feed itself).
  const links = children(el, 'link', ns).filter((link) => (relOf(link) || (written ? '' : 'alternate')) === rel);
  const ordered = type ? links.filter((link) => type.test(attr(link, 'type') ?? '')) : links;
  for (const link of ordered) {
    // Some Atom 0.3 generators put the address in the element instead of href.
    const href = safeUrl((attr(link, 'href') ?? textOf(link))?.trim(), baseOf(link, base));
    if (href) return {href, title: text(attr(link, 'title'), MAX_TITLE)};
  }
  return {};
}

interface AtomContext {
  ns: Namespace;
  base: string | undefined;
  authors: NewsAuthor[];
  language?: string;
}

function atomEntry(el: Element, index: number, feed: AtomContext): NewsItem | undefined {
  const {ns} = feed;
  const base = baseOf(el, feed.base);
  const summaries = [child(el, 'summary', ns), child(el, 'description', DC), mediaText(el, 'description')];
  const summaryElement = firstFilled(...summaries);
  // content:encoded, RSS's body, where an Atom entry has no atom:content (as Firefox reads it).
  const content = firstFilled(child(el, 'content', ns), child(el, 'encoded', CONTENT));
  const link = atomLink(el, ns, 'alternate', base, /html/).href ?? atomLink(el, ns, 'alternate', base).href;
  const url = origLink(el, base) ?? link;
  // The entry's own pages: its address, and its comments page (RFC 4685's `replies`).
  const pages = [url, atomLink(el, ns, 'replies', base, /html/).href];
  const summary = firstText(summaries, (el) => contentText(el, MAX_SUMMARY, undefined, pages, base));
  const {contentText: body, words} = readBody(attr(content, 'src') === undefined ? contentText(content, BODY_LENGTH, BODY_LENGTH, pages, base) : undefined);
  const title = itemTitle(firstFilled(child(el, 'title', ns), child(el, 'title', DC), mediaText(el, 'title')), summary, body, summaryElement);
  if (!title) return undefined;
  const enclosure = atomLink(el, ns, 'enclosure', base, /^image\//);
  const html = [content, summaryElement].map((c) => (c && !c.children.length && /html/.test(attr(c, 'type') ?? 'html') ? c : undefined));
  const image =
    mediaImage(el, base) ?? (enclosure.href ? {src: enclosure.href, alt: enclosure.title} : undefined) ?? markupImage(content, base) ?? htmlImage(html, base);
  const language = languageTag(el.getAttributeNS(XML, 'lang')) ?? itemLanguage(el) ?? feed.language;
  const updated = firstOf(dateOf(child(el, 'updated', ns), language), dateOf(child(el, 'modified', ns), language), dcModified(el, language));
  const authors = dedupeAuthors([...people(el, 'author', ns).map((a) => atomAuthor(a, base)), ...extraCredits(el, base)]);
  // RFC 4287 4.2.1: an entry without authors has those of its atom:source (an aggregator's copy of a post), else the feed's;
  // their URIs resolve against the source's xml:base.
  const source = authors.length ? undefined : child(el, 'source', ns);
  const sourceBase = source && baseOf(source, base);
  const sourceAuthors = source ? dedupeAuthors(people(source, 'author', ns).map((a) => atomAuthor(a, sourceBase))) : [];
  return {
    id: textOf(child(el, 'id', ns))?.trim() || link || `item-${index}`,
    url,
    title,
    summary,
    contentText: body,
    words,
    image: image?.src,
    imageAlt: image?.alt,
    published: firstOf(dateOf(child(el, 'published', ns), language), dateOf(child(el, 'issued', ns), language), dateOf(child(el, 'created', ns), language), dcPublished(el, language), updated),
    modified: updated,
    authors: authors.length ? authors : sourceAuthors.length ? sourceAuthors : feed.authors,
    tags: tagList([...children(el, 'category', ns).map((c) => attr(c, 'label') || attr(c, 'term') || textOf(c)), ...topics(el, [])]),
    language,
  };
}

function atom(root: Element, documentBase: string | undefined): FeedReader {
  const ns = canonical(root.namespaceURI);
  const base = baseOf(root, documentBase);
  const language = languageTag(root.getAttributeNS(XML, 'lang')) ?? itemLanguage(root);
  const context: AtomContext = {ns, base, language, authors: dedupeAuthors(people(root, 'author', ns).map((a) => atomAuthor(a, base)))};
  return {
    head: {
      title: contentText(child(root, 'title', ns) ?? child(root, 'title', DC), MAX_TITLE),
      homePageUrl: atomLink(root, ns, 'alternate', base).href,
      language,
      nextUrl: atomLink(root, ns, 'next', base).href ?? (ns === ATOM ? undefined : atomLink(root, ATOM, 'next', base).href),
    },
    items: (entriesRoot) => children(entriesRoot, 'entry', ns),
    read: (el, index) => atomEntry(el, index, context),
  };
}

// --- Reading a document ------------------------------------------------------------------

/** The reader for a parsed document, or undefined when it holds no RSS or Atom feed. Its roots are those splitFeed cuts. */
function feedReader(root: Element, baseUrl: string | undefined): FeedReader | undefined {
  const name = root.localName;
  // Atom 1.0, 0.3, pre-0.3 drafts in namespaces of their own, and no namespace at all.
  if (name === 'feed') return atom(root, baseUrl);
  if (name === 'rss' || name === 'RDF' || name === 'channel') return rss(root, baseUrl);
  return undefined;
}

/**
 * Reads the first `maxItems` items of each document in turn (the whole one, or its pieces,
 * parsed when reached); undefined when a piece is not well-formed. Items left out (no title
 * nor text, a story met again) count, as a JSON feed's do: thousands of empty `<item/>`
 * cost no more than the cap.
 */
function* readItems(reader: FeedReader, roots: Iterable<Element | undefined>, maxItems: number): Steps<NewsFeed | undefined> {
  const list = new ItemList(maxItems);
  let index = 0;
  for (const root of roots) {
    if (!root) return undefined;
    for (const el of reader.items(root)) {
      if (index >= maxItems) break;
      list.add(reader.read(el, index++));
      yield;
    }
    // The item cap applies before parsing: pieces past it are never read.
    if (index >= maxItems) break;
    yield;
  }
  return {...reader.head, items: list.items};
}

function* parsePieces(pieces: Iterable<string>, parse: ParseXml): Generator<Element | undefined, void, void> {
  for (const piece of pieces) yield parse(piece)?.documentElement;
}

/** What reading XML text gave: a feed, text that is not well-formed, or a document that holds no feed (with its root's name). */
type Reading = NewsFeed | 'ill-formed' | {root: string};
const isFeed = (reading: Reading): reading is NewsFeed => typeof reading === 'object' && 'items' in reading;

/**
 * Reads XML text in pieces cut at its items (xml-split.ts), each of about `pieceSize`
 * characters, when it cuts cleanly; else as one document. Both give the same feed; in
 * pieces, no task parses more than about `pieceSize` characters of items, items past the cap
 * are not parsed, and tags past an item's limits are left out (xml-split.ts).
 */
function* readXml(markup: string, parse: ParseXml, baseUrl: string | undefined, pieceSize: number, maxItems: number): Steps<Reading> {
  // Split even when short: the limits on an item's elements and nesting hold for every document (read in one piece if short).
  const split = yield* splitFeed(markup, pieceSize);
  if (split === 'ill-formed' || (split && 'root' in split)) return split;
  if (split) {
    const head = parse(split.head);
    // A piece that is not well-formed means the whole is not either.
    if (!head) return 'ill-formed';
    const reader = feedReader(head.documentElement, baseUrl);
    if (reader) {
      yield;
      return (yield* readItems(reader, parsePieces(split.items, parse), maxItems)) ?? 'ill-formed';
    }
  }
  const doc = parse(markup);
  if (!doc) return 'ill-formed';
  const reader = feedReader(doc.documentElement, baseUrl);
  if (!reader) return {root: doc.documentElement.localName};
  yield;
  return (yield* readItems(reader, [doc.documentElement], maxItems))!;
}

/**
 * The feed an HTML page names in its head (`<link rel="alternate" type="application/rss+xml"
 * href>`, Atom's or JSON Feed's type too), as feed readers find a site's feed from its home
 * page: a site owner who gives the page's address is told the feed's. An http(s) URL, resolved
 * against the page's.
 */
function linkedFeed(html: string, base: string | undefined): string | undefined {
  for (const [tag] of html.slice(0, 100_000).matchAll(/<link\b(?:[^<>"']|"[^"]*"|'[^']*')*>/gi)) {
    const attribute = (name: string) => attributeValue(tag.slice(5, -1), name)?.trim().toLowerCase() ?? '';
    if (attribute('rel').split(/\s+/).includes('alternate') && /^application\/(?:rss|atom|feed)\+(?:xml|json)$/.test(attribute('type'))) {
      return safeUrl(attributeValue(tag.slice(5, -1), 'href'), base);
    }
  }
  return undefined;
}

/**
 * Characters of items parsed in one piece: `DOMParser` reads 64,000 in 4–6 ms on a 2-core
 * machine, so a piece and the items read after it fit in a slice (runInSlices).
 */
export const PIECE_SIZE = 64_000;

/**
 * Parses RSS or Atom text into a {@link NewsFeed}; relative URLs resolve against `xml:base`,
 * then the channel's link (RSS items), then `baseUrl`. In browsers a long document is parsed
 * in pieces of about `pieceSize` characters of items and its items are read in slices,
 * leaving the main thread free between them. At most `maxItems` items and `maxLength` characters are read.
 * @throws {FeedError} `format` when the text holds no RSS or Atom feed, even once repaired.
 */
export async function parseXmlFeed(markup: string, baseUrl: string | undefined, pieceSize = PIECE_SIZE, maxItems = MAX_ITEMS, maxLength = MAX_MARKUP, signal?: AbortSignal): Promise<NewsFeed> {
  const where = baseUrl ? ` at ${baseUrl}` : '';
  const {parse, repairFirst} = await xmlParser();
  // An XML declaration must come first: drop the blanks and byte-order mark some servers add.
  // A document beyond maxLength is read as if it were cut there (and repaired like any truncated feed).
  // Its doctype's entities are expanded in slices too: a flood of references is a long scan.
  markup = await runInSlices(expandDoctypeSteps(markup.slice(0, maxLength).replace(/^[\uFEFF\s]+/, '')), signal);
  // Node's parser (xmldom) reads whole documents, repaired first; the pieces are for the browser's main thread.
  if (repairFirst) pieceSize = Infinity;
  let reading: Reading;
  try {
    reading = repairFirst ? 'ill-formed' : await runInSlices(readXml(markup, parse, baseUrl, pieceSize, maxItems), signal);
    // Only what is not well-formed is repaired: a root the splitter names (an HTML page's) is the one the repair would keep.
    if (reading === 'ill-formed') reading = await runInSlices(readXml(await runInSlices(repairXmlSteps(markup), signal), parse, baseUrl, pieceSize, maxItems), signal);
  } catch (cause) {
    // Stopped by its caller: that is no unreadable feed.
    if (cause instanceof FeedError || signal?.aborted) throw cause;
    // A parser that gives up on a hostile document (too deep, too large) leaves it unread, not the page broken.
    throw new FeedError('format', `The feed${where} could not be read as XML (${String(cause).slice(0, 200)}).`, {url: baseUrl, cause});
  }
  if (isFeed(reading)) return reading;
  const root = reading === 'ill-formed' ? undefined : reading.root;
  const feed = root?.toLowerCase() === 'html' ? linkedFeed(markup, baseUrl) : undefined;
  throw new FeedError(
    'format',
    // An HTML page is what a wrong address usually gets (a "not found" page sent as 200, a site's home page).
    root?.toLowerCase() === 'html'
      ? `The document${where} is an HTML page, not a feed: ${feed ? `it names its feed, ${feed}: use that address` : 'check the address (a missing page answered with HTML looks like this)'}.`
      : root
        ? `The XML document${where} is neither RSS nor Atom: its root element is <${root.slice(0, 40)}>.`
        : `The feed${where} is not XML that an RSS or Atom reader can repair.`,
    {url: baseUrl, field: root?.slice(0, 40)},
  );
}
