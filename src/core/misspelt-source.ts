/**
 * A feed list with neither `src` nor `feed` waits, with its loading skeleton, for one to be
 * given: an app may set `feed` once it has it. When the element carries, under another name,
 * what looks like a feed's address (`source`, `url`, `href`, a framework's `srcUrl`), the
 * wait is a misspelling that would last for ever: the page's developer is told, once.
 * Loaded only then, so that no other page pays for it.
 * @module
 */

/** The name of an attribute meant to hold a feed's address (`source`, `url`, `feed-url`, `srcUrl`, `href`, `link`; not RDFa's `resource`). */
const SOURCE_NAME = /src|(?<!re)source|ur[il]|href|feed|link/i;

/** A feed's address: absolute or rooted, a feed's extension, or a `{lang}` template. */
const ADDRESS = /^(https?:)?\/\/|^\.{0,2}\/|\.(json|xml|rss|atom|rdf)\b|\{lang\}/i;

/** An attribute as the DOM gives it (`Attr`), or as a test writes it. */
interface Attribute {
  readonly name: string;
  readonly value: string;
}

/**
 * The attribute of `attributes` that the element does not read (`read`: the attributes it
 * observes), whose name says it holds an address and whose value looks like a feed's, as
 * `name="value"`; undefined when there is none. The page's own attributes (`data-*`,
 * microdata's `itemtype="https://schema.org/…"`) are not taken for one.
 */
export function misspeltSource(attributes: Iterable<Attribute>, read: Iterable<string>): string | undefined {
  const known = new Set(read);
  for (const {name, value} of attributes) {
    const meant = SOURCE_NAME.test(name) && !known.has(name) && !/^(data|aria)-/.test(name);
    if (meant && ADDRESS.test(value.trim())) return `${name}="${value.slice(0, 200)}"`;
  }
  return undefined;
}

/**
 * Warns, in the console, when {@link misspeltSource} finds in `host`'s attributes the address
 * it was meant to read (`host`: an element, whose class observes the attributes it reads).
 */
export function warnMisspeltSource(host: {readonly localName: string; readonly attributes: Iterable<Attribute>}): void {
  const found = misspeltSource(host.attributes, (host.constructor as {observedAttributes?: string[]}).observedAttributes ?? []);
  if (found) console.warn(`${host.localName}: it has no src, so it waits for a feed to be given, showing its loading skeleton; ${found} is not an attribute it reads: did you mean src?`);
}
