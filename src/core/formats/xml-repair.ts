/**
 * Making broken feed XML well-formed, so a strict XML parser can read it: what feed readers
 * forgive. This is not a parser — it only rewrites the markup (escapes, closes, declares)
 * and the real parser reads the result.
 */
import {runNow, type Steps} from '../steps.js';

/** Deepest element nesting kept by the repair; deeper tags are dropped (their text stays). */
const MAX_DEPTH = 256;
/**
 * Most attributes of one start tag read, namespace declarations included: a tag with more is
 * not read as well-formed (xml-split.ts) and the repair keeps its first as many. Firefox's and
 * WebKit's `DOMParser` take time quadratic in a tag's attributes (180,000 in one tag: 6.6 s
 * and 27 s).
 */
export const MAX_ATTRIBUTES = 256;
/**
 * Most namespace declarations in scope at any element (xml-split.ts reads a document with
 * more as not well-formed, for the repair): Chromium's `DOMParser` takes time in proportion to
 * the declarations in scope times the elements (5,000 declarations: seconds).
 */
export const MAX_NAMESPACES = 64;
/**
 * Most characters of a namespace the readers tell apart (the longest a reader asks for, Google
 * Play's, has 47): a hostile one of megabytes costs Chromium's `DOMParser` its length at every element in it
 * (2 s for 100,000 characters over 50,000 elements), and a reader comparing it as much. Past
 * it, xml-split.ts cuts a declaration's value and xml.ts reads every namespace as one.
 */
export const MAX_NAMESPACE_LENGTH = 400;
/** Most prefixes the repair declares on the root that are not known ({@link KNOWN_PREFIXES}); elements and attributes with others are left out (an element's text stays). */
const MAX_ADDED_PREFIXES = 16;

// Characters XML 1.0 forbids anywhere (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/U+FFFF).
// eslint-disable-next-line no-control-regex
const INVALID_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// `&` that does not start one of XML's own references.
const BARE_AMPERSAND = /&(?!(?:#\d{1,9}|#x[\da-fA-F]{1,8}|amp|lt|gt|quot|apos);)/g;

/** Namespaces of the prefixes feeds use without declaring them. */
const KNOWN_PREFIXES: Record<string, string> = {
  __proto__: null as unknown as string,
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  slash: 'http://purl.org/rss/1.0/modules/slash/',
  wfw: 'http://wellformedweb.org/CommentAPI/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  georss: 'http://www.georss.org/georss',
  sy: 'http://purl.org/rss/1.0/modules/syndication/',
};
/** At most as many prefixes are declared on the root by the repair. */
const MAX_ADDED = Object.keys(KNOWN_PREFIXES).length + MAX_ADDED_PREFIXES;
/** Declarations of the document the repair keeps in scope, so that with those it adds there are at most MAX_NAMESPACES. */
const KEPT_NAMESPACES = MAX_NAMESPACES - MAX_ADDED;
/** A declaration kept first when a tag has more than are kept: of a namespace the reader reads (xml.ts), or of a known prefix, or the default one. */
const READ_NAMESPACE = /^https?:\/\/(?:www\.w3\.org\/|purl\.org\/|search\.yahoo\.com\/mrss|www\.itunes\.com\/|www\.google\.com\/schemas\/|rssnamespace\.org\/)/;

// A document type declaration before the root element, with its internal subset.
const DOCTYPE = /<!DOCTYPE(?:[^[>]|\[[\s\S]*?\]\s*(?=>))*>/iy;

/** Where the doctype that starts at `start` ends. */
function doctypeEnd(markup: string, start: number): number {
  DOCTYPE.lastIndex = start;
  const match = DOCTYPE.exec(markup);
  return match ? start + match[0].length : markup.indexOf('>', start) + 1 || markup.length;
}

/** Where the document type declaration starts, or -1 (a declaration after the root's start is not one). */
function doctypeStart(markup: string): number {
  const start = markup.search(/<!DOCTYPE/i);
  return start < 0 || /<[a-zA-Z]/.test(markup.slice(0, start)) ? -1 : start;
}

/**
 * Removes the document type declaration: feeds need none, and its internal subset is where
 * entity-expansion bombs and external entities live. The repair's first step (every parse,
 * repaired or not, comes after {@link expandDoctype}, which removes it too).
 */
function stripDoctype(markup: string): string {
  const start = doctypeStart(markup);
  return start < 0 ? markup : markup.slice(0, start) + markup.slice(doctypeEnd(markup, start));
}

/** Longest replacement text of one declared entity, most declarations read, most characters they may add to a document. */
// `references`: replaced in all (beyond, left as written): a declared entity of one letter
// referred to 700,000 times in 2 MB added nothing much, and took 120-240 ms in one task.
const ENTITY_LIMITS = {length: 1_024, declarations: 64, added: 1_000_000, references: 65_536};
// `<!ENTITY name "value">`: an internal general entity (parameter entities have a `%`, external ones SYSTEM or PUBLIC).
const ENTITY_DECLARATION = /<!ENTITY\s+([A-Za-z_][\w.-]{0,63})\s+(?:"([^"]*)"|'([^']*)')\s*>/g;
const ENTITY_OR_CDATA = /<!\[CDATA\[|&([A-Za-z_][\w.-]{0,63});/g;

/**
 * The internal entities a doctype declares, with their references to each other expanded;
 * an entity whose text would be longer than {@link ENTITY_LIMITS}`.length` (an expansion
 * bomb), or that refers to itself, is left out, so its references stay as written.
 */
function declaredEntities(doctype: string): Map<string, string> {
  const declared = new Map<string, string>();
  for (const [, name, double, single] of doctype.matchAll(ENTITY_DECLARATION)) {
    if (declared.size === ENTITY_LIMITS.declarations) break;
    if (!declared.has(name)) declared.set(name, double ?? single);
  }
  const expanded = new Map<string, string | null>();
  const expand = (name: string, depth: number): string | null => {
    const known = expanded.get(name);
    if (known !== undefined) return known;
    if (depth > 8) return null;
    const raw = declared.get(name)!;
    // Built reference by reference, and no longer once it is too long: never built whole. The
    // references after are still expanded (not built), so each entity is first reached, and
    // kept, at the depth it would be reached at were this one short.
    const reference = /&([A-Za-z_][\w.-]*);/g;
    let text: string | null = '';
    let long = false;
    let copied = 0;
    for (let match; text !== null && (match = reference.exec(raw)); copied = reference.lastIndex) {
      const value = declared.has(match[1]) ? expand(match[1], depth + 1) : match[0];
      if (value === null) text = null;
      else if (!long) long = (text = text + raw.slice(copied, match.index) + value).length > ENTITY_LIMITS.length;
    }
    const result = text === null || long || (text += raw.slice(copied)).length > ENTITY_LIMITS.length ? null : text;
    expanded.set(name, result);
    return result;
  };
  const entities = new Map<string, string>();
  for (const name of declared.keys()) {
    const value = expand(name, 0);
    if (value !== null) entities.set(name, value);
  }
  return entities;
}

/** References (and CDATA sections) looked at between pauses: a million references no entity is declared for, in 4 MB, were one call of 50-80 ms. */
const REFERENCES_PER_STEP = 16_384;

/**
 * Removes the document type declaration (as {@link stripDoctype}) after reading the internal
 * entities it declares (`<!ENTITY id "tag:example.com,">`), whose references in the
 * document are replaced by their text, within {@link ENTITY_LIMITS}: an expansion bomb
 * costs a few kilobytes, a flood of references at most {@link ENTITY_LIMITS}`.references`
 * replacements, and external entities are never read.
 */
export const expandDoctype = (markup: string): string => runNow(expandDoctypeSteps(markup));

/** {@link expandDoctype} in steps, pausing every {@link REFERENCES_PER_STEP} references it looks at (replaced or not). */
export function* expandDoctypeSteps(markup: string): Steps<string> {
  const start = doctypeStart(markup);
  if (start < 0) return markup;
  const end = doctypeEnd(markup, start);
  const entities = declaredEntities(markup.slice(start, end));
  const body = markup.slice(end);
  if (!entities.size) return markup.slice(0, start) + body;
  let added = 0;
  let references = 0;
  let out = markup.slice(0, start);
  let copied = 0;
  // A pattern of this document's own: another read while this one pauses moves none of its places.
  const pattern = new RegExp(ENTITY_OR_CDATA);
  for (let match, found = 0; references < ENTITY_LIMITS.references && (match = pattern.exec(body)); ) {
    if (++found % REFERENCES_PER_STEP === 0) yield;
    if (!match[1]) {
      // References inside a CDATA section are text.
      const cdataEnd = body.indexOf(']]>', pattern.lastIndex);
      if (cdataEnd < 0) break;
      pattern.lastIndex = cdataEnd + 3;
      continue;
    }
    const value = entities.get(match[1]);
    if (value === undefined || (added += value.length) > ENTITY_LIMITS.added) continue;
    references++;
    out += body.slice(copied, match.index) + value;
    copied = pattern.lastIndex;
  }
  return out + body.slice(copied);
}

/** True for a code point XML 1.0 allows in a document. */
const xmlChar = (code: number) =>
  code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);

/** True when the `<` at `at` may start markup: a name, `/`, `!` or `?` follows it. */
const startsToken = (markup: string, at: number) => /[A-Za-z_/!?]/.test(markup[at + 1] ?? '');

const escapeText = (text: string) =>
  text
    .replace(/&#X/g, '&#x')
    .replace(BARE_AMPERSAND, '&amp;')
    .replace(/&#(?:x([\da-fA-F]{1,8})|(\d{1,9}));/g, (whole, hex?: string, decimal?: string) => (xmlChar(hex ? parseInt(hex, 16) : Number(decimal)) ? whole : ''))
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const NAME = /^[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?$/;
// A tag's `<`, `/` and name, matched where it is placed: the name must run to a blank, `/` or `>`, else the `<` is text.
const TAG_START = /<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)(?=[\s/>])/y;

/**
 * The start of the tag whose `<` is at `lt` and whose first `>` is at `gt`, as the repair reads
 * tags (its `/` and name, then `lastIndex` past them); null where it reads text instead: no
 * `>`, or a name it does not read where it stands (`<a<a<a…` is text read once, not once a
 * `<`). A tag of any length is a tag, as to XML (an image's `data:` URL of 16 KB).
 */
export function tagStart(markup: string, lt: number, gt: number): RegExpExecArray | null {
  if (gt < 0) return null;
  TAG_START.lastIndex = lt;
  return TAG_START.exec(markup);
}

/** A quote or `>`: where a tag may end, or an attribute value start (global: searches set its lastIndex). */
export const QUOTE_OR_GT = /["'>]/g;

/**
 * Work read between pauses while repairing, in attribute values: each quoted value a tag's end
 * is searched past and each attribute written counts one, in one tag or across many, and a tag
 * {@link VALUES_PER_TAG}. The 180,000 values of a 2 MB tag, read in one step, held WebKit's main
 * thread 37-47 ms (the scan alone 20-25 ms); counted by tags alone, 1,500 tags of 255 attributes
 * were one step of 240-310 ms in Node.
 */
export const VALUES_PER_STEP = 16_384;
/** What reading one tag counts for, in values: a step is 2,048 tags of few attributes. */
export const VALUES_PER_TAG = 8;

/** Work read since the last pause (VALUES_PER_STEP a step), shared by the searches for tags' ends and the repair. */
interface Work {
  values: number;
}

/**
 * Where the tag whose `<` is at `lt` and whose first `>` is at `gt` ends, as the repair reads
 * it: at its first `>` outside quoted attribute values, as XML reads it
 * (`<category domain="a>b">`); at `gt`, as broken markup reads it, where a quote is no
 * attribute value's (not after `=`) or is not closed before the next `<`, which no value
 * holds (`<a href="x>text</a>`). Each search stops at the next `<`, found once for all the
 * values before it: linear over many tags, and over many attributes in one (180,000 took 3 s).
 */
export const tagEnd = (markup: string, lt: number, gt: number): number => runNow(tagEndSteps(markup, lt, gt));

/** The first match of a search at or after a position of its text (null when there is none). */
type Search = (at: number) => RegExpExecArray | null;

/**
 * A search of `markup` for `pattern` (a global regular expression) that remembers its last
 * search: a search from a position between that one's start and what it found finds the same.
 * The repair tries each `<` as a tag, and each of a run of `<a` searched again up to the same
 * `>`: 960,000 of them, a `>` every 16,000 characters, took 5.2-5.4 s of steps in Firefox and
 * WebKit (0.9 s in Chromium).
 */
function rememberedSearch(markup: string, pattern: RegExp): Search {
  let from = -1;
  let found: RegExpExecArray | null = null;
  return (at) => {
    if (from >= 0 && at >= from && (!found || at <= found.index)) return found;
    pattern.lastIndex = from = at;
    return (found = pattern.exec(markup));
  };
}

/** The {@link rememberedSearch} for the first quote or `>`, where a tag may end. */
const quoteOrGt = (markup: string) => rememberedSearch(markup, QUOTE_OR_GT);

/**
 * {@link tagEnd} in steps, each value counted in `work`, pausing once a step's worth is read
 * ({@link VALUES_PER_STEP}), so that one tag of a megabyte of attributes is read in slices;
 * `next` searches `markup` (one for all its tags).
 */
function* tagEndSteps(markup: string, lt: number, gt: number, next: Search = quoteOrGt(markup), work: Work = {values: 0}): Steps<number> {
  // The next `<`, which no value holds: past it, no quote is this tag's (looked for at its first quote).
  let stop = -2;
  for (let at = lt + 1; gt >= 0; ) {
    const found = next(at);
    // Text that ends inside the tag, after a value holding its only `>`.
    if (!found) return gt;
    if (found[0] === '>') return found.index;
    if (stop === -2) stop = markup.indexOf('<', lt + 1);
    if (stop >= 0 && stop < found.index) return gt;
    if (markup[found.index - 1] !== '=' && !/=\s*$/.test(markup.slice(Math.max(at, found.index - 16), found.index))) return gt;
    const close = markup.slice(found.index + 1, stop < 0 ? markup.length : stop).indexOf(found[0]);
    if (close < 0) return gt;
    at = found.index + 2 + close;
    if (++work.values >= VALUES_PER_STEP) {
      work.values = 0;
      yield;
    }
  }
  return gt;
}

/** An element's name without its prefix. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The local name of the items of a feed whose root element is `root`: `entry` in Atom, `item` in RSS (a bare `<channel>` root too); '' for a root no reader reads (xml.ts, feedReader). */
export function feedItemName(root: string): string {
  const local = localName(root);
  return local === 'feed' ? 'entry' : local === 'rss' || local === 'RDF' || local === 'channel' ? 'item' : '';
}

/**
 * How many of the `open` elements (the root first) an item whose start tag `name` comes next
 * belongs in, when it comes inside an element of the feed's head instead: 2 in an RSS
 * channel, else 1 (Atom, RSS 1.0 items beside the channel). Undefined for any other tag, and
 * in an item. When that element is left open (Apple's sample podcast feed leaves
 * `<itunes:category>` open before its items), the repair closes the elements above that place,
 * as an HTML parser closes an open `<p>` at a block; one closed after the item holds it, as
 * in a well-formed document, where the item is that extension's, not the feed's.
 */
export function itemPlace(open: readonly string[], name: string): number | undefined {
  const local = localName(name);
  // An item of the feed is unprefixed or prefixed as its root (`atom:entry` in `atom:feed`): `<x:item>` in an extension of the head is the extension's.
  const prefix = name.slice(0, name.length - local.length);
  if ((local !== 'item' && local !== 'entry') || open.length < 2 || feedItemName(open[0]) !== local || (prefix && !open[0].startsWith(prefix))) return undefined;
  const place = local === 'item' && localName(open[0]) !== 'channel' && localName(open[1]) === 'channel' ? 2 : 1;
  return open.length > place && localName(open[place]) !== local ? place : undefined;
}

const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s>]*)))?/g;

/**
 * Rewrites `markup` into well-formed XML: invalid characters dropped, stray `&` and `<`
 * escaped, attributes quoted and deduplicated, undeclared prefixes declared on the root,
 * unclosed and mismatched tags closed, content after the root element and tags nested
 * deeper than {@link MAX_DEPTH} dropped, an unfinished CDATA section or comment closed.
 */
export const repairXml = (markup: string): string => runNow(repairXmlSteps(markup));

/** Characters of text escaped between pauses. */
const TEXT_PER_STEP = 32_768;

/**
 * {@link repairXml} in steps, pausing every few thousand tags (fewer when they hold many
 * attributes: {@link VALUES_PER_STEP}), so that a broken megabyte of feed is repaired in slices
 * (`runInSlices`) rather than in one long task.
 */
export function* repairXmlSteps(markup: string): Steps<string> {
  markup = yield* withoutInvalidChars(stripDoctype(markup));
  const repaired = yield* repairPass(markup, new Set());
  // Elements of the head left open around items: repaired again, closed before the first item in them (itemPlace).
  return repaired.leftOpen.size ? (yield* repairPass(markup, repaired.leftOpen)).markup : repaired.markup;
}

/** The elements open where the repair is, with where each starts and the namespace prefixes each declares. */
class OpenElements {
  /** Their names, the root first. */
  readonly names: string[] = [];
  /** Where each one's start tag is. */
  readonly starts: number[] = [];
  /** The prefixes each declares ('' for the default namespace). */
  private readonly declared: string[][] = [];
  /** How many open elements declare each prefix. */
  private readonly scope = new Map<string, number>();
  /** Declarations in scope. */
  inScope = 0;

  get length(): number {
    return this.names.length;
  }

  push(name: string, start: number, own: string[]): void {
    this.names.push(name);
    this.starts.push(start);
    this.declared.push(own);
    this.inScope += own.length;
    for (const prefix of own) this.scope.set(prefix, (this.scope.get(prefix) ?? 0) + 1);
  }

  /** Closes the innermost: its name and where it starts. */
  pop(): {name: string; start: number} {
    const declared = this.declared.pop()!;
    this.inScope -= declared.length;
    for (const prefix of declared) {
      const count = this.scope.get(prefix)! - 1;
      if (count) this.scope.set(prefix, count);
      else this.scope.delete(prefix);
    }
    return {name: this.names.pop()!, start: this.starts.pop()!};
  }

  /** True when an open element declares `prefix`. */
  declares(prefix: string): boolean {
    return this.scope.has(prefix);
  }
}

/** Prefixes used where no declaration is in scope, which the repair declares on the root: the known ones, and MAX_ADDED_PREFIXES others. */
class RootPrefixes {
  private readonly prefixes = new Set<string>();
  private unknown = 0;

  /** True when `prefix` may be used where `open` are open, its element declaring `own`: declared there or on the root (added now, while there is room). */
  declares(prefix: string, open: OpenElements, own: readonly string[]): boolean {
    if (prefix === 'xml' || prefix === 'xmlns' || open.declares(prefix) || own.includes(prefix) || this.prefixes.has(prefix)) return true;
    if (!(prefix in KNOWN_PREFIXES) && this.unknown++ >= MAX_ADDED_PREFIXES) return false;
    this.prefixes.add(prefix);
    return true;
  }

  /** Their declarations, as attributes of the root. */
  declarations(): string {
    return [...this.prefixes].map((prefix) => ` xmlns:${prefix}="${KNOWN_PREFIXES[prefix] ?? `urn:x-undeclared:${prefix}`}"`).join('');
  }
}

/**
 * The start tag `<name rest>` as the repair writes it where `open` are open: attributes quoted
 * and deduplicated, {@link MAX_ATTRIBUTES} at most (fewer on the root, which keeps room for
 * the declarations added to it), past {@link KEPT_NAMESPACES} declarations in scope those of
 * the namespaces the reader reads first, and an attribute with a prefix past those `prefixes`
 * may declare left out. Undefined for an element whose own prefix is past them: its tags are
 * left out (its text stays; no field reads it). Each attribute read is counted in `work`.
 */
function startTag(name: string, rest: string, open: OpenElements, prefixes: RootPrefixes, work: Work): {markup: string; own: string[]; selfClosing: boolean} | undefined {
  // Not a search from each character of a long tag (`/\/\s*$/` took 10 ms on 2 MB of attributes).
  const selfClosing = rest.trimEnd().endsWith('/');
  const seen = new Set<string>();
  // The attributes written, and which of them are namespace declarations (by their place) and prefixed.
  const attributes: string[] = [];
  const declarations: {at: number; prefix: string; read: boolean}[] = [];
  const prefixed: number[] = [];
  for (const [, attribute, double, single, bare] of rest.matchAll(ATTRIBUTE)) {
    work.values++;
    if (!NAME.test(attribute) || seen.has(attribute)) continue;
    if (seen.size === (open.length ? MAX_ATTRIBUTES : MAX_ATTRIBUTES - MAX_ADDED)) break;
    seen.add(attribute);
    const value = double ?? single ?? bare ?? attribute;
    if (attribute === 'xmlns' || attribute.startsWith('xmlns:')) {
      const prefix = attribute.slice(6);
      declarations.push({at: attributes.length, prefix, read: !prefix || prefix in KNOWN_PREFIXES || READ_NAMESPACE.test(value)});
    } else if (attribute.includes(':')) prefixed.push(attributes.length);
    attributes.push(` ${attribute}="${escapeText(value).replace(/"/g, '&quot;')}"`);
  }
  const room = KEPT_NAMESPACES - open.inScope;
  const kept = declarations.length > room ? new Set([...declarations.filter((d) => d.read), ...declarations.filter((d) => !d.read)].slice(0, Math.max(0, room))) : undefined;
  const own: string[] = [];
  for (const declaration of declarations) {
    if (kept && !kept.has(declaration)) attributes[declaration.at] = '';
    else own.push(declaration.prefix);
  }
  for (const at of prefixed) if (!prefixes.declares(attributes[at].slice(1, attributes[at].indexOf(':')), open, own)) attributes[at] = '';
  if (name.includes(':') && !prefixes.declares(name.slice(0, name.indexOf(':')), open, own)) return undefined;
  return {markup: `<${name}${attributes.join('')}${selfClosing ? '/' : ''}>`, own, selfClosing};
}

/**
 * The repaired markup as it is written, joined into one string a step: joining a few hundred
 * thousand pieces of a broken megabyte in one go was the repair's longest step (35-45 ms).
 */
class Output {
  private readonly written: string[] = [];
  private out: string[] = [];

  push(piece: string): void {
    this.out.push(piece);
  }

  /** Joins what was written since the last pause (call before each pause of the repair). */
  pause(): void {
    this.written.push(this.out.join(''));
    this.out = [];
  }

  /** All that was written, `rootAttributes` added to the root's start tag. */
  joined(rootAttributes: string): string {
    this.pause();
    // The root's start tag is the first thing written (nothing outside the root is), so the document starts with it.
    const {written} = this;
    const first = written.findIndex(Boolean);
    if (first >= 0) written[first] = written[first].replace(/^<[^\s/>]+/, `$&${rootAttributes}`);
    // Joined as a chain of concatenations, which each engine keeps as a rope until it is read:
    // Firefox's join of 4.8 MB (`<a` 960,000 times, escaped) took 40-50 ms in one step, reading the rope
    // once 19-29 ms; Chromium and WebKit take 13-15 ms either way.
    let repaired = '';
    for (const piece of written) repaired += piece;
    return repaired;
  }
}

/** A `<` that may start a tag (a name, an end tag's `/`, `!` or `?`), or one that ends the document. */
const CUT_TAG = /<(?:[A-Za-z_/!?]|$)/g;

/**
 * Where the text that ends a document ends: before a tag the document's end cut off (the first
 * `<` that may start one after the last `>`, or a `<` that ends the document: `…أمينة</dc:creat`,
 * a feed truncated in transit or at `maxLength`), which is no text of the feed; else at the
 * end. One native search: megabytes of `<` are no long task.
 */
function textEnd(markup: string, from: number): number {
  CUT_TAG.lastIndex = Math.max(from, markup.lastIndexOf('>') + 1);
  return CUT_TAG.exec(markup)?.index ?? markup.length;
}

/**
 * One pass of the repair; `leftOpen`: where the elements of the head that items come in and
 * that are left open start, closed before the first of those items. Gives the repaired markup,
 * and where such elements start when they are not closed before (a first pass finds them).
 */
function* repairPass(markup: string, leftOpen: ReadonlySet<number>): Steps<{markup: string; leftOpen: Set<number>}> {
  const out = new Output();
  const open = new OpenElements();
  const prefixes = new RootPrefixes();
  // The elements of the head that items came in (by where they start), and those of them closed by another's end tag or the document's end.
  const aroundItems = new Set<number>();
  const unclosed = new Set<number>();
  const close = (byOwnEndTag: boolean) => {
    const {name, start} = open.pop();
    if (!byOwnEndTag && aroundItems.has(start)) unclosed.add(start);
    out.push(`</${name}>`);
  };
  let done = false;
  let i = 0;
  // The searches for the next `>` and for a quote or `>`, remembered: linear over many `<` before one `>`.
  const gtAfter = rememberedSearch(markup, />/g);
  const nextGt = (from: number) => gtAfter(from)?.index ?? -1;
  const next = quoteOrGt(markup);
  // Text runs from `textFrom`; a `<` that starts no tag stays part of it (escaped with it).
  let textFrom = 0;
  /** Escapes the text up to `end`, a pause after every TEXT_PER_STEP characters: a run of a megabyte of `<` or `&` is a replacement a character. */
  function* text(end: number): Steps<void> {
    if (!open.length || done) return;
    while (end - textFrom > TEXT_PER_STEP) {
      // Cut before a `&`, `<` or `>`, so never inside a reference: escaped apart, the pieces give what the whole gives.
      const at = markup.slice(textFrom + TEXT_PER_STEP, end).search(/[&<>]/);
      if (at < 0) break;
      out.push(escapeText(markup.slice(textFrom, (textFrom += TEXT_PER_STEP + at))));
      out.pause();
      yield;
    }
    if (end > textFrom) out.push(escapeText(markup.slice(textFrom, end)));
  }
  // Work read since the last pause: a tag, the values its end is searched past, the attributes written (VALUES_PER_STEP).
  const work: Work = {values: 0};
  while (i < markup.length && !done) {
    if ((work.values += VALUES_PER_TAG) >= VALUES_PER_STEP) {
      work.values = 0;
      out.pause();
      yield;
    }
    const lt = markup.indexOf('<', i);
    if (lt < 0) break;
    if (!startsToken(markup, lt)) {
      i = lt + 1;
      continue;
    }
    if (markup.startsWith('<![CDATA[', lt)) {
      yield* text(lt);
      const end = markup.indexOf(']]>', lt);
      if (open.length) out.push(end < 0 ? `${markup.slice(lt)}]]>` : markup.slice(lt, end + 3));
      i = textFrom = end < 0 ? markup.length : end + 3;
      continue;
    }
    if (markup.startsWith('<!--', lt)) {
      yield* text(lt);
      const end = markup.indexOf('-->', lt + 4);
      i = textFrom = end < 0 ? markup.length : end + 3;
      continue;
    }
    if (markup[lt + 1] === '?' || markup[lt + 1] === '!') {
      // Declarations and processing instructions (the XML declaration too) are dropped.
      yield* text(lt);
      const end = nextGt(lt);
      i = textFrom = end < 0 ? markup.length : end + 1;
      continue;
    }
    const end = yield* tagEndSteps(markup, lt, nextGt(lt), next, work);
    const match = tagStart(markup, lt, end);
    if (!match) {
      // Not a tag after all: the `<` is text, and so is what follows it (escaped with the run it is in).
      i = lt + 1;
      continue;
    }
    yield* text(lt);
    i = textFrom = end + 1;
    const [, slash, name] = match;
    if (slash) {
      const at = open.names.lastIndexOf(name);
      if (at >= 0) {
        while (open.length > at) close(open.length === at + 1);
        if (!open.length) done = true;
      }
      continue;
    }
    if (done) continue;
    const place = itemPlace(open.names, name);
    if (place !== undefined) {
      if (leftOpen.has(open.starts[place])) while (open.length > place) close(false);
      else aroundItems.add(open.starts[place]);
    }
    if (open.length >= MAX_DEPTH) continue;
    const tag = startTag(name, markup.slice(lt + match[0].length, end), open, prefixes, work);
    if (!tag) continue;
    out.push(tag.markup);
    if (!tag.selfClosing) open.push(name, lt, tag.own);
    else if (!open.length) done = true;
  }
  if (!done) yield* text(textEnd(markup, textFrom));
  while (open.length) close(false);
  // Every prefix used where no declaration was in scope, MAX_ADDED at most (an inner declaration still wins inside its element).
  return {markup: out.joined(prefixes.declarations()), leftOpen: unclosed};
}

/** Characters of the document cleared of forbidden characters between pauses. */
export const CHARS_PER_STEP = 262_144;

/**
 * `markup` without the characters XML forbids ({@link INVALID_CHARS}), a pause every
 * {@link CHARS_PER_STEP} characters; never cut inside a surrogate pair, so a pair is kept
 * and a lone surrogate dropped as they are when cleared in one go.
 */
function* withoutInvalidChars(markup: string): Steps<string> {
  const pieces: string[] = [];
  for (let start = 0; start < markup.length; ) {
    let end = Math.min(start + CHARS_PER_STEP, markup.length);
    // A pair across the cut moves into this piece (a lone high surrogate before it stays, dropped as lone).
    if ((markup.charCodeAt(end - 1) & 0xfc00) === 0xd800 && (markup.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
    pieces.push(markup.slice(start, end).replace(INVALID_CHARS, ''));
    start = end;
    if (start < markup.length) yield;
  }
  return pieces.join('');
}
